// The unit noun after a figure ("15,000 U.S. troops" -> 'troop', "300 km" -> 'kilometer'), read with the
// vocabulary in lexicon/units.ts.

import { ABBREVIATIONS, INVARIANT, IRREGULAR_PLURALS, MEASURES, UNITS, normalizeUnit, singularize } from '../lexicon/units';

// Extraction's callers (the matcher, the build) take the vocabulary from here with the readers.
export { convertUnit, isKnownUnit, normalizeUnit, singularize, unitFamily } from '../lexicon/units';

// ---------------------------------------------------------------- reading the unit after a figure

/** Function words: the figure has no unit noun if one of these comes first ("83 were killed"). */
const STOP = new Set([
  'a',
  'an',
  'the',
  'of',
  'in',
  'on',
  'at',
  'to',
  'from',
  'by',
  'for',
  'with',
  'without',
  'and',
  'or',
  'but',
  'nor',
  'as',
  'than',
  'that',
  'this',
  'these',
  'those',
  'which',
  'who',
  'whom',
  'whose',
  'what',
  'when',
  'where',
  'while',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  'am',
  'has',
  'have',
  'had',
  'do',
  'does',
  'did',
  'will',
  'would',
  'shall',
  'should',
  'can',
  'could',
  'may',
  'might',
  'must',
  'it',
  'its',
  'he',
  'she',
  'they',
  'them',
  'their',
  'his',
  'her',
  'we',
  'our',
  'you',
  'your',
  'i',
  'me',
  'my',
  'us',
  'per',
  'each',
  'every',
  'all',
  'some',
  'any',
  'no',
  'not',
  'most',
  'less',
  'least',
  'also',
  'only',
  'just',
  'still',
  'now',
  'then',
  'there',
  'here',
  'so',
  'such',
  'if',
  'into',
  'onto',
  'over',
  'under',
  'after',
  'before',
  'during',
  'since',
  'until',
  'about',
  'around',
  'between',
  'among',
  'against',
  'across',
  'through',
  'within',
  'out',
  'up',
  'down',
  'off',
  'again',
  'ago',
  'later',
  'earlier',
  'too',
  'very',
  'even',
  'yet',
  'away',
  'back',
  'apiece',
  'said',
  'says',
  'say',
  'told',
  'according',
  'including',
  'percent',
  'pct',
  'both',
  'either',
  'neither',
  'against',
  'via',
  'versus',
  'vs',
  'like',
  'unlike',
  'plus',
  'minus',
  'times',
  'time',
  'something',
  'someone',
  'anything',
  'nothing',
  'everything',
  'other',
  'another',
  'one',
  'ones',
  'themselves',
  'itself',
  'himself',
  'herself',
  'ourselves',
  'yourself',
  'more',
  'fewer',
  'many',
  'much',
  'few',
  'several',
  'own',
  'same',
  'last',
  'next',
  'first',
  'second',
  'third',
  'year-on-year',
  'respectively',
  'alone',
  'together',
  'overall',
  'total',
  'altogether',
  'instead',
  'however',
  'because',
  'although',
  'though',
  'unless',
  'whether',
  'how',
  'why',
  'whereas',
  'toward',
  'towards',
  'upon',
  'beyond',
  'above',
  'below',
  'near',
  'outside',
  'inside',
  'along',
  'amid',
  'amidst',
  'despite',
  'throughout',
  'onward',
  'thereafter',
  'today',
  'tonight',
  'yesterday',
  'tomorrow',
  'last',
  'latest',
  'dozens',
  'hundreds',
  'thousands',
  'millions',
  'billions',
]);

/**
 * A function word ("to", "than", "of", "at", "was"): never a name, so a number after it is not part of one even
 * when title case capitalises it ("Death Toll Rises To 40").
 */
export function isFunctionWord(word: string): boolean {
  return STOP.has(word.toLowerCase());
}

