// What the words around a number or a name say about it: a count ("2000 people"), an event ("the 2024 election"),
// a time preposition ("in 1990", "by 2030"), the start of a sentence, a capitalised name.

import { MONTH_ABBREVIATIONS } from './patterns';

/** Words before a bare year or month that make the time reading the likely one. */
const TIME_PREPOSITIONS = new Set([
  'in',
  'since',
  'until',
  'till',
  'before',
  'after',
  'during',
  'through',
  'throughout',
  'circa',
  'around',
  'between',
  'from',
  'by',
  'of',
]);
/** Nouns that, before "of", make the following year or month a time: "the summer of 2019", "the end of March". */
const TEMPORAL_OF = new Set([
  'end',
  'beginning',
  'start',
  'middle',
  'rest',
  'half',
  'part',
  'spring',
  'summer',
  'autumn',
  'fall',
  'winter',
  'course',
  'months',
  'weeks',
  'days',
  'class',
  'ides',
  'first',
  'last',
  'year',
  'month',
  'quarter',
  'session',
]);
/** Nouns a year or month often qualifies: "the 2024 election", "the November vote". */
const EVENT_NOUNS = new Set([
  'election',
  'elections',
  're-election',
  'reelection',
  'by-election',
  'census',
  'budget',
  'season',
  'campaign',
  'olympics',
  'olympic',
  'games',
  'cup',
  'championship',
  'championships',
  'tournament',
  'primary',
  'primaries',
  'midterm',
  'midterms',
  'vote',
  'referendum',
  'crisis',
  'war',
  'survey',
  'poll',
  'report',
  'edition',
  'summit',
  'conference',
  'festival',
  'uprising',
  'coup',
  'earthquake',
  'hurricane',
  'flood',
  'floods',
  'invasion',
  'revolution',
  'massacre',
  'recession',
  'inauguration',
  'ceasefire',
  'agreement',
  'accord',
  'treaty',
  'law',
  'act',
  'cycle',
  'ballot',
  'debate',
  'protests',
  'quake',
  'tsunami',
  'eruption',
  'famine',
  'pandemic',
  'transition',
  'riots',
]);
/**
 * Event nouns that also take a count after "of": "a poll of 2000" is two thousand people asked, "a budget of 2000"
 * an amount; "the war of 1812", "the quake of 2004" are times.
 */
const COUNTED_AFTER_OF = new Set(['survey', 'poll', 'budget', 'vote', 'ballot', 'report', 'edition', 'cycle', 'law', 'act']);
/** Event nouns that are also common count nouns: they only count when capitalised (the 2022 World Cup, 2000 cups). */
const CAPITALISED_EVENT_NOUNS = new Set(['games', 'cup', 'act']);
const ADJECTIVE_ENDING = /(?:al|ary|ive|ic|ian|ern|ese|ish|term|wide|state|snap|special|annual)$/;
/** Words after a number that show it counts things rather than naming a year. */
const COUNT_WORDS = new Set([
  'people',
  'men',
  'women',
  'children',
  'staff',
  'police',
  'personnel',
  'feet',
  'more',
  'fewer',
  'less',
  'other',
  'of',
  'per',
  'percent',
  'million',
  'billion',
  'thousand',
  'hundred',
  'km',
  'kg',
  'mi',
  'ft',
  'lb',
  'm',
  'cm',
  'mm',
  'new',
]);
const S_WORDS_NOT_PLURAL = new Set([
  'this',
  'thus',
  'always',
  'was',
  'has',
  'its',
  'his',
  'hers',
  'ours',
  'yours',
  'theirs',
  'whereas',
  'perhaps',
  'plus',
  'unless',
  'besides',
  'is',
  'as',
  'us',
  'yes',
  'news',
  'across',
  'nevertheless',
  'regardless',
  'sometimes',
  'afterwards',
]);
/** Before "by", these make the number a difference ("rose by 2000"), not a deadline ("by 2030"). */
const CHANGE_VERB =
  /^(?:increas|decreas|ris|rose|fell|fall|grew|grow|drop|cut|reduc|declin|jump|climb|slip|shr[iu]nk|expand|w[oi]n|los|lead|led|trail|exceed|outnumber|rais|lower|boost|surg|gain|plung|slump|tumbl|swell|soar|sank|sink|dip|edg|beat|up$|down$|margin)/;

const ABBREVIATIONS_BEFORE_PERIOD = new Set([
  ...MONTH_ABBREVIATIONS.map((a) => a.toLowerCase()),
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'jr',
  'sr',
  'gen',
  'gov',
  'sen',
  'rep',
  'no',
  'vs',
  'prof',
  'lt',
  'col',
  'sgt',
  'capt',
  'u.s',
  'u.k',
]);

interface WordAt {
  word: string;
  start: number;
}

