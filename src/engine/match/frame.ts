// What a figure or date is about, read from its own words: the part of the sentence that belongs to it
// (not to the figure beside it), the years and "another time" markers in that part, whether a date is
// the date something was said, and whether a figure is the old or the new value of a change.
// A fact's frame is read from its label and cues the same way, so the two can be compared.

import type { Span } from '../types';
import { countsOf, type CountClass } from './counts';
import { isWholeOf, ownSpan } from './ownWords';
import { asideHolding, mainClauseRivals } from './asides';
import { isPercentagePoints } from '../lexicon/units';
import { phraseStems } from './terms';
import { scanNumberWords } from '../extract/numberWords';
import { isPersonTitle } from '../lexicon/titles';
import { neighboursIn, ownersIn, personOf, subjectName, whenName, whichName } from './owners';
import { joinsRange } from '../extract/dates/rangeYears';
import { clauseYears } from './clauseYears';
import { partWord } from './partCounts';

/** The end of a span of days a date is: its first day or its last. */
export type RangeEnd = 'start' | 'end';

/** Where a figure's "from X to Y" or "by X" role puts it. */
export type Role = 'from' | 'to' | 'change';

/** Which way the change a figure belongs to goes. */
export type Direction = 'up' | 'down';

export interface ClaimFrame {
  /** The part of the sentence that belongs to this figure: its own words, not its neighbour's. */
  own: Span;
  /** The sentence's words before its first figure (its subject, usually), when that is not this figure's own start. */
  head?: Span;
  /** Text outside the sentence that the layout makes its subject: a table row's label, a Q&A's question. */
  subject?: Span[];
  /** Years written in the figure's own words (not the figure itself): "in 1974", "the 2008 strike". */
  years: number[];
  /** The figure's own words put it in another event or an earlier time: "five years ago", "last year", "an aftershock". */
  otherEvent: boolean;
  /** A date attached to a verb of saying or reporting ("said on Wednesday"), or "as of" a date. */
  statement: boolean;
  role?: Role;
  /** The way the change the figure's own words put it in goes: "cut the rate from 12% to 8%" is down. */
  direction?: Direction;
  /** What the figure's own words say it counts: deaths, injuries, the missing, damage... */
  counts: Set<CountClass>;
  /** Places the figure's own words put it in ("in the Ilocos Region"), as the stems of each name. */
  places: string[][];
  /** The figure is the whole of which a figure before it is a part: "five of its *seven* gates". */
  whole: boolean;
  /** The figure's own words place it in the present ("now", "this year"): a "from" value that is today's. */
  present: boolean;
  /** Whole numbers written in digits in the claim's sentence (years aside): which tally a date of saying dates. */
  figures: number[];
  /** Stems of the capitalised words just before the figure: who said it, for a date of saying. */
  names: string[];
  /**
   * A date whose speaker is named or described beside it ("a senior Republican senator revealed
   * on ...", "on Saturday, when Trump announced"): the stems of those words. A fact whose words name none of
   * them dates what someone else said.
   */
  speaker?: string[];
  /**
   * Stems of the names in an aside after the figure that tells where a part of it is ("90 dead, most of them
   * in Vell province"): the figure is the whole, not the count of that place.
   */
  partNames: string[];
  /** Stems of each name that owns what the figure measures, written before it in its own words: "Lirovia's central bank cut to 4%". */
  owners: string[][];
  /** A date that is one end of a range the sentence writes ("between 2 June and 19 September"): which end. */
  rangeEnd?: RangeEnd;
  /** Stems of each person the sentence gives the figure to: "Kieran Doyle, 27,", "captain Declan Moyes, who is on £115,000". */
  persons: string[][];
  /** The word that makes a count a part of a group: "the final two miners". */
  part?: string;
}

export interface FactFrame {
  /** Years the fact's label and cues name ("growth in 2025", "2027/28"). */
  years: number[];
  /** The years of its event: a year after "since" ("in force since September 2025") dates a state, not an event. */
  eventYears: number[];
  /** The fact is about what was said, announced or tallied on a day. */
  statement: boolean;
  role?: Role;
  /** The way the change the label names goes ("before the rise"). */
  direction?: Direction;
  /** The fact's label or cues are about such an event ("last year", "previous", "aftershock"). */
  otherEvent: boolean;
  /** What the fact's label and cues say it counts. */
  counts: Set<CountClass>;
  /** The fact is a total ("total", "in all", "number of"): it may take the whole of a part-of-whole pair. */
  total: boolean;
  /** Places the label puts the fact in ("Deaths in the Cordillera"), as stems of each name. */
  places: string[][];
  /** Stems of the label's capitalised words. */
  names: string[];
  /** Whole numbers the label writes in digits, years aside ("the day the toll reached 398"). */
  figures: number[];
  /** The label is of a span's first or last day ("Date of the first of the spills", "the day the strike ended"); only a date fact's is read. */
  rangeEnd?: RangeEnd;
}