/** Counts with these words are still about the noun after them: "83 more deaths", "15,000 U.S. troops". */
const SKIP_ADJECTIVES = new Set([
  'more',
  'additional',
  'extra',
  'other',
  'new',
  'further',
  'fewer',
  'total',
  'confirmed',
  'reported',
  'suspected',
  'alleged',
  'known',
  'registered',
  'active-duty',
  'active',
  'armed',
  'foreign',
  'military',
  'naval',
  'strong',
  'odd',
  'large',
  'small',
  'big',
  'separate',
  'different',
  'young',
  'last',
  'first',
  'such',
  'american',
  'us',
  'u.s.',
  'u.s',
  'uk',
  'u.k.',
  'eu',
  'un',
  'u.n.',
  'nato',
  'federal',
  'national',
  'local',
  'regional',
  'international',
  'domestic',
  'official',
  'unofficial',
  'full-time',
  'part-time',
  'more than',
  'unarmed',
  'innocent',
  'elite',
  'special',
  'heavy',
  'light',
  'main',
  'major',
  'minor',
  'key',
  'senior',
  'junior',
  'former',
  'current',
  'active',
  'possible',
  'potential',
  'likely',
  'separate',
  'distinct',
  'individual',
  'similar',
  'identical',
  'fellow',
  'fresh',
  'previous',
  'consecutive',
  'straight',
  'successive',
  'successful',
  'failed',
  'deadly',
  'lethal',
  'fatal',
  'nonfatal',
  'non-fatal',
  'documented',
  'recorded',
  'verified',
  'unverified',
]);

/** Words that look like nouns to the suffix rules but are verbs, adverbs or adjectives after a figure. */
const NOT_NOUN_SUFFIX = /(?:ly|ed|ing)$/;

const WORD_AT = /(?:[A-Z]\.){2,}|[\p{L}][\p{L}'’]*(?:-[\p{L}]+)*/uy;
const GAP_AT = /[ \t\u00a0]+|-|[ \t\u00a0]*\n[ \t\u00a0]*/y;
const ABBREV_AT = /(?:km\/h|km²|m²|[°º][CF]|°|[A-Za-z]+\d?)(?![\p{L}\p{N}])/uy;

export interface UnitMatch {
  /** The canonical unit: 'troop', 'kilometer'. */
  unit: string;
  /** Span of the unit word(s) as written. */
  start: number;
  end: number;
  /** The unit is in this module's lexicon (not merely a noun that followed the figure). */
  known: boolean;
}

interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
}

function wordAt(text: string, pos: number): Word | undefined {
  WORD_AT.lastIndex = pos;
  const m = WORD_AT.exec(text);
  if (!m) return undefined;
  return { text: m[0], lower: m[0].toLowerCase(), start: pos, end: pos + m[0].length };
}

function wordAfter(text: string, pos: number): Word | undefined {
  GAP_AT.lastIndex = pos;
  const g = GAP_AT.exec(text);
  if (!g) return undefined;
  return wordAt(text, pos + g[0].length);
}

function lexiconUnit(phrase: string): string | undefined {
  const unit = normalizeUnit(phrase);
  return UNITS.has(unit) ? unit : undefined;
}

function isMeasure(unit: string): boolean {
  const family = UNITS.get(unit)?.family;
  return family !== undefined && family in MEASURES;
}

/** A unit abbreviation exactly at `pos` (glued "300km" or spaced "300 km"). */
export function abbreviationAt(text: string, pos: number): UnitMatch | undefined {
  ABBREV_AT.lastIndex = pos;
  const m = ABBREV_AT.exec(text);
  if (!m) return undefined;
  // "sq km", "sq mi": two-part abbreviations.
  if (m[0] === 'sq') {
    const next = /^ (km|mi|ft|m)(?![\p{L}\p{N}])/u.exec(text.slice(pos + 2, pos + 6));
    if (next) return { unit: ABBREVIATIONS[`sq ${next[1]}`] ?? normalizeUnit(`sq ${next[1]}`), start: pos, end: pos + 2 + next[0].length, known: true };
  }
  const unit = ABBREVIATIONS[m[0]];
  return unit ? { unit, start: pos, end: pos + m[0].length, known: true } : undefined;
}

/**
 * The unit noun after a figure ending at `from`: skips a few adjectives ("15,000 U.S. troops",
 * "83 more deaths", "300 Venezuelan soldiers"), takes two-word units ("square kilometers",
 * "service members"), and otherwise the first noun-like word. Undefined when a function word or
 * punctuation comes first ("83 were killed", "15,000.").
 */
