// English number words, both ways: reading "eighty-three", "one hundred and twelve", "half a million",
// and writing 15000 as "fifteen thousand" for a replacement in a draft that spells its numbers out.
// Scale words and suffixes ("million", "mn", "bn", "k") live here too, because reading a figure and
// writing one back must agree on what each of them multiplies by.

const SMALL: Readonly<Record<string, number>> = {
  zero: 0,
  nought: 0,
  naught: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};

const TENS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** Powers of ten of the scale words a spelled-out number may use (lakh and crore: Indian English). */
const SCALE_WORDS: Readonly<Record<string, number>> = {
  thousand: 3,
  million: 6,
  billion: 9,
  trillion: 12,
  lakh: 5,
  lakhs: 5,
  crore: 7,
  crores: 7,
};

/** A dozen, written out or abbreviated ("3 doz", "five dzs"). */
const DOZEN_WORDS = new Set(['dozen', 'dozens', 'doz', 'dozs', 'dz', 'dzs']);

/**
 * Denominators of fractions. A fraction on its own ("two thirds of members") is a share of something else and
 * is not read as a figure; it is read only as part of one: "one and a half", "three and a quarter",
 * "half a million", "two thirds of a million", "five billion and three quarters".
 */
const DENOMINATORS: Readonly<Record<string, number>> = {
  half: 2,
  halves: 2,
  third: 3,
  thirds: 3,
  quarter: 4,
  quarters: 4,
  fourth: 4,
  fourths: 4,
  fifth: 5,
  fifths: 5,
  sixth: 6,
  sixths: 6,
  seventh: 7,
  sevenths: 7,
  eighth: 8,
  eighths: 8,
  ninth: 9,
  ninths: 9,
  tenth: 10,
  tenths: 10,
  eleventh: 11,
  elevenths: 11,
  twelfth: 12,
  twelfths: 12,
  twentieth: 20,
  twentieths: 20,
  thirtieth: 30,
  thirtieths: 30,
  fortieth: 40,
  fortieths: 40,
  fiftieth: 50,
  fiftieths: 50,
  sixtieth: 60,
  sixtieths: 60,
  seventieth: 70,
  seventieths: 70,
  eightieth: 80,
  eightieths: 80,
  ninetieth: 90,
  ninetieths: 90,
  hundredth: 100,
  hundredths: 100,
  thousandth: 1000,
  thousandths: 1000,
};

export const ONES = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
export const TENS_WORDS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const SCALES_DESC: ReadonlyArray<[string, number]> = [
  ['trillion', 12],
  ['billion', 9],
  ['million', 6],
  ['thousand', 3],
];

/** The ordinals of one to nineteen, in order. */
export const SMALL_ORDINALS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
];

/** Ordinals glued to a number word by a hyphen make a rank ("twenty-first"), not a count. */
const ORDINALS = new Set([
  ...SMALL_ORDINALS,
  'twentieth',
  'thirtieth',
  'fortieth',
  'fiftieth',
  'sixtieth',
  'seventieth',
  'eightieth',
  'ninetieth',
  'hundredth',
  'thousandth',
  'millionth',
  'billionth',
]);

/** Denominators: "two thirds", "one-fifth" are fractions, which this extractor does not claim. */
const FRACTIONS = new Set([
  'half',
  'halves',
  'third',
  'thirds',
  'fourth',
  'fourths',
  'fifth',
  'fifths',
  'sixth',
  'sixths',
  'seventh',
  'sevenths',
  'eighth',
  'eighths',
  'ninth',
  'ninths',
  'tenth',
  'tenths',
  'hundredth',
  'hundredths',
  'thousandth',
  'thousandths',
]);

/** Words that can begin a spelled-out number ("a", "half" and "quarter" only ahead of a scale: "a million", "half a dozen", "quarter million"). */
export const NUMBER_WORD_START = new RegExp(
  `(?<![\\p{L}\\p{N}'’-])(?:${[...Object.keys(SMALL), ...Object.keys(TENS), 'a', 'half', 'quarter'].join('|')})(?![\\p{L}\\p{N}'’])`,
  'giu',
);