/** The word ending just before `index` (across spaces only), if any. */
export function wordBefore(text: string, index: number): WordAt | undefined {
  const m = /([A-Za-z][A-Za-z'’.-]*)[ \t\u00a0]*$/.exec(text.slice(Math.max(0, index - 40), index));
  if (!m) return undefined;
  const word = m[1].replace(/[.'’]+$/, '');
  return { word, start: index - m[0].length };
}

export function isCapitalised(word: string): boolean {
  return /^[A-Z]/.test(word);
}

/** A sentence (or heading, or quotation) begins at `index`: what precedes is terminal punctuation, an opening mark or a line start. */
export function isSentenceStart(text: string, index: number): boolean {
  let i = index - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '\u00a0')) i--;
  if (i < 0) return true;
  const c = text[i];
  if (c === '\n' || c === '\r' || /["“‘'([—–:#*>-]/.test(c)) return true;
  if (c === '!' || c === '?') return true;
  if (c === '.') {
    const w = wordBefore(text, i + 1);
    return !w || !ABBREVIATIONS_BEFORE_PERIOD.has(w.word.toLowerCase());
  }
  return false;
}

/** Whether the words after a number show it counts something ("2000 people", "2019 votes", "2000%"). */
export function followsCount(after: string): boolean {
  if (/^[ \t]*(?:%|[-–]?[ \t]*per[ \t]?cent\b)/.test(after) || /^[.,]\d/.test(after)) return true;
  const m = /^[ \t\u00a0]+([a-z][a-z'-]*)/.exec(after);
  if (!m) return false;
  const w = m[1];
  if (COUNT_WORDS.has(w)) return true;
  return w.length >= 4 && w.endsWith('s') && !w.endsWith('ss') && !S_WORDS_NOT_PLURAL.has(w);
}

/** Like followsCount, but only for words that are always counted ("people", "percent"), not any plural. */
function followsCountWord(after: string): boolean {
  const m = /^[ \t\u00a0]+([a-z][a-z'-]*)/.exec(after);
  return (m !== null && COUNT_WORDS.has(m[1]) && m[1] !== 'new') || /^[ \t]*%/.test(after);
}

/**
 * "24 of them", "24 of the 30 ships": "of" after a number takes a part of a counted whole. Other words after it
 * ("warned on November 24 of a worsening crisis", "March 3 of this year") make the number a day after a month.
 */
const PARTITIVE_OF =
  /^[ \t\u00a0]+of[ \t\u00a0]+(?:(?:the|its|their|our|his|her|those|these)[ \t\u00a0]+)?(?:\d|them\b|those\b|these\b|us\b|you\b|which\b|whom\b|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|dozen)\b)/i;

/** Like followsCountWord, for a number after a month name: there "of" counts only a part of a whole. */
export function followsCountWordAfterMonth(after: string): boolean {
  if (!/^[ \t\u00a0]+of\b/.test(after)) return followsCountWord(after);
  return PARTITIVE_OF.test(after);
}

/** Whether an event noun follows, possibly after one or two adjectives ("2024 presidential election", "2022 World Cup"). */
export function eventNounFollows(after: string): boolean {
  const m = /^(?:['’]s)?(?:[ \t\u00a0]+[A-Za-z][A-Za-z-]*){1,3}/.exec(after);
  if (!m) return false;
  const words = m[0]
    .replace(/^['’]s/, '')
    .trim()
    .split(/[ \t\u00a0]+/);
  for (const word of words) {
    const w = word.toLowerCase();
    if (EVENT_NOUNS.has(w) && (!CAPITALISED_EVENT_NOUNS.has(w) || isCapitalised(word))) return true;
    if (!(isCapitalised(word) || ADJECTIVE_ENDING.test(w)) || w.endsWith('s')) return false;
  }
  return false;
}

/** A connector ("to", "and", "-") that continues a list or range whose previous item was a date: "from 2019 to 2021". */
export function continuesDates(text: string, connector: WordAt | undefined, accepted: Set<number>): boolean {
  if (!connector || !/^(?:to|and|or|until|till|through)$/i.test(connector.word)) return false;
  const before = text.slice(0, connector.start).replace(/[ \t\u00a0,]+$/, '');
  return accepted.has(before.length);
}

/** Whether the word before a bare year or month makes the time reading likely. */
export function timePrepositionBefore(text: string, index: number, after: string): boolean {
  const prev = wordBefore(text, index);
  if (!prev) return false;
  const w = prev.word.toLowerCase();
  if (!TIME_PREPOSITIONS.has(w)) return false;
  if (w === 'of') {
    const noun = (wordBefore(text, prev.start)?.word ?? '').toLowerCase();
    return TEMPORAL_OF.has(noun) || (EVENT_NOUNS.has(noun) && !COUNTED_AFTER_OF.has(noun) && !CAPITALISED_EVENT_NOUNS.has(noun));
  }
  if (w === 'by') return !CHANGE_VERB.test((wordBefore(text, prev.start)?.word ?? '').toLowerCase());
  if (w === 'from' || w === 'between') {
    // "from 1900 to 2000 people" is a count range; "from 2019 to 2021" is a year range.
    const r = /^[ \t]*(?:to|and|until|through|-|–)[ \t]*(\d+(?:[,.]\d+)*)/.exec(after);
    if (!r) return true;
    return /^(?:1[89]\d\d|20\d\d|2100)$/.test(r[1]) && !followsCount(after.slice(r[0].length));
  }
  if (w === 'around') return false;
  return true;
}

/**
 * Verbs that move a time limit: what they move something "to" is a time ("extended by two years, to 2032",
 * "postponed to 2027"), where after another verb "to" is as often a count ("rose to 2000").
 */
const MOVES_A_LIMIT =
  /(?<![A-Za-z])(?:extend(?:s|ed|ing)?|extension|prolong(?:s|ed|ing)?|postpon(?:e|es|ed|ing)|delay(?:s|ed|ing)?|defer(?:s|red|ring)?|(?:push(?:es|ed|ing)?|put(?:s|ting)?) back|(?:bring(?:s|ing)?|brought) forward)(?![A-Za-z])/i;

/** "to" before `index` ends a clause (commas allowed, no sentence break) whose verb moves a time limit. */
export function limitMovedTo(text: string, index: number): boolean {
  const prev = wordBefore(text, index);
  if (!prev || prev.word.toLowerCase() !== 'to') return false;
  const clause = /[^.;:!?\n]*$/.exec(text.slice(Math.max(0, prev.start - 60), prev.start))?.[0] ?? '';
  return MOVES_A_LIMIT.test(clause);
}
