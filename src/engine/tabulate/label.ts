// A fact's label in the words a source states it in: "Workers hurt in the warehouse fire", not a list of
// words. Taken from the clause that holds the figure, the figure and its hedge left out, so a reviewer
// reads what is counted and what happened, and the checker's frames (what is counted, verb, place) read
// the same words in the label as in a draft.

import { MONTH_NAMES, WEEKDAY_NAMES } from '../lexicon/calendar';

/** Words that carry no meaning in a label: auxiliaries and articles at its edges. */
const AUXILIARY = /^(?:was|were|is|are|been|be|being|has|have|had|will|would|could|may|might|shall|should)$/i;
const EDGE =
  /^(?:a|an|the|and|or|but|that|which|who|to|of|on|in|at|by|for|from|with|as|some|about|around|nearly|almost|over|under|up|least|most|more|than|roughly|approximately|estimated|an estimated|its|their|his|her|since|until|after|before|when|while|whose|totalling|totaling|leading|reaching|including|began|begun|started)$/i;
/** A pronoun opening a label points at words the label does not hold ("[Twenty of] them occurred in ..."). */
const PRONOUN = /^(?:it|its|they|them|their|she|he|we|you|these|those)$/i;
const MAX_WORDS = 9;
/** Words that say when: a label names what a figure is, and "next spring" or "on Monday" is not that. */
const TIME_WORDS = new Set([
  ...[...MONTH_NAMES, ...WEEKDAY_NAMES].map((w) => w.toLowerCase()),
  ...['this', 'last', 'next', 'coming', 'early', 'late', 'year', 'years', 'month', 'months', 'week', 'weeks', 'weekend'],
  ...['day', 'days', 'today', 'tomorrow', 'yesterday', 'morning', 'afternoon', 'evening', 'night', 'tonight'],
  ...['spring', 'summer', 'autumn', 'fall', 'winter', 'earlier', 'later', 'ago', 'now'],
]);
export const isTimeWord = (w: string) => TIME_WORDS.has(w.toLowerCase());
const MIN_WORDS = 2;