export function isNumberWord(word: string): boolean {
  const w = word.toLowerCase();
  return w in SMALL || w in TENS || w in SCALE_WORDS || w === 'hundred' || DOZEN_WORDS.has(w);
}

// ---------------------------------------------------------------- scale suffixes after digits

/**
 * Scale words and suffixes written after digits, with the power of ten they stand for.
 * Keys are matched case-sensitively first ("M" million, "m" ambiguous with metres), then lower-cased.
 */
const SCALE_SUFFIXES: Readonly<Record<string, number>> = {
  hundred: 2,
  ...SCALE_WORDS,
  k: 3,
  K: 3,
  m: 6,
  M: 6,
  mn: 6,
  Mn: 6,
  mln: 6,
  mil: 6,
  MM: 6,
  b: 9,
  B: 9,
  bn: 9,
  Bn: 9,
  bln: 9,
  tn: 12,
  trn: 12,
  tln: 12,
  T: 12,
};

/** The power of ten a scale word or suffix multiplies by ('million' -> 6, 'bn' -> 9), or undefined. */
export function scaleExponent(scale: string): number | undefined {
  const s = scale.trim();
  return SCALE_SUFFIXES[s] ?? SCALE_SUFFIXES[s.toLowerCase()];
}

/**
 * What a scale as written multiplies by: 1e6 for 'million', 12 for 'dozen', 1e12 for 'lakh crore'
 * (stacked scales multiply). Undefined for anything that is not a scale.
 */
export function scaleFactor(scale: string): number | undefined {
  const parts = scale.trim().split(/[\s\u00a0-]+/);
  let factor = 1;
  for (const p of parts) {
    if (DOZEN_WORDS.has(p.toLowerCase())) factor *= 12;
    else {
      const e = scaleExponent(p);
      if (e === undefined) return undefined;
      factor *= 10 ** e;
    }
  }
  return factor;
}

// ---------------------------------------------------------------- reading

export interface WordNumber {
  value: number;
  start: number;
  end: number;
  /** The largest scale word written ('million' in "two million three hundred"), as written. */
  scale?: string;
  /** How many number words were read: a bare "one" is 1. */
  words: number;
}

export type WordScan = WordNumber | { rejected: true; end: number };

interface Token {
  word: string;
  text: string;
  start: number;
  end: number;
  /** The separator before this token was a hyphen. */
  hyphen: boolean;
}

const WORD_RE = /[A-Za-z]+/y;
// Spaces, a hyphen ("eighty-three", "fifty - two"), or a single line break (wrapped paragraphs).
const SEP_RE = /[ \t\u00a0]*-[ \t\u00a0]*|[ \t\u00a0]*\n[ \t\u00a0]*|[ \t\u00a0]+/y;