export function readUnit(text: string, from: number): UnitMatch | undefined {
  GAP_AT.lastIndex = from;
  const gap = GAP_AT.exec(text);
  if (!gap) return undefined;
  const first = from + gap[0].length;
  const abbrev = abbreviationAt(text, first);
  if (abbrev) return abbrev;
  const hyphenated = gap[0] === '-';
  let w = wordAt(text, first);
  for (let looked = 0; w && looked < 3; looked++) {
    if (STOP.has(w.lower) && !SKIP_ADJECTIVES.has(w.lower)) return undefined;
    // An age: "a 15-year-old" counts years.
    const age = /^(\p{L}+)-olds?$/u.exec(w.lower);
    if (age) return unitOf(w, normalizeUnit(age[1]));
    const next = wordAfter(text, w.end);
    // Rates: "96 miles per hour", "5 kilometres an hour".
    const rate = next && /^(?:per|an?)$/.test(next.lower) ? wordAfter(text, next.end) : undefined;
    const three = rate && lexiconUnit(`${w.lower} ${next!.lower} ${rate.lower}`);
    if (three) return { unit: three, start: w.start, end: rate.end, known: true };
    if (next) {
      const two = lexiconUnit(`${w.lower} ${next.lower}`);
      if (two) return { unit: two, start: w.start, end: next.end, known: true };
    }
    const nextIsNoun = next !== undefined && isNounLike(next);
    const known = lexiconUnit(w.text);
    // An adverb or participle ends the search: "83 quickly left", "83 killed" aside (a known unit).
    if (!known && !SKIP_ADJECTIVES.has(w.lower) && !isNounLike(w)) return undefined;
    const plural = w.lower !== singularize(w.lower);
    const modifier = (): boolean => {
      if (!next || !nextIsNoun) return false;
      if (SKIP_ADJECTIVES.has(w!.lower)) return true;
      // "10-point plan": the hyphenated word is the unit, whatever follows.
      if (hyphenated && looked === 0) return false;
      if (/^\p{Lu}/u.test(w!.text) && !known) return true; // "U.S. troops", "Venezuelan soldiers"
      if (plural) return false;
      // A singular noun before another noun modifies it: "boat strikes", "civilian deaths", "combat units".
      return known ? !isMeasure(known) && lexiconUnit(next.text) !== undefined : true;
    };
    if (modifier()) {
      w = next;
      continue;
    }
    if (known) return unitOf(w, known, true);
    if (/^\p{Lu}/u.test(w.text)) {
      // A plural demonym ("300 Venezuelans") is a count; another capitalised word is a name ("Boeing 737 Max").
      return plural && w.lower.length > 3 ? unitOf(w, singularize(w.lower)) : undefined;
    }
    return isNounLike(w) ? unitOf(w, normalizeUnit(w.lower)) : undefined;
  }
  return undefined;
}

function isNounLike(w: Word): boolean {
  return !STOP.has(w.lower) && !NOT_NOUN_SUFFIX.test(w.lower) && w.lower.length >= 2 && /^[\p{L}]/u.test(w.lower);
}

function unitOf(w: Word, unit: string, known = UNITS.has(unit)): UnitMatch {
  return { unit, start: w.start, end: w.end, known };
}

// ---------------------------------------------------------------- writing a unit back

/** Singulars whose plural is irregular, the reverse of IRREGULAR_PLURALS where that is unambiguous. */
const IRREGULAR_SINGULARS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(IRREGULAR_PLURALS)
    .filter(([plural, single]) => plural !== single)
    .map(([plural, single]) => [single, plural]),
);

/** Compound units whose plural is not the plural of their last word. */
const PLURAL_COMPOUNDS: Readonly<Record<string, string>> = {
  'degree celsius': 'degrees celsius',
  'degree fahrenheit': 'degrees fahrenheit',
  'passer-by': 'passers-by',
};

/**
 * The plural of a canonical unit, as a fact table writes it (`unit: troops`, `unit: people`): 'troop' -> 'troops',
 * 'person' -> 'people', 'mile per hour' -> 'miles per hour'. normalizeUnit() reads every result back to the unit.
 */
export function pluralUnit(unit: string): string {
  const u = unit.toLowerCase();
  if (PLURAL_COMPOUNDS[u]) return PLURAL_COMPOUNDS[u];
  if (IRREGULAR_SINGULARS[u]) return IRREGULAR_SINGULARS[u];
  const per = u.indexOf(' per ');
  if (per > 0) return `${pluralUnit(u.slice(0, per))}${u.slice(per)}`;
  if (INVARIANT.has(u) || u === 'crew' || u === 'dead' || u === 'killed') return u;
  const sp = Math.max(u.lastIndexOf(' '), u.lastIndexOf('-'));
  const head = u.slice(sp + 1);
  const lead = u.slice(0, sp + 1);
  if (IRREGULAR_SINGULARS[head]) return lead + IRREGULAR_SINGULARS[head];
  if (/[^aeiou]y$/.test(head)) return `${lead}${head.slice(0, -1)}ies`;
  if (/(?:s|x|z|ch|sh)$/.test(head)) return `${lead}${head}es`;
  return `${lead}${head}s`;
}