function words(text: string): string[] {
  return (
    text
      .split(/\s+/)
      .map((w) => w.replace(/^[“"‘'(]+|[”"’'),;:!?]+$/g, ''))
      // A full stop ends the word unless it is an abbreviation's ("U.S.").
      .map((w) => (/^(?:\p{L}\.)+$/u.test(w) ? w : w.replace(/\.+$/, '')))
      .filter((w) => w !== '')
  );
}

function trimEdges(ws: string[]): string[] {
  let i = 0;
  let j = ws.length;
  while (i < j && (EDGE.test(ws[i]) || AUXILIARY.test(ws[i]) || PRONOUN.test(ws[i]))) i++;
  // A lone letter or symbol at the end is a currency sign of the figure that follows ("a total of P"); a
  // time phrase at the end ("agreed on Monday") is when, not what.
  while (j > i && (EDGE.test(ws[j - 1]) || AUXILIARY.test(ws[j - 1]) || isTimeWord(ws[j - 1]) || /^(?:\p{L}|\p{Sc})$/u.test(ws[j - 1]))) j--;
  return ws.slice(i, j);
}

/**
 * Words that report speech or announcement: what comes before them is who spoke, not what the figure is
 * about ("She announced the minimum wage will rise by ...").
 */
const REPORTING = /\b(?:said|says|told|according|announced|confirmed|revealed|stated|added|noted|warned|insisted|claimed|explained|reported|unveiled)\b/;
const REPORTING_WORD = new RegExp(`^(?:${REPORTING.source})$`, 'i');
/** Where a clause ends: punctuation that separates clauses, a spaced dash, a reporting verb. */
const CLAUSE_BREAK = new RegExp(`[,;:()\u2014\u2013]|\\s-\\s|${REPORTING.source}`);
/** A reporting verb right before a date ("said Tuesday", "announced on Friday"). */
const SAID_BEFORE = new RegExp(`(${REPORTING.source})\\s+(?:on\\s+|late\\s+|early\\s+)?$`);

/** A word that reports speech ("confirmed", "said"): it tells who spoke, never which fact a figure is. */
export function isReportingWord(word: string): boolean {
  return REPORTING_WORD.test(word);
}

/** The first clause of a stretch of words: a comma, dash or a reporting verb ends what belongs to the figure. */
function firstClause(text: string, fromEnd: boolean): string {
  const parts = text.split(CLAUSE_BREAK);
  return (fromEnd ? parts[parts.length - 1] : parts[0]) ?? '';
}

const FIGURE = /\d/;
/** A conjunction before another figure starts that figure's words ("from 10% to 18% and the higher rate ..."). */
const CONJUNCTION = /^(?:and|or|but|while|whereas|with)$/i;
/** A figure spelled out: after "and" it starts the next figure's words ("four in Ayr and two in Troon"). */
const NUMBER_WORD = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?)$/i;
/** Conjunctions that open a clause of its own: what follows them is not what the figure counts. */
const SUBORDINATE = /^(?:while|whereas|although|though|because|whilst)$/i;
/** A rate's "per hour" or "a year" is the figure's unit, not what it is about. */
const RATE = /^(?:per|a|an|each|every)$/i;
const RATE_NOUN = /^(?:hour|day|week|month|year|annum|head|person|capita|litre|liter|gallon|kilo|kg|tonne|ton)s?$/i;
/** Words that carry a range's two ends: "from 10% to 18%", "between 5 and 9". */
const RANGE_START = /^(?:from|between)$/i;
const RANGE_JOIN = /^(?:to|and|-|through)$/i;

/** Which end of a "from ... to ..." change a figure is: its label says so, as the two facts share their words. */
export type RangeEnd = 'from' | 'to';

export interface LabelCandidate {
  text: string;
  /** The side of the figure the words come from: after it (what a count counts) or before it; or the noun it
   *  modifies ("the mayor's June 4 speech"), which names it best. */
  side: 'after' | 'before' | 'modified';
  end?: RangeEnd;
}

/**
 * The label a clause gives its figure, with where the words were found. For a count, the words after the
 * figure (what it counts and what happened: "workers were hurt"), else those before it ("Repairs will
 * cost"); for a date or a measure (`namedBefore`), the words before it first ("gusts of 90 km/h"). The two ends of a change ("rose from 10% to 18%") both take
 * the words before "from", marked with their end. Undefined when neither side has two words worth keeping.
 */
export function labelCandidate(clause: string, figure: string, namedBefore = false, isDate = false): LabelCandidate | undefined {
  const own = figureSides(clause, figure, isDate);
  if (!own) return undefined;
  const { after, end, quote, at } = own;
  if (isDate) {
    const attributive = attributiveLabel(words(quote.slice(0, at)), words(firstClause(own.rest, false)));
    if (attributive) return attributive;
    const spoken = statementLabel(own.opening ? '' : quote.slice(0, at), own.rest);
    if (spoken) return spoken;
  }
  const before = !isDate && !end ? withoutLinkingVerb(own.before) : own.before;
  // After a figure come its unit and verb ("83 people killed in ..."); before a date, what happened on it
  // ("the ban took effect on ..."). One word says too little ("Effective", "Since"): then the other side.
  // An end of a change is named by what changes, which stands before it.
  const sides: ['after' | 'before', string[]][] =
    namedBefore || end
      ? [
          ['before', before],
          ['after', after],
        ]
      : [
          ['after', after],
          ['before', before],
        ];
  const chosen = sides.find(([, side]) => side.length >= MIN_WORDS);
  if (!chosen) return isDate ? dateOfClause(quote.slice(0, at)) : undefined;
  const [side, ws] = chosen;
  // Before a figure, the words nearest it say what it is; after it, the first ones.
  const picked = trimEdges(side === 'before' ? ws.slice(-MAX_WORDS) : ws.slice(0, MAX_WORDS));
  if (picked.length < MIN_WORDS) return undefined;
  const text = picked.join(' ');
  const out: LabelCandidate = { text: text[0].toUpperCase() + text.slice(1), side };
  if (end) out.end = end;
  return out;
}

/** The words of a figure's own clause on each side of it, as a label reads them: see labelCandidate. */
export interface FigureSides {
  before: string[];
  after: string[];
  end?: RangeEnd;
  /** The clause with its asides blanked, and where the figure stands in it. */
  quote: string;
  at: number;
  /** The text after the figure that its words come from, and whether a date opens the sentence before a comma. */
  rest: string;
  opening: boolean;
}

/**
 * The words of the clause that belong to its figure, before and after it: up to a clause break, another
 * figure or a subordinate clause, edge words trimmed. Undefined when the clause does not hold the figure.
 */
export function figureSides(clause: string, figure: string, isDate = false): FigureSides | undefined {
  // A parenthesis without figures is an aside ("storm Petra (known abroad as Hollis) reached ..."), not a break.
  const quote = clause.replace(/\([^()\d]*\)/g, ' ');
  const at = quote.indexOf(figure);
  if (at < 0) return undefined;
  const following = quote.slice(at + figure.length);
  // "In March, the ferry resumed": a date that opens its sentence before a comma dates the clause after it.
  const opening = isDate && /^\s*,/.test(following) && trimEdges(words(quote.slice(0, at))).length === 0;
  const rest = opening ? following.replace(/^\s*,/, '') : following;
  let afterWords = words(firstClause(rest, false));
  while (afterWords.length >= 2 && RATE.test(afterWords[0]) && RATE_NOUN.test(afterWords[1])) afterWords = afterWords.slice(2);
  // Another figure in the clause starts another figure's words: the label stops short of it.
  const nextFigure = afterWords.findIndex((w, i) => FIGURE.test(w) || (i > 0 && CONJUNCTION.test(afterWords[i - 1]) && NUMBER_WORD.test(w)));
  let afterOwn = nextFigure < 0 ? afterWords : afterWords.slice(0, nextFigure);
  // "climbed to 40 on Friday while crews checked the engines": a subordinate clause after the figure is about something else.
  const subordinate = afterOwn.findIndex((w) => SUBORDINATE.test(w));
  if (subordinate >= 0) afterOwn = afterOwn.slice(0, subordinate);
  if (nextFigure >= 0) {
    const conj = afterOwn.findIndex((w) => CONJUNCTION.test(w));
    if (conj >= 0) afterOwn = afterOwn.slice(0, conj);
  }
  let beforeWords = words(firstClause(quote.slice(0, at), true));
  let end: RangeEnd | undefined;
  const n = beforeWords.length;
  if (n >= 3 && RANGE_JOIN.test(beforeWords[n - 1]) && FIGURE.test(beforeWords[n - 2]) && RANGE_START.test(beforeWords[n - 3])) {
    // "... rate from 10% to [18%]": the words before "from" are this figure's too.
    beforeWords = beforeWords.slice(0, n - 3);
    end = 'to';
  } else if (afterWords.length >= 2 && RANGE_JOIN.test(afterWords[0]) && FIGURE.test(afterWords[1]) && n && RANGE_START.test(beforeWords[n - 1])) {
    end = 'from';
  }
  const lastFigure = beforeWords.map((w) => FIGURE.test(w)).lastIndexOf(true);
  const after = trimEdges(afterOwn).filter((w) => !AUXILIARY.test(w));
  const before = trimEdges(beforeWords.slice(lastFigure + 1)).filter((w) => !AUXILIARY.test(w));
  return { before, after, end, quote, at, rest, opening };
}

/**
 * Verbs that only join a sum to its subject ("Damage to roads now stood at", "Repairs came to a total of"):
 * the subject is what the figure is, the verb says nothing a reviewer needs. A verb of change ("rose")
 * stays, as it says what kind of figure it is.
 */
const LINKING =
  /^(?:reach(?:ed|es)?|stood|stands?|amount(?:ed|s)?|total(?:l?ed|s)?|came|comes?|hit|hits|topp?(?:ed|s)?|surpass(?:ed|es)?|exceed(?:ed|s)?|balloon(?:ed|s)?|put|now|total)$/i;
const LINKING_VERB = /^(?:reach|stood|stand|amount|total[a-z]|came|come|hit|top|surpass|exceed|balloon|put)/i;

function withoutLinkingVerb(ws: string[]): string[] {
  let j = ws.length;
  let verb = false;
  while (j > 0 && (LINKING.test(ws[j - 1]) || EDGE.test(ws[j - 1]))) {
    if (LINKING_VERB.test(ws[j - 1])) verb = true;
    j--;
  }
  return verb && j >= MIN_WORDS ? ws.slice(0, j) : ws;
}

/** A word that owns or determines the noun after a date used as a modifier ("Trump's", "the"). */
const POSSESSIVE = /^\p{L}[\p{L}.-]*['’]s?$/u;
const DETERMINER = /^(?:the|a|an|its|their|his|her|this|that)$/i;
const MAX_ATTRIBUTIVE = 4;

/**
 * A date that modifies a noun ("the mayor's 4 June speech", "the 2031 census") is the date of that noun: the
 * owner and the noun, up to the first function word, are the label ("Mayor's speech").
 */
function attributiveLabel(before: string[], after: string[]): LabelCandidate | undefined {
  const last = before[before.length - 1];
  if (!last || !(POSSESSIVE.test(last) || DETERMINER.test(last))) return undefined;
  const noun: string[] = [];
  for (const w of after) {
    if (noun.length >= MAX_ATTRIBUTIVE || EDGE.test(w) || AUXILIARY.test(w) || isTimeWord(w) || FIGURE.test(w) || !/^\p{Ll}/u.test(w)) break;
    noun.push(w);
  }
  if (!noun.length) return undefined;
  const ws = POSSESSIVE.test(last) ? [last, ...noun] : noun;
  if (ws.length < MIN_WORDS) return undefined;
  const text = ws.join(' ');
  return { text: text[0].toUpperCase() + text.slice(1), side: 'modified' };
}

/** A reporting verb at most three words after a date: "Trump on May 2 said", "On May 2, the agency confirmed". */
const SPEAKER_THEN_VERB = new RegExp(`^\\s*((?:[^\\s,;:]+\\s+){0,3}?)(${REPORTING.source})\\s+(.*)$`, 's');

/**
 * A date beside a reporting verb is the date of saying: who spoke, the verb and what was said are the label
 * ("Mayor confirmed the bridge will reopen"), where a figure's label would stop at the verb.
 */
function statementLabel(before: string, after: string): LabelCandidate | undefined {
  const m = SPEAKER_THEN_VERB.exec(after);
  if (!m) return undefined;
  const speaker = [...trimEdges(words(firstClause(before, true))).slice(-3), ...words(m[1])];
  const said = words(m[3].split(/[,;:()\u2014\u2013]|\s-\s/)[0] ?? '');
  const ws = trimEdges([...speaker, m[2], ...said].slice(0, MAX_WORDS));
  if (!trimEdges(speaker).length || ws.length < MIN_WORDS) return undefined;
  const text = ws.join(' ');
  return { text: text[0].toUpperCase() + text.slice(1), side: 'after' };
}

/**
 * A date whose own words say nothing is the date of what its clause says before it: of a statement ("the
 * agency said Tuesday": "Agency said"), or of a figure ("losses reached $3bn on Tuesday").
 */
function dateOfClause(before: string): LabelCandidate | undefined {
  const said = SAID_BEFORE.exec(before);
  const ws = said ? [...trimEdges(words(before.slice(0, said.index))).slice(-MAX_WORDS + 1), said[1]] : trimEdges(words(before));
  // A figure's clause needs its subject as well as its verb and figure: a few words more than a label.
  const picked = trimEdges(said ? ws : ws.slice(-(MAX_WORDS + 3)));
  if (picked.length < MIN_WORDS) return undefined;
  const text = picked.join(' ');
  return { text: text[0].toUpperCase() + text.slice(1), side: 'before' };
}

/** The label text a clause gives its figure: see labelCandidate. */
export function labelFromQuote(quote: string, figure: string, namedBefore = false, isDate = false): string | undefined {
  return labelCandidate(quote, figure, namedBefore, isDate)?.text;
}