function readToken(text: string, pos: number, hyphen: boolean): Token | undefined {
  WORD_RE.lastIndex = pos;
  const m = WORD_RE.exec(text);
  if (!m) return undefined;
  const end = pos + m[0].length;
  if (end < text.length && /[\p{L}\p{N}'’]/u.test(text[end])) return undefined;
  return { word: m[0].toLowerCase(), text: m[0], start: pos, end, hyphen };
}

function nextToken(text: string, after: number): Token | undefined {
  SEP_RE.lastIndex = after;
  const sep = SEP_RE.exec(text);
  if (!sep || sep[0].length === 0) return undefined;
  return readToken(text, after + sep[0].length, sep[0].includes('-'));
}

const VOCABULARY = new Set([
  ...Object.keys(SMALL),
  ...Object.keys(TENS),
  ...Object.keys(SCALE_WORDS),
  ...Object.keys(DENOMINATORS),
  ...DOZEN_WORDS,
  'hundred',
  'a',
  'and',
  'half',
  'point',
  'of',
]);

function tokensFrom(text: string, from: number): { tokens: Token[]; following?: Token } {
  const tokens: Token[] = [];
  let tok = readToken(text, from, false);
  while (tok && VOCABULARY.has(tok.word) && tokens.length < 40) {
    tokens.push(tok);
    tok = nextToken(text, tok.end);
  }
  return { tokens, following: tok };
}

interface Segment {
  units: boolean;
  teen: boolean;
  tens: boolean;
  hundred: boolean;
}

const EMPTY_SEGMENT: Segment = { units: false, teen: false, tens: false, hundred: false };
/** Nothing more may be added below the scale: after a fraction ("five and a half") only a scale word may follow. */
const FULL_SEGMENT: Segment = { units: true, teen: true, tens: true, hundred: true };

/** A number below 100 in words at `i` ("seven", "eleven", "seventy-one"), with the index after it. */
function below100At(tokens: Token[], i: number): { value: number; next: number } | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  if (t.word in SMALL) return { value: SMALL[t.word], next: i + 1 };
  if (!(t.word in TENS)) return undefined;
  const u = tokens[i + 1];
  const unit = u && u.word in SMALL ? SMALL[u.word] : 0;
  return unit > 0 && unit < 10 ? { value: TENS[t.word] + unit, next: i + 2 } : { value: TENS[t.word], next: i + 1 };
}

/**
 * A fraction at `i`: "a half", "one fifth", "three quarters", "twenty-one hundredths", or a bare "half" or
 * "quarter" (which only a scale may follow: "half million"). Its value and the index after it.
 */
function fractionAt(tokens: Token[], i: number): { value: number; next: number } | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  if (t.word === 'half' || t.word === 'quarter') return { value: 1 / DENOMINATORS[t.word], next: i + 1 };
  const num = t.word === 'a' ? { value: 1, next: i + 1 } : below100At(tokens, i);
  if (!num || num.value === 0) return undefined;
  const d = tokens[num.next];
  const den = d ? DENOMINATORS[d.word] : undefined;
  // "a quarters" is not English; "three quarter" is a slip worth reading.
  if (den === undefined || (t.word === 'a' && d.word.endsWith('s'))) return undefined;
  return { value: num.value / den, next: num.next + 1 };
}

/** After a fraction at the start: "of a" or "a" before a scale ("two thirds of a million", "half a billion"). */
function scaleAfterFraction(tokens: Token[], i: number): { exponent: number; index: number } | undefined {
  let j = i;
  if (tokens[j]?.word === 'of' && tokens[j + 1]?.word === 'a') j += 2;
  else if (tokens[j]?.word === 'a') j += 1;
  const t = tokens[j];
  return t && t.word in SCALE_WORDS ? { exponent: SCALE_WORDS[t.word], index: j } : undefined;
}

/**
 * Reads the longest well-formed spelled-out number starting at `from` (which must start a word).
 * The grammar is the ordinary English one: "five six" stops after "five"; scales must shrink
 * ("two thousand and two hundred"); "and" must lead to more number; "a" and "half" need a scale.
 * Returns `rejected` for fractions and ordinals ("two-thirds", "twenty-first") so the caller skips them.
 */
export function scanNumberWords(text: string, from: number): WordScan | undefined {
  const { tokens, following } = tokensFrom(text, from);
  const best = readNumber(tokens);
  if (!best) return undefined;
  const last = tokens[best.idx];
  const after = best.idx + 1 < tokens.length ? tokens[best.idx + 1] : following;
  if (after && isFractionOrOrdinal(after, last)) return { rejected: true, end: after.end };
  return { value: best.value, start: from, end: last.end, scale: best.scale, words: best.idx + 1 };
}