const YEAR = /\b(1[89]\d\d|20\d\d)(?:\/(\d\d))?\b/g;

/** Years written in a text, "2027/28" as both years. */
export function yearsIn(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(YEAR)) {
    const y = Number(m[1]);
    out.push(y);
    if (m[2]) out.push(Math.floor(y / 100) * 100 + Number(m[2]));
  }
  return out;
}

/** Phrases that place what they qualify in another, earlier event than the story's own: an earlier year, a
 *  previous storm, an aftershock (not the quake itself). A fact whose label says so may still take it. */
const OTHER_EVENT =
  /\b(?:(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|some|a few|a couple of)\s+(?:years|decades)\s+(?:ago|earlier|before)|a\s+(?:year|decade)\s+(?:ago|earlier|before)|the\s+(?:year|decade)\s+(?:before|earlier)|last\s+year(?:'s|’s)?|(?:the\s+)?last\s+time|the\s+(?:previous|prior)\s+year|(?:previous|prior|earlier|former|past|last)\s+(?:(?:full|general|big|major|national|local|annual|great)\s+)?(?:record|quake|earthquake|storm|typhoon|hurricane|flood|strike|disaster|war|election|budget|government|administration|crisis|attack|outbreak)|(?:after|fore)shocks?)\b/i;

/** "stronger than Typhoon Lawin, which hit the coast in 2016 with gusts of 280 km/h": a relative clause on a named
 *  thing the story is compared with is about that other thing, up to the clause's first break. */
const COMPARED_CLAUSE =
  /\b(?:than|unlike|like|since|surpassing|exceeding|eclipsing|overtaking)\s+(?:the\s+)?(?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){0,3}\p{Lu}[\p{L}\p{M}'’.-]*\s*,\s*(?:which|who)\b[^,;:.()\u2014\u2013]*$/u;

/** Verbs and nouns of saying and reporting: a date next to one is when something was said. */
const SAYING =
  /\b(?:said|says|say|told|tells|announced|announces|confirmed|confirms|stated|states|reported|reports|added|warned|noted|explained|insisted|wrote|tweeted|posted|declared|claimed|acknowledged|admitted|disclosed|revealed|briefed|statement|interview|briefing|news conference|press conference|remarks)\b/i;

/**
 * Who spoke and when, in a quote of saying: the quote up to its first verb of saying. What was said ("Mills
 * confirmed [the bridge had reopened]") is another event, with a fact of its own.
 */
export function speakerPart(quote: string): string {
  const m = SAYING.exec(quote);
  return m ? quote.slice(0, m.index + m[0].length) : quote;
}

const SPEAKING = 'said|says|told|announced|confirmed|stated|revealed|disclosed|declared|claimed|wrote|posted|tweeted|warned|added|noted';
/** Up to four words, then a verb of saying, then the date: "a senior party senator revealed on". */
const SPEAKER_VERB_DATE = new RegExp(`((?:[\\p{L}\\p{M}'’.-]+\\s+){1,4})(?:${SPEAKING})\\s+(?:on\\s+|late\\s+|early\\s+)?$`, 'iu');
/** The date, then who spoke: "on Saturday, when the governor announced". */
const DATE_WHEN_SPEAKER = new RegExp(`^\\s*,\\s*when\\s+((?:[\\p{L}\\p{M}'’.-]+\\s+){1,4}?)(?:${SPEAKING})\\b`, 'iu');
/** Capitalised words that do not name anyone. */
const NOT_A_NAME = /^(?:the|a|an|he|she|it|they|we|i|this|that|these|those|his|her|their|its|our)$/i;

/**
 * Who spoke, for a date of saying whose speaker is named or described by a title right beside it ("a senior
 * Republican senator revealed on", "on Saturday, when Trump announced"): the stems of those words; else
 * undefined (a pronoun, or no speaker beside the date).
 */
function speakerOf(visible: string, claim: Span, own: Span, sentence: Span): string[] | undefined {
  const before = SPEAKER_VERB_DATE.exec(visible.slice(Math.max(own.start, claim.start - 80), claim.start));
  const after = before ? undefined : DATE_WHEN_SPEAKER.exec(visible.slice(claim.end, Math.min(sentence.end, claim.end + 80)));
  const said = before?.[1] ?? after?.[1];
  if (said === undefined) return undefined;
  const words = said.trim().split(/\s+/);
  const described = words.some((w) => isPersonTitle(w) || (/^\p{Lu}/u.test(w) && !NOT_A_NAME.test(w)));
  return described ? phraseStems(said) : undefined;
}

/** The text before a date ends inside a relative clause opened after a comma ("the party, which won power in"). */
function inRelativeClause(before: string): boolean {
  return /,\s*(?:which|who|whom|whose)\b[^,;:]*$/i.test(before);
}

/** The words right around a date, within its own clause, that make it a date of saying. */
function isStatementDate(visible: string, claim: Span, own: Span): boolean {
  const before = visible.slice(Math.max(own.start, claim.start - 40), claim.start);
  const after = visible.slice(claim.end, Math.min(own.end, claim.end + 40));
  if (/\bas\s+of\s+$/i.test(before)) return true;
  // "620 km² still under water on Tuesday": the date of a state seen, like "as of", not of an event.
  // (Only in the date's own clause: in "the record remains 91.7%, set in 1948" the record is what remains.)
  if (/\b(?:still|remained|remains|continued to)\b[^,;:]*$/i.test(before)) return true;
  // "Today 16,000 troops are deployed": the present dates a tally, not an event.
  if (/^(?:today|tonight|now|currently|at present|so far)$/i.test(visible.slice(claim.start, claim.end))) return true;
  // "said on Wednesday", "told reporters late Tuesday", "in a statement on Sunday"
  const lead = before.match(/(\S+(?:\s+\S+){0,2})\s+(?:on|late|early|this|last)?\s*$/i);
  if (lead && SAYING.test(lead[1]) && !/\bthat\b/i.test(lead[1])) return true;
  // "on Wednesday said", "Wednesday, officials said", "Wednesday's statement"; a date label of a timeline
  // ("**May 2.** The mayor says ...") heads its line as a date opening a sentence does, and news writes those lines
  // in the present tense.
  // (Not "collapsed on Monday, the mayor said.": an attribution that ends the sentence dates nothing. Nor "the party,
  // which won in June, says": the verb after a relative clause is its head's, not the date's.)
  if (
    !(/^\s*,/.test(after) && inRelativeClause(visible.slice(own.start, claim.start))) &&
    /^(?:[’']s|\.[*_]{1,2})?\s*,?\s*(?:(?:he|she|it|they|officials?|police|the\s+\w+|\p{Lu}\w+(?:\s+\p{Lu}\w+)?)\s+)?(?:said|says|told|tells|announced|announces|confirmed|confirms|stated|states|reported|reports|added|adds|warned|warns|statement|briefing)\s+\p{L}/iu.test(
      after,
    )
  )
    return true;
  return false;
}

/** "from 13.8% to 15%", "rose to 74", "up by 1.2%", "a 6.7% rise": the role the words right around a figure give it. */
/** Words of change before a figure: "rose by", "a cut of". */
const CHANGE_VERB =
  /\b(?:rise|rises|rose|risen|rising|increase[sd]?|increasing|up|cut|cuts|fall|falls|fell|fallen|drop(?:s|ped)?|grow(?:s|n)?|grew|gain(?:s|ed)?|jump(?:s|ed)?|climb(?:s|ed)?|raise[sd]?|lower(?:s|ed)?|reduce[sd]?|change)\b/i;
/** Change words and verbs of growth, each found in turn: the last one before "by" says which it is. */
const CHANGE_OR_GROWTH = new RegExp(`${CHANGE_VERB.source}|\\b(?:expand|contract|shr[iau]nk)\\w*`, 'gi');

/** Verbs of growth: what grows "by" a percentage has that growth rate. */
const GROWTH_VERB = /^(?:grow(?:s|n|ing)?|grew|expand(?:s|ed|ing)?|contract(?:s|ed|ing)?|shr[iau]nk(?:s|ing)?)$/i;

/** The last change verb before "by" is one of growth: "expand by 3% this spring and by 4% in the autumn". */
function growsBy(before: string): boolean {
  const last = [...before.matchAll(CHANGE_OR_GROWTH)].pop()?.[0];
  return last !== undefined && GROWTH_VERB.test(last);
}

export function roleOf(visible: string, claim: Span, sentence: Span): Role | undefined {
  const before = visible.slice(Math.max(sentence.start, claim.start - 40), claim.start);
  const after = visible.slice(claim.end, Math.min(sentence.end, claim.end + 30));
  const by = /\b(?:by|of)\s+(?:an?\s+|some\s+)?$/i.test(before);
  // "output will expand by 4%": a percentage an economy, output or a market grows or shrinks by is its growth
  // rate, the figure itself, as "growth climbing to 4%" gives it; not the change of a level the text states.
  if (
    by &&
    growsBy(visible.slice(Math.max(sentence.start, claim.start - 80), claim.start)) &&
    /(?:%|\bper\s*cent|\bpercent)\s*$/i.test(visible.slice(claim.start, claim.end))
  )
    return undefined;
  if (by && CHANGE_VERB.test(before)) return 'change';
  if (/^\s*(?:percentage[-\s]points?\s+)?(?:rise|increase|hike|cut|jump|fall|drop|reduction)\b/i.test(after)) return 'change';
  // "up from 9.4p", "compared with 9.4p", "against 9.4p a year earlier": the value it was.
  // ("attacks against twenty boats" is no comparison: "against" compares only after a comma, beside another value.)
  // ("against 85.3% for boys" contrasts two groups at one time: a figure "for" or "among" others is theirs, no old value.)
  if (/(?:\bcompared\s+(?:with|to)|,\s*(?:against|versus|vs\.?))\s+(?:an?\s+|the\s+)?$/i.test(before))
    return /^\s+(?:for|among)\s/i.test(after) ? undefined : 'from';
  // "from" is a change's old value only beside a change ("rose from", "from 10% to 18%"): "5,000 people from 12 villages" is where they came from.
  if (/\bfrom\s+(?:an?\s+|the\s+)?$/i.test(before) && (CHANGE_VERB.test(before) || /^\S*\s+(?:\S+\s+){0,4}?to\s/i.test(after))) return 'from';
  if (/\b(?:to|into)\s+(?:an?\s+|the\s+)?$/i.test(before)) return 'to';
  return undefined;
}

const UP =
  /\b(?:rise|rises|rose|risen|rising|increase[sd]?|increasing|raise[sd]?|raising|hikes?|hiked|hiking|climb(?:s|ed)?|jump(?:s|ed)?|grow(?:s|n)?|grew|boost(?:s|ed)?|up(?=\s+(?:from|by)\b))\b/gi;
const DOWN =
  /\b(?:cut|cuts|cutting|fall|falls|fell|fallen|falling|drop(?:s|ped)?|lowers|lowered|lowering|(?<=\bto\s)lower|reduce[sd]?|reducing|reductions?|slash(?:es|ed)?|decline[sd]?|declining|shrank|shrunk|shrinks?|down(?=\s+(?:from|by)\b))\b/gi;
// ("up" and "down" only where they mark a change, not in "up to 300"; "lower" only as a verb, not "the lower rate".)

/** The way the last change word in a text goes, if it has one. */
function lastDirection(text: string): Direction | undefined {
  const up = [...text.matchAll(UP)].pop()?.index ?? -1;
  const down = [...text.matchAll(DOWN)].pop()?.index ?? -1;
  return up === down ? undefined : up > down ? 'up' : 'down';
}

/** The change a figure's own words put it in: the change noun it qualifies ("the existing 5p cut", "a 6.7% rise"),
 *  else the last change word before it ("cut the rate from 12%"). */
function directionOf(visible: string, claim: Span, own: Span): Direction | undefined {
  const after = visible.slice(claim.end, own.end);
  const noun = after.match(/^\s*(?:percentage[-\s]points?\s+|a\s+\w+\s+)?(\w+)/);
  // "£3bn of new spending cuts", "$2m in fee rises": the change a sum "of" or "in" names, two words on at most.
  const ofNoun = after.match(/^\s*(?:of|in)\s+((?:[\w-]+\s+){0,2}[\w-]+)/);
  return (noun ? lastDirection(noun[1]) : undefined) ?? (ofNoun ? lastDirection(ofNoun[1]) : undefined) ?? lastDirection(visible.slice(own.start, claim.start));
}

/** The way a label's change goes where it names one way only: "Rate before the rise", "Cut in fuel duty". */
function labelDirection(label: string): Direction | undefined {
  // search(), unlike test(), leaves the global patterns' lastIndex alone.
  const up = label.search(UP) >= 0;
  const down = label.search(DOWN) >= 0;
  return up === down ? undefined : up ? 'up' : 'down';
}

/** The claim is an item of a list that follows a colon right after another figure and its noun ("listed 25 dead: twenty in..."). */
function listedPart(visible: string, claim: Span, sentence: Span, rivals: readonly Span[]): boolean {
  // Searched within the sentence: a search back through the whole text would make a long draft's check quadratic.
  const inSentence = visible.slice(sentence.start, claim.start).lastIndexOf(':');
  if (inSentence < 0) return false;
  const colon = sentence.start + inSentence;
  if (/[;.!?]/.test(visible.slice(colon + 1, claim.start))) return false;
  return rivals.some((r) => r.end <= colon && /^\s*(?:\p{L}+\s*){0,3}$/u.test(visible.slice(r.end, colon)));
}

/** "this year", "next year", "last year" as years, where the document's year is known. */
function relativeYears(text: string, documentYear: number | undefined): number[] {
  if (documentYear === undefined) return [];
  const out: number[] = [];
  for (const m of text.matchAll(/\b(this|next|last)\s+year\b/gi)) {
    const w = m[1].toLowerCase();
    out.push(documentYear + (w === 'next' ? 1 : w === 'last' ? -1 : 0));
  }
  // "ten years ago", "a decade ago": as near a year as the writer put it.
  for (const m of text.matchAll(YEARS_AGO)) out.push(documentYear - agoYears(m[1], m[2]));
  return out;
}

/** "ten years ago", "thirty-four years ago", "a decade ago" ("a decade earlier" is not read: earlier than what?). */
const YEARS_AGO =
  /\b(an?|\d{1,3}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\s+(years?|decades?)\s+ago\b/gi;

/** The count of years a "N years ago" phrase writes: digits, number words ("thirty-four"), or "a". */
function agoYears(count: string, unit: string): number {
  const c = count.toLowerCase();
  const scan = /^\d|^an?$/.test(c) ? undefined : scanNumberWords(c, 0);
  const n = /^\d/.test(c) ? Number(c) : scan && 'value' in scan ? scan.value : 1;
  return /^decade/i.test(unit) ? 10 * n : n;
}

/** Phrases of time the document's year turns into years, so they date a figure instead of making it another event's. */
function withoutYearPhrases(text: string): string {
  return text.replace(/\blast\s+year(?:'s|’s)?/gi, '').replace(YEARS_AGO, '');
}

/** An aside that opens on a part of the figure before it: ", most of them ...", ", half of whom ...", ", including ...". */
const PART_ASIDE =
  /^[,\u2014\u2013(]\s*(?:(?:most|many|all|some|half|several|nearly\s+all|almost\s+all|(?:the\s+)?majority|a\s+third|two[\s-]thirds|dozens|hundreds|thousands)\s+of\s+(?:them|whom|which|those)|including|among\s+them)\b/i;

/** The figure's own words place it now: "this year", "now", "currently", the document's own year. */
const PRESENT = /\b(?:now|currently|at present|today|this\s+year)\b/i;

/** What a document's layout says of a figure beyond its sentence: the text it is about, the side of a change it gives. */
export interface Given {
  subject: Span[];
  role?: Role;
}

/** A frame with what the layout gives: its own words' role, where they have one, outranks a column's. */
export function withGiven(frame: ClaimFrame, given: Given | undefined): ClaimFrame {
  if (!given) return frame;
  return { ...frame, subject: given.subject.length ? given.subject : undefined, role: frame.role ?? given.role };
}

export function claimFrame(visible: string, claim: Span & { kind: string }, sentence: Span, allRivals: readonly Span[], documentYear?: number): ClaimFrame {
  const rivals = mainClauseRivals(visible, claim, sentence, allRivals);
  // A figure inside an aside ("the fee, unchanged since 2011, stays frozen") has no words past the aside's end.
  const holder = asideHolding(visible, claim, sentence);
  const clip = (s: Span): Span => (holder && s.end > holder.end ? { start: s.start, end: Math.max(holder.end, claim.end) } : s);
  const own = clip(ownSpan(visible, claim, sentence, rivals));
  // Its time and place are the figure's alone, even where it shares the words of a change with another:
  // in "from $68,000 now to $85,000 by 2028", 2028 is the year of the second.
  const seg = clip(ownSpan(visible, claim, sentence, rivals, false));
  // Qualifiers that lead a clause ("In 1991, a cyclone killed 900") belong to its figure; after the figure only
  // its own clause does: "at least 74, most of them in the mountains" is not a count for the mountains.
  const after = visible.slice(claim.end, seg.end);
  // "**1,132**: the people killed in the 1917 quake", "**4%.** Lirovia's rate": a figure heading its line is what
  // the words after it say, whose first clause is its own.
  const label = /^[ \t]*(?:[-*+]|\d+[.)])?[ \t]*[*_]*$/.test(visible.slice(sentence.start, claim.start)) ? FIGURE_LABEL_END.exec(after) : null;
  const labelEnd = label ? label[0].length : 0;
  const breakAt = after.slice(labelEnd).search(/[,;:()\u2014\u2013]|\s-\s/);
  const clauseEnd = breakAt < 0 ? -1 : breakAt + labelEnd;
  // A semicolon joins two sentences in one: the time and place of the other are not this figure's.
  const ahead = visible.slice(seg.start, claim.start);
  const lead = ahead.slice(ahead.lastIndexOf(';') + 1) + ' ';
  const qualifiers = lead + (clauseEnd < 0 ? after : after.slice(0, clauseEnd));
  // "55 were missing, of which 52 in the mountains": a part counts what its whole counts.
  // "30 dead: twenty in the hills, ten in Osk province": the items of a list after a figure's colon are its parts.
  const part =
    /\b(?:of\s+which|of\s+whom|of\s+them|among\s+them|among\s+whom|including)\s+$/i.test(visible.slice(seg.start, claim.start)) ||
    listedPart(visible, claim, sentence, rivals);
  const counted = part ? visible.slice(sentence.start, seg.end) : qualifiers;
  const aside = clauseEnd < 0 ? '' : after.slice(clauseEnd);
  const partNames = PART_ASIDE.test(aside) ? capitalisedStems(aside.slice(0, aside.slice(1).search(/[;:()\u2014\u2013.]|$/) + 1)) : [];
  const statement = claim.kind === 'date' && isStatementDate(visible, claim, own);
  const words = visible.slice(own.start, claim.start) + ' ' + visible.slice(claim.end, own.end);
  const first = [...rivals, claim].reduce((a, b) => (b.start < a.start ? b : a));
  const head = first !== claim && own.start > sentence.start ? { start: sentence.start, end: first.start } : undefined;
  return {
    head,
    // Only counts of people and things: money "for food and shelter" is not a count of the displaced.
    // A date of a tally ("as of Monday, 31 dead") dates what the tally counts.
    counts: claim.kind === 'number' || (claim.kind === 'date' && statement) ? countsOf(claim.kind === 'date' ? words : counted) : new Set(),
    places: placesIn(lead + after, qualifiers.length),
    whole: isWholeOf(visible, claim, rivals),
    figures: figuresIn(visible.slice(sentence.start, sentence.end)),
    // The speaker of "Maduro confirmed on Wednesday" stands before the date.
    names: capitalisedStems(visible.slice(Math.max(own.start, claim.start - 60), claim.start)),
    speaker: claim.kind === 'date' ? speakerOf(visible, claim, own, sentence) : undefined,
    partNames,
    owners: [
      ...ownersIn(visible.slice(own.start, claim.start)),
      ...(label ? ownersIn(qualifiers.slice(lead.length)) : []),
      ...neighboursIn(visible.slice(own.start, claim.start)),
      ...subjectName(visible, claim, sentence),
      ...whenName(visible, claim, sentence),
      ...whichName(visible, claim, sentence),
    ],
    persons: personOf(visible, claim, sentence),
    part: claim.kind === 'number' ? partWord(visible, claim) : undefined,
    rangeEnd: claim.kind === 'date' ? rangeEndOf(visible, claim, sentence, allRivals) : undefined,
    own,
    years: claim.kind === 'date' ? [] : figureYears(visible, claim, sentence, qualifiers, aside, documentYear),
    present: PRESENT.test(qualifiers),
    // Where the document's year is known, "last year" is a year like any other, judged against the fact's.
    otherEvent:
      OTHER_EVENT.test(documentYear === undefined ? qualifiers : withoutYearPhrases(qualifiers)) ||
      COMPARED_CLAUSE.test(visible.slice(sentence.start, claim.start)) ||
      whenOtherEvent(visible, claim, sentence, documentYear),
    statement,
    role: claim.kind === 'date' ? undefined : roleOf(visible, claim, sentence),
    direction: claim.kind === 'date' ? undefined : directionOf(visible, claim, own),
  };
}

/** The years a figure's words, its clause or the sentence before set it in. */
function figureYears(visible: string, claim: Span, sentence: Span, qualifiers: string, aside: string, documentYear: number | undefined): number[] {
  const own = [
    ...yearsIn(qualifiers),
    ...relativeYears(qualifiers, documentYear),
    ...partOfBefore(visible, claim, sentence),
    ...whenYear(visible, claim, sentence, documentYear),
    ...asideYear(aside),
  ];
  // A figure its own words place now ("this year") takes no year its sentence opens on or its clause is set in.
  if (PRESENT.test(qualifiers)) return own;
  const opening = openingYears(visible, claim, sentence, documentYear);
  return own.length || opening.length ? [...own, ...opening] : clauseYears(visible, claim, sentence);
}

/** The end of a figure's label: its colon ("**1,132**:"), or its noun and the bold's close ("**700 crowns.**"). */
const FIGURE_LABEL_END = /^[*_]*[ \t]*:[ \t]*|^(?:[ \t]+\p{L}+){0,2}\.?[*_]{1,2}[ \t]+/u;

/** "Six of them died.": a sentence that opens on a part of "them" counts a part of the sentence before's figure. */
const PART_OF_THEM = /^[ \t]*(?:of|among)[ \t]+(?:them|those|these)\b/i;

/**
 * The years of the sentence before, where this one opens on a part of what it counted ("41 fell ill in 2011.
 * Six of them died."): the part is of that year's event, whatever the sentence itself names.
 */
function partOfBefore(visible: string, claim: Span, sentence: Span): number[] {
  const lead = visible.slice(sentence.start, claim.start);
  const opensOnPart = !/\S/.test(lead.replace(/[*_#>\s-]/g, '')) && PART_OF_THEM.test(visible.slice(claim.end, sentence.end));
  // "Annual growth back then topped out at 14.5%": words that point back to the time the sentence before gave.
  if (!opensOnPart && !BACK_THEN.test(lead)) return [];
  const before = visible.slice(Math.max(0, sentence.start - 400), sentence.start);
  const last = before.replace(/[.!?]\s*$/, '').search(/[^.!?]*$/);
  return yearsIn(before.slice(last));
}

/** Words that point back to the time the sentence before named: "at the time", "that summer's drought". */
const BACK_THEN = /\b(?:back\s+then|at\s+the\s+time|(?:that|the\s+same)\s+(?:year|summer|winter|spring|autumn|season)(?:['’]s)?)\b/i;

/** A time phrase opening a sentence: "In 2019,", "A year ago", "Last year", "Ten years ago". */
const OPENING_TIME = new RegExp(
  String.raw`^[\s*_>#-]*(?:in\s+(1[89]\d\d|20\d\d)\b|((?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:years?|decades?)\s+ago|last\s+year)\b)`,
  'i',
);

/**
 * "A year ago the share stood at 74.6%, and the waiting list at 1,196,040": a time phrase opening the sentence
 * dates each of its figures, not only the first (up to a semicolon, which opens another sentence in one).
 */
function openingYears(visible: string, claim: Span, sentence: Span, documentYear: number | undefined): number[] {
  const m = OPENING_TIME.exec(visible.slice(sentence.start, claim.start));
  if (!m || visible.slice(sentence.start, claim.start).includes(';')) return [];
  return m[1] ? [Number(m[1])] : relativeYears(m[2], documentYear);
}

/** "a record of 91.7%, set in 1984,", "the rate of 91.7%, from 1984": an aside of a year alone dates the figure it follows. */
const YEAR_ASIDE =
  /^,[ \t]*(?:(?:first[ \t]+)?(?:set|reached|recorded|hit|achieved|seen)[ \t]+)?(?:in|from|of|back[ \t]+in)[ \t]+(1[89]\d\d|20\d\d)[ \t]*(?:[,;:.)\u2014\u2013]|$)/;

function asideYear(aside: string): number[] {
  const m = YEAR_ASIDE.exec(aside);
  return m ? [Number(m[1])] : [];
}

/** "since 2011, when a plant's meat killed eight", "in Houston in 2021, where 10 died": a when- or where-clause after a year tells what happened that year. */
const YEAR_WHEN = /\b(1[89]\d\d|20\d\d),?[ \t]+(?:when|where)\b[^;:()\u2014\u2013]*$/;

/** The year a when-clause holding the figure describes, if one opens it. */
function whenYear(visible: string, claim: Span, sentence: Span, documentYear: number | undefined): number[] {
  const before = visible.slice(sentence.start, claim.start);
  if (!/\bwhe(?:n|re)\b/i.test(before)) return [];
  const m = YEAR_WHEN.exec(before);
  if (m) return [Number(m[1])];
  // "three years ago, when ...": the year the document's date makes of it.
  const when = WHEN_CLAUSE.exec(before);
  return when ? relativeYears(/[^,;:()\u2014\u2013]*$/.exec(before.slice(Math.max(0, when.index - 40), when.index))?.[0] ?? '', documentYear) : [];
}

/** "three years ago, when its candidate finished 11,000 votes behind": the when-clause a time phrase opens. */
const WHEN_CLAUSE = /,?[ \t]+when\b[^;:()\u2014\u2013]*$/;

/** The when-clause holding the figure describes a time the words before it place in another event. */
function whenOtherEvent(visible: string, claim: Span, sentence: Span, documentYear: number | undefined): boolean {
  const before = visible.slice(sentence.start, claim.start);
  if (!/\bwhen\b/i.test(before)) return false;
  const m = WHEN_CLAUSE.exec(before);
  if (!m) return false;
  const lead = before.slice(Math.max(0, m.index - 40), m.index);
  const phrase = /[^,;:()\u2014\u2013]*$/.exec(lead)?.[0] ?? '';
  return OTHER_EVENT.test(documentYear === undefined ? phrase : withoutYearPhrases(phrase));
}

// A place may come with a word of where it lies ("in nearby Kelso province", "in the remote north of Vell").
const PLACE =
  /\b(?:[Ii]n|[Aa]t|[Aa]cross|[Tt]hroughout|[Nn]ear|[Oo]ff|[Ii]nside|[Oo]utside)\s+(?:the\s+)?(?:(?:nearby|neighbou?ring|adjacent|northern|southern|eastern|western|central|north-?eastern|north-?western|south-?eastern|south-?western|remote|coastal|rural|mountainous|hard-hit)\s+)?((?:\p{Lu}[\p{L}\p{M}'’.-]*)(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.-]*))*)/gu;

/** Whole numbers written in digits, years and figures glued to letters aside. */
function figuresIn(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(/(?<![\d.,\p{L}])(?:\d{1,3}(?:,\d{3})+|\d+)(?![.,]\d|\p{L})/gu)) out.push(Number(m[0].replace(/,/g, '')));
  return out.filter((n) => n < 1800 || n > 2100);
}

/** Stems of a text's capitalised words. */
export function capitalisedStems(text: string): string[] {
  return [...text.matchAll(/\p{Lu}[\p{L}\p{M}'’-]+/gu)].flatMap((m) => phraseStems(m[0]));
}

/** Capitalised names after a preposition of place, starting before `limit`. */
function placesIn(text: string, limit = text.length): string[][] {
  const out: string[][] = [];
  for (const m of text.matchAll(PLACE)) {
    if ((m.index ?? 0) >= limit) break;
    // "in Ilocos, Cagayan Valley and the Cordillera": a list of places is the whole area, not one of them.
    // ("in Caribbean and eastern Pacific waters": the next place may come with an adjective of its own.)
    if (/^\s*(?:,|and|or)\s+(?:the\s+)?(?:\p{Ll}+\s+)?\p{Lu}/u.test(text.slice((m.index ?? 0) + m[0].length))) continue;
    const stems = phraseStems(m[1]);
    if (stems.length) out.push(stems);
  }
  return out;
}

const LABEL_FROM = /\b(?:previous|prior|old|former|original)\b|\bbefore\s+the\s+(?:rise|increase|change|cut|budget|reform|deal|hike|revision)\b/i;
const LABEL_TO = /^(?:the\s+)?new\b|\bnow\b|\bafter\s+the\s+(?:rise|increase|change|cut|budget|reform|deal|hike|revision)\b/i;
const LABEL_CHANGE = /^(?:the\s+)?(?:rise|increase|cut|fall|drop|change|revision|upward revision|downward revision|growth in|reduction)\b/i;
const STATEMENT_FACT =
  /\b(?:said|says|say|told|tell|announc\w*|confirm\w*|stat(?:ed|ement)|report\w*|interview\w*|briefing|conference|disclos\w*|reveal\w*|declar\w*|warn\w*|claim\w*|tall(?:y|ied)|count|toll\s+(?:reached|rose|stood)|reached|as of|put the|updated?)\b/i;

/** "since 2011", "since September 2025", "since mid-2021": the year a state began. */
const SINCE_YEAR = /\bsince\s+(?:(?:early|mid|late)[-\s]+)?(?:[A-Z][a-z]+\.?\s+)?(?:\d{1,2},?\s+)?(?:1[89]\d\d|20\d\d)\b/g;

export function factFrame(label: string, cues: readonly string[], unit?: string): FactFrame {
  const bare = cues.map((c) => c.trim().toLowerCase());
  const role: Role | undefined =
    LABEL_CHANGE.test(label) || isPercentagePoints(unit)
      ? 'change'
      : LABEL_FROM.test(label) || bare.includes('from')
        ? 'from'
        : LABEL_TO.test(label) || bare.some((c) => c === 'to' || /\bto$/.test(c))
          ? 'to'
          : undefined;
  return {
    places: placesIn(label),
    names: capitalisedStems(label),
    figures: figuresIn(label.replace(/\([^)]*\)/g, ' ')),
    total: /\b(?:total|all|in all|overall|number of|altogether)\b/i.test(label),
    counts: countsOf([label, ...cues].join(' ; ')),
    years: yearsIn([label, ...cues].join(' ')),
    eventYears: yearsIn([label, ...cues].join(' ').replace(SINCE_YEAR, ' ')),
    statement: STATEMENT_FACT.test([label, ...cues].join(' ')),
    role,
    direction: labelDirection(label),
    otherEvent: OTHER_EVENT.test([label, ...cues].join(' ')),
    rangeEnd: LABEL_START.test(label) === LABEL_END.test(label) ? undefined : LABEL_START.test(label) ? 'start' : 'end',
  };
}

/** A label of a span's first day or last: "the first of the spills", "the day the strike began"; "the last spill", "ended". */
const LABEL_START = /\b(?:first|start(?:ed|s)?|began|begins?|beginning|opened|opening)\b/i;
const LABEL_END = /\b(?:last|final|end(?:ed|s)?|finish(?:ed|es)?|closed|closing)\b/i;

/** Which end of a range the sentence writes a date as, where it writes one: "between [2 June] and [19 September]". */
function rangeEndOf(visible: string, claim: Span, sentence: Span, rivals: readonly Span[]): RangeEnd | undefined {
  const next = rivals.filter((r) => r.start >= claim.end && r.start < sentence.end).sort((a, b) => a.start - b.start)[0];
  const prev = rivals.filter((r) => r.end <= claim.start && r.start >= sentence.start).sort((a, b) => b.end - a.end)[0];
  const opener = (at: number) => /\b(?:between|from)[ \t\u00a0]+$/i.test(visible.slice(Math.max(sentence.start, at - 12), at));
  if (next && opener(claim.start) && joinsRange(visible, claim, next)) return 'start';
  if (prev && opener(prev.start) && joinsRange(visible, prev, claim)) return 'end';
  return undefined;
}
