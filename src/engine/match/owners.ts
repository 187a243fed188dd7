// Whose a figure is, where the sentence says: a name it is in the possessive of ("Lirovia's central bank cut to
// 4%"), a place named as a neighbour ("in neighbouring Velsland"), a name opening the sentence as the subject of
// what was done ("Halverton approved a 6.5% rise"), or a person an age or a who-clause is set beside ("Kieran
// Doyle, 27,", "Declan Moyes, who is on £115,000 a week"). Each as the stems of the name, for the matcher to
// compare with the names the table writes.

import nlp from 'compromise';
import type { Span } from '../types';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../lexicon/calendar';
import { phraseStems } from './terms';

/** A name in the possessive: "Lirovia's", "the Bank of Estmark's", "Reuters'". */
const POSSESSIVE_NAME = /(?<![\p{L}\p{M}'’-])(\p{Lu}[\p{L}\p{M}-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}\p{M}-]*)*)(?:['’]s|(?<=s)['’])(?![\p{L}\p{M}])/gu;
/** Possessives of words that say when, not whose: "Monday's vote", "Today's figures". */
const TIME_WORDS = new Set([...MONTH_NAMES, ...WEEKDAY_NAMES, 'Today', 'Yesterday', 'Tomorrow', 'Tonight'].map((w) => w.toLowerCase()));

/** The names a text writes in the possessive, as the stems of each, words of time aside. */
export function ownersIn(text: string): string[][] {
  const out: string[][] = [];
  // Most figures' words hold no apostrophe: the search for a possessive name is skipped for them.
  if (!/['’]/.test(text)) return out;
  for (const m of text.matchAll(POSSESSIVE_NAME)) {
    const words = m[1].split(/\s+/).filter((w) => !TIME_WORDS.has(w.toLowerCase()));
    const stems = words.length ? phraseStems(words.join(' ')) : [];
    if (stems.length) out.push(stems);
  }
  return out;
}

/** "in neighbouring Velsland", "nearby Ardley's": a place named as one beside the story's. */
const NEIGHBOUR = /\b(?:neighbou?ring|nearby|adjacent)[ \t]+((?:\p{Lu}[\p{L}\p{M}'’-]+)(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]+){0,2})/gu;

/** The places a text names as neighbours of the story's own, as the stems of each: parties the story compares itself with. */
export function neighboursIn(text: string): string[][] {
  return [...text.matchAll(NEIGHBOUR)].map((m) => phraseStems(m[1].replace(/['’]s$/u, ''))).filter((stems) => stems.length > 0);
}

/** A name opening the sentence as the subject of a verb of doing: "Halverton approved a 6.5% rise". */
const SUBJECT_NAME =
  /^[\s*_>#-]*(?:[Tt]he[ \t]+)?((?:\p{Lu}[\p{L}\p{M}'’-]+[ \t]+){0,2}\p{Lu}[\p{L}\p{M}'’-]+)[ \t]+(?:(?:also|has|have|had|then)[ \t]+)?(\p{Ll}+)(?![\p{L}])/u;
/** Irregular past tenses of doing that news gives a subject's figures with. */
const DOING =
  /^(?:cut|set|put|won|lost|held|kept|paid|spent|rose|fell|grew|took|made|sold|bought|hit|saw|got|gave|raised|lowered|approved|passed|signed|agreed|voted|scored|posted|recorded|reached)$/i;
/** Verbs that say who reported a figure, not whose it is. */
const REPORTING = /^(?:said|says|told|tells|announced|confirmed|stated|reported|added|noted|estimated|counted|put|warned|wrote|claimed|recorded|posted)$/i;

/**
 * The name a sentence opens on as the subject of its figure's verb ("Halverton approved a 6.5% rise"): a
 * party the figure belongs to, as a possessive's. Not a name that reports it ("Mills said 40 died"), nor a
 * word capitalised only for opening the sentence ("Neighbouring").
 */
export function subjectName(visible: string, claim: Span, sentence: Span): string[][] {
  const whole = sentenceLead(visible, claim, sentence);
  // ", and the Kerrow fire burned 4,200 acres": a clause joined on opens on a subject of its own.
  const joined = JOINED_CLAUSE.exec(whole);
  const lead = joined ? whole.slice(joined.index + joined[0].length) : whole;
  // The comma of a figure ("9,800 acres and destroyed 31 homes") breaks no clause.
  if (/[,;()\u2014\u2013]/.test(lead.replace(/(?<=\d),(?=\d)/g, ''))) return [];
  const event = SUBJECT_EVENT.exec(lead);
  if (event && !isVerb(event[2]) && isSubjectsVerb(event[3])) return asName(visible, sentence, event[1].split(/[ \t]+/), !joined);
  const m = SUBJECT_NAME.exec(lead);
  if (!m || !isSubjectsVerb(m[2])) return [];
  return asName(
    visible,
    sentence,
    m[1].split(/[ \t]+/).filter((w, i) => !(i === 0 && /ing$/i.test(w))),
    !joined,
  );
}

/** The last clause joined on by a comma and a conjunction: ", and", ", but", ", while". */
const JOINED_CLAUSE = /,[ \t]+(?:and|but|while|whereas)[ \t]+(?!.*,[ \t]+(?:and|but|while|whereas)[ \t])/;

/**
 * A named event or thing as the subject: "The Table Rock fire of 1994 burned", "last month's Copper Bend fire
 * in Lusk County burned": the name, a noun of what it names, and a year or place of its own before the verb.
 */
const SUBJECT_EVENT =
  /^[\s*_>#-]*(?:[Tt]he[ \t]+)?(?:(?:[Ll]ast|[Tt]his)[ \t]+(?:week|month|year|summer|winter|spring|autumn)['’]s[ \t]+)?((?:\p{Lu}[\p{L}\p{M}'’-]+[ \t]+){0,2}\p{Lu}[\p{L}\p{M}'’-]+)[ \t]+(\p{Ll}+)(?:[ \t]+(?:of|in)[ \t]+(?:1[89]\d\d|20\d\d|\p{Lu}[\p{L}\p{M}'’-]+(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]+)?))?[ \t]+(?:(?:also|has|have|had|then)[ \t]+)?(\p{Ll}+)(?![\p{L}])/u;

/** A verb that gives the subject's own figures: one of doing, not of reporting. */
const isSubjectsVerb = (word: string): boolean => !REPORTING.test(word) && isDoing(word);
/** A word that reads as a verb, so it cannot be the noun after a name. */
const isVerb = (word: string): boolean =>
  isDoing(word) || REPORTING.test(word) || /^(?:is|was|are|were|has|have|had|will|would|can|could|also|then)$/.test(word);

/** The sentence's words before the figure, from a colon on where there is one: a colon opens a sentence of its own ("Not quite: Lüttland saw 78.1%"). */
function sentenceLead(visible: string, claim: Span, sentence: Span): string {
  const whole = visible.slice(sentence.start, claim.start);
  return whole.slice(whole.search(/[^:]*$/));
}

/** A past tense, or a verb of doing news gives a subject's figures with. */
const isDoing = (word: string): boolean => /ed$/.test(word) || DOING.test(word);

/**
 * The stems of a name as a list of parties, or none. `opening`: the name opens its sentence, where a single
 * capitalised word may be capitalised only for that (see isNameAlone).
 */
function asName(visible: string, sentence: Span, words: string[], opening: boolean): string[][] {
  // Looked for in the text around the sentence only, so a long draft costs no more per figure than a short one.
  if (words.length === 1 && opening) {
    const around = visible.slice(Math.max(0, sentence.start - NAME_WINDOW), Math.min(visible.length, sentence.end + NAME_WINDOW));
    if (!isNameAlone(around, words[0])) return [];
  }
  const stems = words.length ? phraseStems(words.join(' ')) : [];
  return stems.length ? [stems] : [];
}

/**
 * "When the Dunmore steelworks closed, the fund was £55 million": a when-clause opening the sentence, whose
 * subject is a name (with a noun after it, as "the Dunmore steelworks"), sets what follows in that name's event.
 */
const WHEN_NAME =
  /^[\s*_>#-]*(?:[Ww]hen|[Aa]fter)[ \t]+(?:the[ \t]+)?((?:\p{Lu}[\p{L}\p{M}'’-]+[ \t]+){0,2}\p{Lu}[\p{L}\p{M}'’-]+)((?:[ \t]+\p{Ll}+){1,3})(?![\p{L}])[^,;:()\u2014\u2013]*,/u;

/** The name whose event a when-clause opening the sentence tells, before the figure (see WHEN_NAME). */
export function whenName(visible: string, claim: Span, sentence: Span): string[][] {
  const lead = sentenceLead(visible, claim, sentence);
  if (!/\b(?:[Ww]hen|[Aa]fter)\b/.test(lead)) return [];
  const m = WHEN_NAME.exec(lead);
  // The clause's verb is one of the first words after the name: "the Dunmore steelworks closed".
  if (
    !m ||
    !m[2]
      .trim()
      .split(/[ \t]+/)
      .some(isDoing)
  )
    return [];
  return asName(visible, sentence, m[1].split(/[ \t]+/), true);
}

/** "the smaller Kittiwake, which can carry 120 passengers": a which-clause holding the figure tells of the thing it follows. */
const NAME_WHICH = /(?<![\p{L}])((?:\p{Lu}[\p{L}\p{M}'’-]+[ \t]+){0,2}\p{Lu}[\p{L}\p{M}'’-]+)(?:[ \t]+\p{Ll}+)?,[ \t]+(?:which|where)\b[^,;:()\u2014\u2013]*$/u;

/** The name a which-clause holding the figure describes: that thing's figure, as a possessive's. */
export function whichName(visible: string, claim: Span, sentence: Span): string[][] {
  const before = visible.slice(Math.max(sentence.start, claim.start - 120), claim.start);
  if (!/\bwh(?:ich|ere)\b/.test(before)) return [];
  const m = NAME_WHICH.exec(before);
  if (!m) return [];
  // A word capitalised only for opening the sentence is no name ("Rates, which rose, ...").
  const opens = !/\S/.test(visible.slice(sentence.start, claim.start - before.length + m.index).replace(/[*_#>\s-]/g, ''));
  return asName(visible, sentence, m[1].split(/[ \t]+/), opens);
}

/** How far around a sentence a word opening it is looked for in lower case. */
const NAME_WINDOW = 3000;

/**
 * A single capitalised word opening a sentence is a name only where nothing says it is a common word: not a
 * plural ("Rates", "Crews"), not a word the text around also writes in lower case, not one English knows.
 */
function isNameAlone(text: string, word: string): boolean {
  if (/s$/.test(word)) return false;
  const lower = word.toLowerCase();
  if (Object.hasOwn(ENGLISH_WORDS, lower)) return false;
  // "Wind-blown", "Long-term": a compound of English words is no name.
  if (lower.includes('-') && lower.split('-').every((part) => Object.hasOwn(ENGLISH_WORDS, part))) return false;
  return !new RegExp(String.raw`(?<![\p{L}])${lower.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\p{L}])`, 'u').test(text);
}

// compromise types its model as a bare object; its lexicon (word -> tag) is the part read here.
const ENGLISH_WORDS: Readonly<Record<string, string>> = (nlp.model() as { one?: { lexicon?: Record<string, string> } }).one?.lexicon ?? {};

/** A person's name: two capitalised words or more ("Kieran Doyle"), or a title and a surname ("Mr Furlow"). */
const PERSON = String.raw`(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?[ \t]+\p{Lu}[\p{L}\p{M}'’-]+|\p{Lu}[\p{L}\p{M}'’-]+(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]+)+)`;
/** "Kieran Doyle, 27, who ...": the name an age is set off by commas after. */
const NAME_THEN_AGE = new RegExp(String.raw`(${PERSON}),[ \t]+$`, 'u');
/** "Alemu Tesfaye, the 31-year-old Ethiopian": the name an age and its noun stand in apposition to. */
const NAME_THEN_THE_AGE = new RegExp(String.raw`(${PERSON}),[ \t]+(?:the|a|an)[ \t]+$`, 'u');
/** "the 52-year-old manager, Gareth Ellery": the name in apposition after an age and its noun. */
const AGE_THEN_NAME = new RegExp(String.raw`^-years?-old(?:[ \t]+\p{Ll}[\p{L}-]*){0,2},[ \t]+(${PERSON})`, 'u');
/** "captain Declan Moyes, who is on £115,000 a week": the name a who-clause holding the figure describes. */
const NAME_WHO = new RegExp(String.raw`(${PERSON}),[ \t]+who\b[^,;:()\u2014\u2013]*$`, 'u');

/**
 * The person a figure belongs to where the sentence says so: the one an age is set off beside, or the one a
 * who-clause holding the figure is about. As stems of each name.
 */
export function personOf(visible: string, claim: Span, sentence: Span): string[][] {
  const before = visible.slice(Math.max(sentence.start, claim.start - 120), claim.start);
  const after = visible.slice(claim.end, Math.min(sentence.end, claim.end + 80));
  // Each search only where its words are there to find, as most figures have none of them.
  const named = [/\bwho\b/.test(before) ? NAME_WHO.exec(before)?.[1] : undefined];
  if (/^,/.test(after)) named.push(NAME_THEN_AGE.exec(before)?.[1]);
  if (/^-years?-old/.test(after)) named.push(AGE_THEN_NAME.exec(after)?.[1], NAME_THEN_THE_AGE.exec(before)?.[1]);
  return named
    .filter((n): n is string => n !== undefined)
    .map(phraseStems)
    .filter((stems) => stems.length > 0);
}