/** The longest well-formed number at the start of `tokens`: the index of its last token, its value and largest scale. */
function readNumber(tokens: Token[]): { idx: number; value: number; scale?: string } | undefined {
  let total = 0;
  let cur = 0;
  let seg: Segment = { ...EMPTY_SEGMENT };
  let lastScale = Infinity;
  let pendingA = false; // "a" read: needs hundred/thousand/.../dozen
  let half = false; // "half" read: needs a scale
  let zero = false;
  let scaleWord: string | undefined;
  let best: { idx: number; value: number; scale?: string } | undefined;
  // The amount the last scale word added, so a stacked scale ("lakh crore", "thousand million") multiplies it.
  let lastAdded = 0;
  let first = 0;

  // "half a million", "a quarter million", "three quarters billion", "two thirds of a million".
  const lead = fractionAt(tokens, 0);
  const leadScale = lead ? scaleAfterFraction(tokens, lead.next) : undefined;
  if (lead && leadScale) {
    total = lastAdded = lead.value * 10 ** leadScale.exponent;
    lastScale = leadScale.exponent;
    scaleWord = tokens[leadScale.index].text;
    best = { idx: leadScale.index, value: total, scale: scaleWord };
    first = leadScale.index + 1;
  }

  for (let i = first; i < tokens.length; i++) {
    const t = tokens[i];
    const w = t.word;
    let ok = true;
    let stop = false;
    if (zero && w !== 'point') break;
    if (w === 'point') {
      // "two point five million": single digit words after "point" are decimals; only a scale may follow.
      let digits = '';
      let j = i + 1;
      while (j < tokens.length && tokens[j].word in SMALL && SMALL[tokens[j].word] < 10) digits += SMALL[tokens[j++].word];
      // "point seventy-one", "point eleven": a number below 100 said whole stands for its digits.
      const whole = digits ? undefined : below100At(tokens, i + 1);
      if (whole && whole.value >= 10) {
        digits = String(whole.value);
        j = whole.next;
      }
      if (!digits || pendingA || half || !(cur > 0 || zero) || cur % 1 !== 0) break;
      cur = Number(`${cur}.${digits}`);
      zero = false;
      seg = { units: true, teen: true, tens: true, hundred: true };
      i = j - 1;
      best = { idx: i, value: total + cur, scale: scaleWord };
      continue;
    }
    if (w === 'a') {
      if (i === 0 || (half && i === 1)) pendingA = true;
      else ok = false;
    } else if (w === 'half') {
      if (i === 0) half = true;
      else ok = false;
    } else if (w === 'and') {
      // "one and a half", "one hundred and twelve", "two thousand and two hundred".
      const n1 = tokens[i + 1];
      const frac = fractionAt(tokens, i + 1);
      if (frac && frac.value < 1 && (cur > 0 || total > 0) && cur % 1 === 0 && !pendingA && !half && !zero) {
        i = frac.next - 1;
        if (cur > 0) {
          // "five and a quarter", "five and a half million": the fraction joins the units.
          cur += frac.value;
          seg = { ...FULL_SEGMENT };
          best = { idx: i, value: total + cur, scale: scaleWord };
          continue;
        }
        // After a scale, the fraction is of the next scale written, else of the last: "one billion and a half
        // million" is 1,000,500,000; "three million and a half" is 3,500,000.
        const next = tokens[frac.next];
        const nextScale = next && next.word in SCALE_WORDS && SCALE_WORDS[next.word] < lastScale ? SCALE_WORDS[next.word] : undefined;
        if (nextScale !== undefined) i = frac.next;
        total += frac.value * 10 ** (nextScale ?? lastScale);
        best = { idx: i, value: total, scale: scaleWord };
        break;
      }
      const prev = tokens[i - 1]?.word;
      ok =
        (prev === 'hundred' || (prev !== undefined && prev in SCALE_WORDS)) && n1 !== undefined && (n1.word in SMALL || n1.word in TENS) && n1.word !== 'zero';
      if (ok) continue;
    } else if (w in SMALL) {
      const v = SMALL[w];
      if (v === 0) {
        ok = i === 0;
        zero = ok;
      } else if (v < 10) {
        ok = !seg.units && !seg.teen && !pendingA && !half;
        if (ok) {
          cur += v;
          seg = { ...seg, units: true };
        }
      } else {
        ok = !seg.units && !seg.teen && !seg.tens && !pendingA && !half;
        if (ok) {
          cur += v;
          seg = { ...seg, teen: true };
        }
      }
    } else if (w in TENS) {
      ok = !seg.units && !seg.teen && !seg.tens && !pendingA && !half;
      if (ok) {
        cur += TENS[w];
        seg = { ...seg, tens: true };
      }
    } else if (w === 'hundred') {
      if (pendingA) {
        cur = 100;
        pendingA = false;
        seg = { ...EMPTY_SEGMENT, hundred: true };
      } else {
        ok = !half && cur >= 1 && cur < 100 && cur % 1 === 0 && !seg.hundred && lastScale > 2;
        if (ok) {
          cur *= 100;
          seg = { ...EMPTY_SEGMENT, hundred: true };
        }
      }
    } else if (w in SCALE_WORDS) {
      const e = SCALE_WORDS[w];
      const count = half ? 0.5 : pendingA ? 1 : cur;
      const prevWord = tokens[i - 1]?.word;
      if (count === 0 && prevWord !== undefined && prevWord in SCALE_WORDS && lastAdded > 0) {
        // Stacked scales multiply: "three lakh crore", "a thousand million".
        total += lastAdded * (10 ** e - 1);
        lastAdded *= 10 ** e;
        lastScale += e;
        best = { idx: i, value: total, scale: scaleWord };
        continue;
      }
      ok = count > 0 && e < lastScale;
      if (ok) {
        lastAdded = Number(`${count}e${e}`);
        total += lastAdded;
        cur = 0;
        lastScale = e;
        pendingA = false;
        half = false;
        seg = { ...EMPTY_SEGMENT };
        if (scaleWord === undefined) scaleWord = t.text;
      }
    } else if (DOZEN_WORDS.has(w)) {
      const count = half ? 0.5 : pendingA ? 1 : cur;
      ok = count > 0 && count < 100 && (w === 'dozen' || w === 'doz' || w === 'dz' || count > 1) && total === 0;
      if (ok) {
        cur = count * 12;
        pendingA = false;
        half = false;
        stop = true;
      }
    } else {
      ok = false;
    }
    if (!ok) break;
    if (!pendingA && !half && (cur > 0 || total > 0 || zero)) best = { idx: i, value: total + cur, scale: scaleWord };
    if (stop) break;
  }
  return best;
}

function isFractionOrOrdinal(next: Token, last: Token): boolean {
  if (next.hyphen && (ORDINALS.has(next.word) || next.word === 'quarter' || next.word === 'quarters')) return true;
  if (FRACTIONS.has(next.word)) return true;
  // "twenty first century": a tens word followed by an ordinal is a rank even without the hyphen.
  return last.word in TENS && ORDINALS.has(next.word) && next.word !== 'second';
}

/** A fraction written out at `from` ("a half", "three quarters"), with its value and where it ends. */
export function readFraction(text: string, from: number): { value: number; end: number } | undefined {
  const { tokens } = tokensFrom(text, from);
  const f = fractionAt(tokens, 0);
  return f ? { value: f.value, end: tokens[f.next - 1].end } : undefined;
}

/** A fraction written in words: "two thirds", "one-fifth", "a quarter", a bare "half". */
export interface WordFraction {
  numerator: number;
  denominator: number;
  start: number;
  end: number;
  /** What stands for the numerator: the article ("a third"), nothing ("half"), or a number word ("one fifth"). */
  numeratorForm: 'article' | 'none' | 'number';
  /** A hyphen joins the numerator to the denominator ("two-thirds", "one - fourth"). */
  hyphen: boolean;
  /** The denominator as written ("thirds", "Quarter"). */
  denominatorText: string;
}

/** Ordinals as denominators: "third" is 3 here, "thirds" too; "second" is never a denominator ("two seconds"). */
function denominatorOf(t: Token | undefined): number | undefined {
  return t && Object.prototype.hasOwnProperty.call(DENOMINATORS, t.word) ? DENOMINATORS[t.word] : undefined;
}

/**
 * A fraction written out at `from`, by the grammar of the numbers it is made of, or undefined. Whether it is a
 * share of something is for its context to say (shares.ts); here only the words are read. Left unread:
 *  - a compound denominator ("twenty-fifths", "one twenty-fifth"): a rank in news ("the twenty-fifth"), not a share;
 *  - a numerator with decimals ("two point five fifths");
 *  - a tens word right after "hundred" or a scale before an unhyphenated plural ("one hundred thirty fifths"): it
 *    splits two ways (130/5 or 100/35); after "and" it is part of the numerator ("one hundred and thirty fifths" is
 *    130/5), and alone it is the numerator ("twenty fifths" is 20/5);
 *  - a denominator after "hundred" or a scale ("five hundred fifths"), which splits the same way;
 *  - a numerator that disagrees in number with its denominator ("one fifths", "two third").
 */
export function scanFractionWords(text: string, from: number): WordFraction | undefined {
  const { tokens } = tokensFrom(text, from);
  const first = tokens[0];
  if (!first) return undefined;
  const fraction = (numerator: number, numeratorForm: WordFraction['numeratorForm'], den: Token): WordFraction | undefined => {
    const denominator = denominatorOf(den);
    if (denominator === undefined) return undefined;
    const plural = den.word.endsWith('s');
    if (plural !== numerator > 1) return undefined;
    return { numerator, denominator, start: from, end: den.end, numeratorForm, hyphen: den.hyphen, denominatorText: den.text };
  };
  if (first.word === 'half') return fraction(1, 'none', first);
  if (first.word === 'a') return tokens[1] ? fraction(1, 'article', tokens[1]) : undefined;
  const best = readNumber(tokens);
  const den = best ? tokens[best.idx + 1] : undefined;
  if (!best || !den || best.value % 1 !== 0 || best.value <= 0) return undefined;
  const last = tokens[best.idx];
  const before = tokens[best.idx - 1];
  if (last.word === 'hundred' || last.word in SCALE_WORDS || DOZEN_WORDS.has(last.word)) return undefined;
  if (last.word in TENS && den.hyphen) return undefined;
  if (last.word in TENS && before && before.word !== 'and') return undefined;
  return fraction(best.value, 'number', den);
}

/** The value of a whole phrase of number words ("eighty-three", "a dozen"), or undefined if it is not one. */
export function parseNumberWords(text: string): number | undefined {
  const trimmed = text.trim();
  if (!trimmed) return undefined;
  const r = scanNumberWords(trimmed, 0);
  if (!r || 'rejected' in r || r.end !== trimmed.length) return undefined;
  return r.value;
}

// ---------------------------------------------------------------- writing

function below1000(n: number, and: boolean): string {
  const parts: string[] = [];
  const h = Math.floor(n / 100);
  const rest = n % 100;
  if (h) parts.push(`${ONES[h]} hundred`);
  if (rest) {
    if (h && and) parts.push('and');
    if (rest < 20) parts.push(ONES[rest]);
    else parts.push(TENS_WORDS[Math.floor(rest / 10)] + (rest % 10 ? `-${ONES[rest % 10]}` : ''));
  }
  return parts.join(' ');
}

export interface WordsOptions {
  /** British "one hundred and twelve" rather than American "one hundred twelve". */
  and?: boolean;
}

/**
 * Writes a number in words: 83 -> "eighty-three", 15000 -> "fifteen thousand".
 * Fractions are written digit by digit after "point", which is how a reader would say them.
 */
export function numberToWords(value: number, options: WordsOptions = {}): string {
  if (!Number.isFinite(value)) return String(value);
  if (value < 0) return `minus ${numberToWords(-value, options)}`;
  const text = String(value);
  if (/e/i.test(text)) return text;
  const [intText, frac] = text.split('.');
  let n = Number(intText);
  const parts: string[] = [];
  if (n === 0) parts.push('zero');
  for (const [word, e] of SCALES_DESC) {
    const unit = 10 ** e;
    const count = Math.floor(n / unit);
    if (count) {
      parts.push(`${numberToWords(count, options)} ${word}`);
      n -= count * unit;
    }
  }
  if (n) {
    if (parts.length && options.and && n < 100) parts.push('and');
    parts.push(below1000(n, options.and ?? false));
  }
  if (frac) parts.push('point', ...[...frac].map((d) => ONES[Number(d)]));
  return parts.join(' ');
}
