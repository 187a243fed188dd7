// Figures in a draft: counts, money and percentages in every common surface form ("83", "15,000",
// "eighty-three", "15 thousand", "$50mn", "fifty million dollars", "€3 billion", "10 per cent"; shares written
// as fractions, "two-thirds of", are read in shares.ts),
// with the hedge before them ("at least", "nearly") and the unit noun after them ("troops").
// Numbers that are not claims (model names, list numbers, times, day numbers, years) are left out.
//
// This runs over whole documents on every keystroke, so it is a single left-to-right pass of regular
// expressions and small lexicons: no tokeniser, no tagger.
import type { Bound, NumberStyle, QuantityClaim } from '../types';
import { findHedgeAfter, findHedgeBefore } from './hedges';
import { isNumberWord, NUMBER_WORD_START, readFraction, scanNumberWords, scaleExponent } from './numberWords';
import { ratePeriodAt } from './ratePeriods';
import { abbreviationAt, isFunctionWord, readUnit, unitFamily, type UnitMatch } from './units';
import { isHeadlineVerb, isLabelNoun } from '../lexicon/labels';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../lexicon/calendar';
import { GLYPH_RE, glyphShareAt, wordShareAt } from './shares';
import { anotherPeriods } from './anotherPeriod';
import { ratioShares } from './ratios';

export type Quantity = Omit<QuantityClaim, 'sentence'>;

// ---------------------------------------------------------------- currencies

/**
 * Symbols with letters, written before a figure (longest first so "US$" wins over "$"). Case matters: "A $5 fee"
 * is not Australian. "P" is how the Philippine press writes the peso ("P14.3 billion", "P 8,966,629,281.28"); as a
 * single capital it is also a racing position ("P3"), a UN group ("P5") or a form ("P45"), so pesoPrefixIsMoney()
 * keeps it only on figures no label has.
 */
const LETTER_SYMBOLS: ReadonlyArray<[string, string]> = [
  ['U.S.$', 'USD'],
  ['U.S. $', 'USD'],
  ['US$', 'USD'],
  ['US $', 'USD'],
  ['AU$', 'AUD'],
  ['A$', 'AUD'],
  ['CA$', 'CAD'],
  ['C$', 'CAD'],
  ['C $', 'CAD'],
  ['HK$', 'HKD'],
  ['HK $', 'HKD'],
  ['NZ$', 'NZD'],
  ['NT$', 'TWD'],
  ['S$', 'SGD'],
  ['SG$', 'SGD'],
  ['R$', 'BRL'],
  ['E£', 'EGP'],
  ['L£', 'LBP'],
  ['S£', 'SYP'],
  ['Mex$', 'MXN'],
  ['MX$', 'MXN'],
  ['Rs.', 'INR'],
  ['Php', 'PHP'],
  ['Rs', 'INR'],
  ['P', 'PHP'],
];

/** Lower-case forms that cannot be ordinary words before "$" ("hk $", "usd$"); "us $" can ("cost us $5"). */
const LOWER_DOLLARS: Readonly<Record<string, string>> = {
  'u.s': 'USD',
  'u.s.': 'USD',
  hk: 'HKD',
  nz: 'NZD',
  c: 'CAD',
  mex: 'MXN',
  usd: 'USD',
  aud: 'AUD',
  cad: 'CAD',
  nzd: 'NZD',
  mxn: 'MXN',
  hkd: 'HKD',
  sgd: 'SGD',
};

/** Single-character currency symbols, before or after a figure. */
const SYMBOL_CODES: Readonly<Record<string, string>> = {
  $: 'USD',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  '₹': 'INR',
  '₽': 'RUB',
  '₩': 'KRW',
  '₺': 'TRY',
  '₪': 'ILS',
  '₿': 'BTC',
  '₦': 'NGN',
  '₱': 'PHP',
  '₫': 'VND',
  '₴': 'UAH',
  '₡': 'CRC',
  '₾': 'GEL',
  '₭': 'LAK',
  '₸': 'KZT',
  '₼': 'AZN',
  '₲': 'PYG',
  '₵': 'GHS',
  '₮': 'MNT',
  '៛': 'KHR',
  '฿': 'THB',
  '₨': 'PKR',
  元: 'CNY',
  円: 'JPY',
};

const ISO_CODES = [
  'USD',
  'EUR',
  'GBP',
  'JPY',
  'CNY',
  'RMB',
  'CHF',
  'CAD',
  'AUD',
  'HKD',
  'NZD',
  'SGD',
  'INR',
  'RUB',
  'BRL',
  'MXN',
  'KRW',
  'ZAR',
  'TRY',
  'SEK',
  'NOK',
  'DKK',
  'PLN',
  'ILS',
  'SAR',
  'AED',
  'QAR',
  'KWD',
  'NGN',
  'EGP',
  'COP',
  'ARS',
  'CLP',
  'PEN',
  'VES',
  'IDR',
  'THB',
  'PHP',
  'MYR',
  'VND',
  'PKR',
  'BDT',
  'UAH',
  'TWD',
  'CZK',
  'HUF',
  'RON',
  'BTC',
  'IRR',
  'IQD',
];

// Lower-case codes only where they cannot be English words ("20 usd", not "try", "pen").
const LOWER_CODES = [
  'usd',
  'eur',
  'gbp',
  'jpy',
  'cny',
  'rmb',
  'chf',
  'cad',
  'aud',
  'hkd',
  'nzd',
  'sgd',
  'inr',
  'rub',
  'brl',
  'mxn',
  'krw',
  'zar',
  'sek',
  'nok',
  'dkk',
  'pln',
  'ils',
  'sar',
  'aed',
  'btc',
];

const PREFIX_RE = new RegExp(
  `(?:(?<![\\p{L}\\p{N}])(${[...ISO_CODES, ...LOWER_CODES].join('|')})[ \\u00a0]?|(?<![\\p{L}\\p{N}])(${LETTER_SYMBOLS.map(([s]) => escapeRe(s)).join('|')})[ \\u00a0]?` +
    `|(?<![\\p{L}\\p{N}])(${Object.keys(LOWER_DOLLARS).map(escapeRe).join('|')})[ \\u00a0]?\\$[ \\u00a0]?` +
    `|([${Object.keys(SYMBOL_CODES).map(escapeRe).join('')}])[ \\u00a0]?)$`,
  'u',
);

/** A currency noun's default code, or null where the bare noun is too ambiguous to count as money. */
const CURRENCY_NOUNS: Readonly<Record<string, string | null>> = {
  dollar: 'USD',
  buck: 'USD',
  euro: 'EUR',
  pound: null,
  sterling: 'GBP',
  yen: 'JPY',
  yuan: 'CNY',
  renminbi: 'CNY',
  rmb: 'CNY',
  rupee: 'INR',
  ruble: 'RUB',
  rouble: 'RUB',
  peso: 'MXN',
  franc: 'CHF',
  reais: 'BRL',
  real: null,
  rand: 'ZAR',
  lira: 'TRY',
  lire: 'TRY',
  shekel: 'ILS',
  riyal: 'SAR',
  rial: null,
  dirham: 'AED',
  naira: 'NGN',
  bolivar: 'VES',
  bolívar: 'VES',
  bolivares: 'VES',
  bolívares: 'VES',
  hryvnia: 'UAH',
  hryvnias: 'UAH',
  zloty: 'PLN',
  zlotys: 'PLN',
  krona: 'SEK',
  kronor: 'SEK',
  krone: 'NOK',
  kroner: 'NOK',
  won: null,
  ringgit: 'MYR',
  baht: 'THB',
  rupiah: 'IDR',
  taka: 'BDT',
  dinar: null,
  bitcoin: 'BTC',
  markka: 'FIM',
  guilder: 'NLG',
  peseta: 'ESP',
  shilling: null,
  cedi: 'GHS',
  forint: 'HUF',
  koruna: 'CZK',
  leu: 'RON',
  lei: 'RON',
  cent: 'USD',
  penny: 'GBP',
  pence: 'GBP',
};

/** Minor units: the figure counts hundredths of the currency. */
const MINOR_NOUNS = new Set(['cent', 'penny', 'pence']);

const QUALIFIED: Readonly<Record<string, string>> = {
  'us dollar': 'USD',
  'u.s. dollar': 'USD',
  'american dollar': 'USD',
  'australian dollar': 'AUD',
  'canadian dollar': 'CAD',
  'hong kong dollar': 'HKD',
  'new zealand dollar': 'NZD',
  'singapore dollar': 'SGD',
  'singaporean dollar': 'SGD',
  'taiwan dollar': 'TWD',
  'new taiwan dollar': 'TWD',
  'taiwanese dollar': 'TWD',
  'zimbabwe dollar': 'ZWL',
  'zimbabwean dollar': 'ZWL',
  'jamaican dollar': 'JMD',
  'namibian dollar': 'NAD',
  'liberian dollar': 'LRD',
  'fijian dollar': 'FJD',
  'bahamian dollar': 'BSD',
  'barbadian dollar': 'BBD',
  'british pound': 'GBP',
  'egyptian pound': 'EGP',
  'lebanese pound': 'LBP',
  'syrian pound': 'SYP',
  'sudanese pound': 'SDG',
  'swiss franc': 'CHF',
  'french franc': 'FRF',
  'cfa franc': 'XOF',
  'congolese franc': 'CDF',
  'pakistani rupee': 'PKR',
  'indian rupee': 'INR',
  'sri lankan rupee': 'LKR',
  'nepalese rupee': 'NPR',
  'mexican peso': 'MXN',
  'argentine peso': 'ARS',
  'argentinian peso': 'ARS',
  'colombian peso': 'COP',
  'chilean peso': 'CLP',
  'philippine peso': 'PHP',
  'cuban peso': 'CUP',
  'dominican peso': 'DOP',
  'uruguayan peso': 'UYU',
  'iraqi dinar': 'IQD',
  'kuwaiti dinar': 'KWD',
  'jordanian dinar': 'JOD',
  'bahraini dinar': 'BHD',
  'libyan dinar': 'LYD',
  'tunisian dinar': 'TND',
  'algerian dinar': 'DZD',
  'serbian dinar': 'RSD',
  'saudi riyal': 'SAR',
  'qatari riyal': 'QAR',
  'iranian rial': 'IRR',
  'omani rial': 'OMR',
  'yemeni rial': 'YER',
  'south korean won': 'KRW',
  'korean won': 'KRW',
  'north korean won': 'KPW',
  'south african rand': 'ZAR',
  'turkish lira': 'TRY',
  'chinese yuan': 'CNY',
  'japanese yen': 'JPY',
  'russian ruble': 'RUB',
  'russian rouble': 'RUB',
  'brazilian real': 'BRL',
  'swedish krona': 'SEK',
  'norwegian krone': 'NOK',
  'danish krone': 'DKK',
  'icelandic krona': 'ISK',
  'polish zloty': 'PLN',
  'israeli shekel': 'ILS',
  'new shekel': 'ILS',
  'emirati dirham': 'AED',
  'uae dirham': 'AED',
  'moroccan dirham': 'MAD',
  'venezuelan bolivar': 'VES',
  'venezuelan bolívar': 'VES',
  'finnish markka': 'FIM',
  'dutch guilder': 'NLG',
  'netherlands guilder': 'NLG',
  'spanish peseta': 'ESP',
  'german mark': 'DEM',
  'deutsche mark': 'DEM',
  'ukrainian hryvnia': 'UAH',
  'nigerian naira': 'NGN',
  'indonesian rupiah': 'IDR',
  'thai baht': 'THB',
  'malaysian ringgit': 'MYR',
  'vietnamese dong': 'VND',
  'bangladeshi taka': 'BDT',
  'kenyan shilling': 'KES',
  'ugandan shilling': 'UGX',
  'tanzanian shilling': 'TZS',
  'ghanaian cedi': 'GHS',
  'hungarian forint': 'HUF',
  'czech koruna': 'CZK',
  'romanian leu': 'RON',
  'euro cent': 'EUR',
  'us cent': 'USD',
};

const QUALIFIERS = [...new Set(Object.keys(QUALIFIED).map((k) => k.slice(0, k.lastIndexOf(' '))))];
const NOUN_FORMS = [
  ...Object.keys(CURRENCY_NOUNS),
  'dollars',
  'bucks',
  'euros',
  'pounds',
  'rupees',
  'rubles',
  'roubles',
  'pesos',
  'francs',
  'shekels',
  'shekalim',
  'riyals',
  'rials',
  'dirhams',
  'bolivars',
  'bitcoins',
  'guilders',
  'pesetas',
  'shillings',
  'cedis',
  'forints',
  'cents',
  'dinars',
  'liras',
  'marks',
  'mark',
  'dong',
];

const SUFFIX_CURRENCY_RE = new RegExp(
  `(?:[ \\t\\u00a0]+|-)(?:(${QUALIFIERS.sort((a, b) => b.length - a.length)
    .map(escapeRe)
    .join('|')})[ \\t\\u00a0]+)?` +
    `(${NOUN_FORMS.sort((a, b) => b.length - a.length)
      .map(escapeRe)
      .join('|')})(?![\\p{L}\\p{N}])`,
  'iuy',
);
const SUFFIX_CODE_RE = new RegExp(`[ \\t\\u00a0]?(${[...ISO_CODES, ...LOWER_CODES].join('|')})(?![\\p{L}\\p{N}])`, 'uy');
// "$" is left out after a figure: "5 $10" is far likelier than a trailing dollar sign.
const SUFFIX_SYMBOL_RE = new RegExp(
  `[ \\u00a0]?([${Object.keys(SYMBOL_CODES)
    .filter((k) => k !== '$')
    .join('')}])`,
  'uy',
);
const STERLING_RE = /[ \t\u00a0]+sterling(?![\p{L}])/iuy;
// "$10" right after a figure is the next figure ("5 $10"); a "$" not followed by digits closes this one ("10 $").
const SUFFIX_DOLLAR_RE = /[ \u00a0]?\$(?![ \u00a0]?\d)/uy;
// Cents after a sum in the major unit: "3 dollars 50 cents", "thirteen dollars and forty-five cents", "15 dollars 50.".
const MINOR_PART_RE = /[ \t\u00a0]+(?:and[ \t\u00a0]+)?/iuy;
const MINOR_NOUN_AFTER_RE = /[ \t\u00a0]+(?:cents?|pence|p)(?![\p{L}\p{N}])/iuy;
// Without a minor noun, the cents must end the clause ("15 dollars 50."), or "15 dollars 50 times" would be read.
const CLAUSE_END_RE = /[ \t\u00a0]*(?:[.,;:!?)]|$)/uy;

/** The usual symbol for a currency ('$' for USD), or undefined where its code is clearer. */
export function currencySymbol(code: string): string | undefined {
  return ({ USD: '$', EUR: '€', GBP: '£', JPY: '¥', INR: '₹' } as Record<string, string>)[code];
}

/** Hundredths for a suffix naming a minor unit (' cents', ' pence', and 'p' glued: "6.8p"); 1 otherwise. */
export function minorUnitFactor(currencySuffix: string | undefined): number {
  if (!currencySuffix) return 1;
  if (currencySuffix === 'p') return 0.01;
  const noun = currencySuffix.trim().replace(/^-/, '').toLowerCase().split(/\s+/).pop() ?? '';
  return MINOR_NOUNS.has(noun.replace(/s$/, '')) || noun === 'pence' ? 0.01 : 1;
}

function singularNoun(noun: string): string {
  const n = noun.toLowerCase();
  if (n === 'pence' || n === 'reais' || n === 'shekalim') return n === 'shekalim' ? 'shekel' : n;
  if (n in CURRENCY_NOUNS) return n;
  return n.endsWith('s') ? n.slice(0, -1) : n;
}

// ---------------------------------------------------------------- scales, percent, skips

// Written-out scale words after digits: "15 thousand", "$5-million", "300 billion".
const SCALE_WORD_RE = /([ \t\u00a0]+|-)?(hundred|thousand|million|billion|trillion|lakhs?|crores?)(?![\p{L}\p{N}])/iuy;
// Abbreviations that only ever mean a scale, glued or spaced: "$50mn", "10 bn".
const SCALE_ABBR_RE = /([ \t\u00a0]?)(mn|Mn|mln|bn|Bn|bln|tn|trn|tln|mil|MM)(?![\p{L}\p{N}])/uy;
// Single letters, ambiguous with units: spaced only after a currency ("$5 m").
const SCALE_LETTER_SPACED_RE = /([ \t\u00a0])(k|K|m|M|b|B)(?![\p{L}\p{N}])/uy;
// Without a currency, "k" and "M" ending a clause can only be a scale ("a budget of 2.33 k."); before a word they
// may be a unit or an initial.
const SCALE_LETTER_END_RE = /([ \t\u00a0])(k|K|M)(?=[ \t\u00a0]*(?:[.,;:!?)]|$))/uy;
// A scale letter glued to a currency code, as financial reports write millions and thousands: "30 MUSD", "120 kEUR".
const SCALE_BEFORE_CODE_RE = new RegExp(`([ \\t\\u00a0]?)(M|k)(?=(?:${ISO_CODES.join('|')})(?![\\p{L}\\p{N}]))`, 'uy');
const DOZEN_RE = /([ \t\u00a0]+)(dozens?|dozs?|dzs?)(?![\p{L}\p{N}])/iuy;
// A second scale word stacked on the first multiplies it: "3 lakh crore", "5 thousand million".
const STACKED_SCALE_RE = /([ \t\u00a0]+)(thousand|million|billion|lakhs?|crores?)(?![\p{L}\p{N}])/iuy;
const AND_RE = /[ \t\u00a0]+and[ \t\u00a0]+/iuy;
/** Line counts of video formats, written with a glued "p" like pence ("720p", "1080p"). */
const VIDEO_LINES = new Set(['144', '240', '360', '480', '576', '720', '1080', '1440', '2160', '4320']);

const PERCENT_RE = /([ \t\u00a0]?%|(?:[ \t\u00a0]+|-)(?:percentage points?|percentages?|percents?|per cent|pct)(?![\p{L}]))/iuy;

const TIME_AFTER_RE = /[ \t\u00a0]?(?:[ap]\.m\.|[ap]m(?![\p{L}])|[AP]M(?![\p{L}])|[AP]\.M\.|o['’]clock|GMT|UTC|EST|EDT|PST|PDT|CET|CEST|BST)/uy;

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December|' + 'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';
const MONTH_BEFORE_RE = new RegExp(`(?<![\\p{L}])(?:${MONTHS})\\.?,?[ \\t\\u00a0]+(?:the[ \\t\\u00a0]+)?$`, 'u');
const MONTH_AFTER_RE = new RegExp(`^(?:st|nd|rd|th)?,?[ \\t\\u00a0]+(?:of[ \\t\\u00a0]+)?(?:${MONTHS})(?![\\p{L}])`, 'u');
const MONTH_OR_DAY = new RegExp(`^(?:${MONTHS}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat|Sun)\\.?$`);

/** Words after which a number is an identifier ("No. 3", "Number 10"). */
const NUMBER_SIGNS = /(?:^|[^\p{L}])(?:No|Nos|no|nos|Number|number|Nr|nr|Vol|vol|Pt|pt|Ch|ch|Art|art|Sec|sec|Fig|fig|p|pp)\.?[ \t\u00a0]*$/u;

/** A determiner before "one" makes it a pronoun ("the one", "no one", "which one"). */
const PRONOUN_ONE_BEFORE =
  /(?:^|[^\p{L}])(?:the|this|that|which|each|every|any|no|some|another|a|an|last|next|little|loved|right|wrong|same|other|such|no-one|everyone)[ \t\u00a0]+$/iu;

const DIGITS_RE = /\d[\d,.]*\d|\d|(?<![\p{L}\p{N}.])\.\d+/gu;
// Western thousands groups, or the Indian lakh/crore grouping (12,34,567).
const GROUPED_RE = /^(?:\d{1,3}(?:,\d{3})+|\d{1,2}(?:,\d{2})+,\d{3})(?:\.\d+)?$/;
// Thin, non-breaking or plain spaces grouping thousands: "40 000", "1 414 021 100".
const SPACE_GROUPS_RE = /(?:[ \u00a0\u202f]\d{3})+(?:\.\d+)?(?![\d,]|\.\d)/uy;

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// ---------------------------------------------------------------- blocked spans

/** Character spans that hold numbers but no quantity: dates, times, phone numbers, fractions, ratios. */
function blockedMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  const patterns = [
    /\d+(?:-\d+){2,}/g, // 2025-11-29, 1111-2222-3333
    /\d+(?:\/\d+)+/g, // 11/29/2025, 1/3, 24/7
    /\d+(?::\d+)+/g, // 10:30, 3:1
    /\+\d[\d ().-]{6,}\d/g, // +1 222 333 4444
    /\(\d{3}\)[ \u00a0]?\d{3}[-. ]\d{4}/g, // (555) 123-4567
    // A local number opens with its trunk 0 and runs in groups: 0917 555 0142, 020 7946 0018. No figure starts with 0.
    /(?<![\d.,])0\d{1,4}(?:[ \u00a0.-]\d{2,4}){2,3}(?![\d])/g,
    // ... or as its area code and one long group: 01632 960418, 0161 4960000.
    /(?<![\d.,])0\d{2,4}[ \u00a0]\d{5,8}(?![\d])/g,
  ];
  for (const re of patterns) for (const m of text.matchAll(re)) mask.fill(1, m.index, m.index + m[0].length);
  return mask;
}

// ---------------------------------------------------------------- building a claim

interface Core {
  /** Start of the figure (currency prefix or sign included). */
  start: number;
  /** Start and end of the number itself ("15,000", "eighty-three"). */
  numStart: number;
  numEnd: number;
  /** The value of the number as written, before any scale: "1.5" for "1.5 million". */
  mantissa: string;
  words: boolean;
  /** Words only: the largest scale word written, and whether it was capitalised. */
  wordScale?: string;
  wordsCount?: number;
  capitalized?: boolean;
  grouping: boolean;
  decimals: number;
  negative: boolean;
  currencyPrefix?: string;
  currency?: string;
}

interface Suffixes {
  end: number;
  scale?: string;
  scaleGap?: string;
  exponent: number;
  /** Scales that are not powers of ten: 12 for "3 dozen". */
  multiplier?: number;
  /** Added to the figure after scaling: "3 million and a half" (0.5 million), "3 dollars 50 cents" (0.5). */
  addend?: number;
  currencySuffix?: string;
  currency?: string;
  minor: boolean;
  percentSuffix?: string;
  unit?: UnitMatch;
}

const MINUS_WORD_RE = /(?<![\p{L}])(?:minus|negative)[ \t\u00a0]+$/iu;

/** "minus 5", "negative 3%": moves the figure's start over the word and makes the figure negative. */
function applyMinusWord(text: string, core: Core): void {
  if (core.negative) return;
  const m = MINUS_WORD_RE.exec(text.slice(Math.max(0, core.start - 12), core.start));
  if (!m) return;
  core.negative = true;
  core.mantissa = `-${core.mantissa}`;
  core.start -= m[0].length;
}

function currencyBefore(text: string, at: number): { prefix: string; code: string } | undefined {
  const m = PREFIX_RE.exec(text.slice(Math.max(0, at - 12), at));
  if (!m) return undefined;
  const prefix = m[0];
  const code =
    m[1] !== undefined
      ? m[1].toUpperCase() === 'RMB'
        ? 'CNY'
        : m[1].toUpperCase()
      : m[2] !== undefined
        ? LETTER_SYMBOLS.find(([sym]) => sym === m[2])?.[1]
        : m[3] !== undefined
          ? LOWER_DOLLARS[m[3].toLowerCase()]
          : SYMBOL_CODES[m[4]];
  return code ? { prefix, code } : undefined;
}

function currencyAfter(text: string, at: number, scaled: boolean): { suffix: string; code: string; minor: boolean } | undefined {
  SUFFIX_CURRENCY_RE.lastIndex = at;
  const m = SUFFIX_CURRENCY_RE.exec(text);
  if (m) {
    const noun = singularNoun(m[2]);
    const qualified = m[1] ? QUALIFIED[`${m[1].toLowerCase().replace(/\s+/g, ' ')} ${noun}`] : undefined;
    let code = qualified ?? CURRENCY_NOUNS[noun] ?? undefined;
    let suffix = m[0];
    if (noun === 'pound') {
      // "500 pounds" is a weight as often as a sum: money only with a scale or "sterling".
      STERLING_RE.lastIndex = at + m[0].length;
      const st = STERLING_RE.exec(text);
      if (st) suffix += st[0];
      if (qualified || st || scaled) code = qualified ?? 'GBP';
    }
    if ((noun === 'won' || noun === 'dinar' || noun === 'real' || noun === 'rial') && !qualified) code = undefined;
    if ((noun === 'mark' || noun === 'shilling') && !qualified) code = undefined;
    if (code) return { suffix, code, minor: MINOR_NOUNS.has(noun) };
  }
  SUFFIX_CODE_RE.lastIndex = at;
  const c = SUFFIX_CODE_RE.exec(text);
  if (c) {
    const code = c[1].toUpperCase();
    return { suffix: c[0], code: code === 'RMB' ? 'CNY' : code, minor: false };
  }
  SUFFIX_SYMBOL_RE.lastIndex = at;
  const s = SUFFIX_SYMBOL_RE.exec(text);
  if (s && SYMBOL_CODES[s[1]]) return { suffix: s[0], code: SYMBOL_CODES[s[1]], minor: false };
  const d = sticky(SUFFIX_DOLLAR_RE, text, at);
  if (d) return { suffix: d[0], code: 'USD', minor: false };
  return undefined;
}

function sticky(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/** The scale (or glued unit) after a digit figure. Undefined when letters glued to it make it a name or an ordinal. */
function digitSuffixes(text: string, core: Core): Suffixes | undefined {
  const out: Suffixes = { end: core.numEnd, exponent: 0, minor: false };
  const hasCurrency = core.currencyPrefix !== undefined;
  let p = core.numEnd;
  const glued = /^[\p{L}]+/u.exec(text.slice(p, p + 12));
  if (glued && !SYMBOL_CODES[glued[0][0]]) {
    const letters = glued[0];
    const afterLetters = text[p + letters.length];
    const cleanEnd = afterLetters === undefined || !/[\p{L}\p{N}]/u.test(afterLetters);
    const exp = cleanEnd ? glueScale(text, p, letters, hasCurrency) : undefined;
    const currencyCode = cleanEnd && !hasCurrency && ISO_CODES.includes(letters); // "115USD": read as a suffix later
    if (cleanEnd && !hasCurrency && letters === 'p' && !VIDEO_LINES.has(core.mantissa)) {
      // "5p", "6.8p": pence, as British copy writes them. A video resolution ("1080p") is not money.
      out.currencySuffix = 'p';
      out.currency = 'GBP';
      out.minor = true;
      out.end = p + 1;
      return out;
    }
    if (exp !== undefined) {
      out.scale = letters;
      out.scaleGap = '';
      out.exponent = exp;
      p += letters.length;
    } else if (!currencyCode) {
      const unit = abbreviationAt(text, p);
      if (!unit) return undefined; // "3rd", "1990s", "3D", "30MK2", "5G"
      out.unit = unit;
      return out;
    }
  } else if (/^[°º][CF]?/.test(text.slice(p, p + 2))) {
    // "41.3°C", "105°F": a degree sign glued to the figure.
    const unit = abbreviationAt(text, p);
    if (unit) out.unit = unit;
    return out;
  } else {
    const word = sticky(SCALE_WORD_RE, text, p);
    const abbr = word ? null : sticky(SCALE_ABBR_RE, text, p);
    const letter =
      word || abbr
        ? null
        : hasCurrency
          ? sticky(SCALE_LETTER_SPACED_RE, text, p)
          : (sticky(SCALE_LETTER_END_RE, text, p) ?? sticky(SCALE_BEFORE_CODE_RE, text, p));
    const m = word ?? abbr ?? letter;
    if (m) {
      out.scale = m[2];
      out.scaleGap = m[1] ?? '';
      out.exponent = scaleExponent(m[2]) ?? 0;
      p += m[0].length;
      if (word) p = stackedScale(text, p, out);
    } else {
      const dozen = sticky(DOZEN_RE, text, p);
      if (dozen) {
        out.scale = dozen[2];
        out.scaleGap = dozen[1];
        out.multiplier = 12;
        p += dozen[0].length;
      }
    }
  }
  out.end = p;
  return out;
}

/** Stacked scales ("3 lakh crore") and a fraction of the scale ("3 million and a half"); returns the new end. */
function stackedScale(text: string, at: number, out: Suffixes): number {
  let p = at;
  const stacked = sticky(STACKED_SCALE_RE, text, p);
  if (stacked && out.scale !== undefined) {
    out.scale = `${out.scale}${stacked[1]}${stacked[2]}`;
    out.exponent += scaleExponent(stacked[2]) ?? 0;
    p += stacked[0].length;
  }
  const and = sticky(AND_RE, text, p);
  const frac = and ? readFraction(text, p + and[0].length) : undefined;
  if (and && frac && frac.value < 1) {
    out.addend = frac.value * 10 ** out.exponent;
    p = frac.end;
  }
  return p;
}

/** The power of ten of letters glued to digits ("50mn", "25m", "10k"), or undefined if they are not a scale. */
function glueScale(text: string, at: number, letters: string, hasCurrency: boolean): number | undefined {
  if (['mn', 'Mn', 'mln', 'bn', 'Bn', 'bln', 'tn', 'trn', 'tln', 'mil', 'MM', 'k', 'K', 'M', 'b', 'B'].includes(letters)) {
    return scaleExponent(letters);
  }
  if (letters === 'T' && hasCurrency) return 12;
  if (/^(?:thousand|million|billion|trillion)$/i.test(letters)) return scaleExponent(letters.toLowerCase());
  if (letters === 'm') {
    if (hasCurrency) return 6;
    // "25m people" is millions; "100m" alone or "100m sprint" is metres.
    const unit = readUnit(text, at + 1);
    return unit?.known && unitFamily(unit.unit) !== 'length' && unitFamily(unit.unit) !== undefined ? 6 : undefined;
  }
  return undefined;
}

function moneyAndPercent(text: string, core: Core, s: Suffixes): void {
  if (s.unit || s.currency) return; // s.currency: pence glued to the digits ("5p"), already read by digitSuffixes()
  if (core.currencyPrefix) {
    // "$10 dollars": the noun repeats the symbol; it belongs to the figure rather than standing alone.
    const again = s.addend === undefined ? currencyAfter(text, s.end, true) : undefined;
    if (again && again.code === core.currency && !again.minor && /\p{L}/u.test(again.suffix)) {
      s.currencySuffix = again.suffix;
      s.end += again.suffix.length;
    }
    return;
  }
  {
    // A scale makes "pounds" money, written after digits ("22 billion pounds") or in words ("twenty-two billion
    // pounds"). "Hundred" is not enough in words: "two hundred pounds" is how prose writes a weight.
    const wordScale = core.words && core.wordScale !== undefined && (scaleExponent(core.wordScale) ?? 0) >= 3;
    const cur = currencyAfter(text, s.end, s.scale !== undefined || wordScale);
    if (cur) {
      s.currencySuffix = cur.suffix;
      s.currency = cur.code;
      s.minor = cur.minor;
      s.end += cur.suffix.length;
      if (s.scale === undefined && !cur.minor && /^[ \t\u00a0]?[A-Z]{3}$/.test(cur.suffix)) scaleAfterCode(text, s);
      if (s.scale === undefined && !cur.minor && s.addend === undefined && core.decimals === 0) minorPart(text, s);
      return;
    }
    const pct = sticky(PERCENT_RE, text, s.end);
    if (pct) {
      s.percentSuffix = pct[0];
      s.end += pct[0].length;
    }
  }
}

/** "75 USD million": a scale written after the currency code. */
function scaleAfterCode(text: string, s: Suffixes): void {
  const m = sticky(SCALE_WORD_RE, text, s.end) ?? sticky(SCALE_ABBR_RE, text, s.end);
  if (!m || !m[1]) return;
  // Kept as the figure's scale so a replacement stays right in value ("80 million USD").
  s.scale = m[2];
  s.scaleGap = m[1];
  s.exponent = scaleExponent(m[2]) ?? 0;
  s.end += m[0].length;
}

/** Hundredths after a whole sum: "3 dollars 50 cents", "thirteen dollars and forty-five cents", "15 dollars 50.". */
function minorPart(text: string, s: Suffixes): void {
  const gap = sticky(MINOR_PART_RE, text, s.end);
  if (!gap) return;
  const at = s.end + gap[0].length;
  let value: number | undefined;
  let end = at;
  const digits = /\d{1,2}(?!\d|[.,]\d)/y;
  digits.lastIndex = at;
  const d = digits.exec(text);
  if (d) {
    value = Number(d[0]);
    end = at + d[0].length;
  } else {
    const w = scanNumberWords(text, at);
    if (w && !('rejected' in w) && w.value < 100 && w.value % 1 === 0) {
      value = w.value;
      end = w.end;
    }
  }
  if (value === undefined) return;
  const noun = sticky(MINOR_NOUN_AFTER_RE, text, end);
  if (noun) end += noun[0].length;
  else if (!sticky(CLAUSE_END_RE, text, end)) return;
  s.addend = value / 100;
  s.end = end;
}

function sentenceStartBefore(text: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && /[\s"'“‘([*_>#-]/.test(text[i]) && text[i] !== '\n') i--;
  return i < 0 || /[.!?:;\n]/.test(text[i]);
}

/** The word right before `pos` when only spaces separate them. */
function wordBefore(text: string, pos: number): { word: string; start: number } | undefined {
  const m = /((?:[\p{L}][\p{L}\p{N}'’.&-]*))[ \t\u00a0]+$/u.exec(text.slice(Math.max(0, pos - 40), pos));
  if (!m) return undefined;
  return { word: m[1], start: pos - m[0].length };
}

/**
 * Whether the number at `core` is a label after the word before it rather than a figure. The rule:
 *  1. after a label noun ("Section 230", "Class 1", "FTSE 250", "Route 66", "Boeing 737", "a category 4 storm")
 *     it is a label, wherever the noun stands and whatever follows: "Boeing 737 jets" counts no jets;
 *  2. after any other capitalised word it is part of a name ("Falcon Heavy 3", "Ocean's Eleven"), unless that word
 *       - starts the sentence (a capitalised first word is just a first word),
 *       - is a month or weekday ("Tuesday 15 people") or a function word ("Rises To 40", "More Than 25"),
 *       - is a verb, as title-case headlines capitalise them ("Typhoon Kills 25", "Floods Displace 3,000"),
 *       - or the number counts a known unit after it ("Ukraine's 24 regions").
 */
function isLabel(text: string, core: Core, knownUnit: boolean): boolean {
  const prev = wordBefore(text, core.numStart);
  if (!prev) return false;
  const determiner = wordBefore(text, prev.start)?.word;
  if (isLabelNoun(prev.word, determiner)) return true;
  // Rule 2 holds for number words only when they are capitalised too: "Ocean's Eleven", not "Ocean's eleven crew".
  if (core.words && !core.capitalized) return false;
  return (
    /^\p{Lu}/u.test(prev.word) &&
    !MONTH_OR_DAY.test(prev.word) &&
    !sentenceStartBefore(text, prev.start) &&
    !isFunctionWord(prev.word) &&
    !isHeadlineVerb(prev.word) &&
    !knownUnit
  );
}

/** "two weeks ago", "10 days ago": a relative date (read by the date extractor), not a length of time. */
const AGO_RE = /[ \t\u00a0]+ago(?![\p{L}])/iuy;

/** Numbers that are part of a name, a list, a date or a time rather than a quantity. */
function isNotAClaim(text: string, core: Core, s: Suffixes, knownUnit: boolean): boolean {
  if (sticky(TIME_AFTER_RE, text, s.end) && !s.currency && !core.currency && !s.percentSuffix) return true;
  if (s.currency || core.currency || s.percentSuffix) return false;
  if (s.unit && unitFamily(s.unit.unit) === 'duration' && sticky(AGO_RE, text, s.unit.end)) return true;
  // Names with a spelled-out number: "Formula One", "Article Five", "Ocean's Eleven"; "Group of Seven" aside.
  if (core.words) return isLabel(text, core, knownUnit);
  // A code with a parenthesised part: "401(k)", "501(c)(3)", "230(c)"; the "3" of "(c)(3)" too.
  if (/^\([\p{L}\d]{1,4}\)/u.test(text.slice(core.numEnd, core.numEnd + 6))) return true;
  if (text.slice(core.numStart - 2, core.numStart) === ')(' && text[core.numEnd] === ')') return true;
  if (s.scale) return false;
  const integer = core.decimals === 0 && !core.negative;
  const n = Number(core.mantissa);
  const before = text.slice(Math.max(0, core.numStart - 40), core.numStart);
  const after = text.slice(core.numEnd, core.numEnd + 24);
  // List numbering: "1. ", "2) " at the start of a line.
  // A list marker is followed by its item's text; "192." alone on a line is a figure ending a sentence.
  if (integer && /(?:^|\n)[ \t>*#-]*\(?$/.test(before) && /^[.)][ \t]+\S/.test(after)) return true;
  // Citations and identifiers: "[3]", "#1", "No. 7".
  if (/\[$/.test(before) && /^\]/.test(after)) return true;
  if (/#$/.test(before) || NUMBER_SIGNS.test(before)) return true;
  if (integer && !core.grouping) {
    // A bare year is left to the date extractor, unless a counted noun shows it is a count ("2000 troops").
    if (n >= 1800 && n <= 2100 && !knownUnit) return true;
    if (n >= 1 && n <= 31 && (MONTH_BEFORE_RE.test(before) || MONTH_AFTER_RE.test(after))) return true;
  }
  // Model, product and section names: "Boeing 737", "Route 66", "Section 230".
  return isLabel(text, core, knownUnit);
}

function styleOf(core: Core, s: Suffixes): NumberStyle {
  const style: NumberStyle = {
    form: core.words ? 'words' : s.scale ? 'digits-scale' : 'digits',
    grouping: core.grouping,
    decimals: core.decimals,
  };
  // "thirteen dollars and forty-five cents" is best replaced by digits with cents: "13.50 dollars".
  if (s.addend !== undefined && s.scale === undefined) {
    style.form = 'digits';
    style.decimals = 2;
  }
  const scale = core.words ? (core.wordScale ?? s.scale) : s.scale;
  if (scale !== undefined) {
    style.scale = scale;
    style.scaleGap = core.words ? ' ' : (s.scaleGap ?? '');
  }
  if (core.currencyPrefix !== undefined) style.currencyPrefix = core.currencyPrefix;
  if (s.currencySuffix !== undefined) style.currencySuffix = s.currencySuffix;
  if (s.percentSuffix !== undefined) style.percentSuffix = s.percentSuffix;
  if (core.words) style.capitalized = core.capitalized ?? false;
  return style;
}

function valueOf(core: Core, s: Suffixes): number {
  const exponent = s.exponent - (s.minor ? 2 : 0);
  const v = Number(`${core.mantissa}e${exponent}`) * (s.multiplier ?? 1) + (s.addend ?? 0) * (core.negative ? -1 : 1);
  return Number.isFinite(v) ? Number(v.toPrecision(15)) : v;
}

function finish(text: string, core: Core, s: Suffixes): Quantity | undefined {
  const knownUnit = s.unit?.known ?? false;
  if (isNotAClaim(text, core, s, knownUnit)) return undefined;
  const currency = core.currency ?? s.currency;
  const kind: Quantity['kind'] = currency ? 'money' : s.percentSuffix ? 'percent' : 'number';
  const figure = { start: core.start, end: s.end };
  let start = figure.start;
  let end = figure.end;
  let bound: Bound = 'exact';
  let hedge: string | undefined;
  const before = findHedgeBefore(text, figure.start);
  const after = findHedgeAfter(text, figure.end);
  // "over three years" is a period as often as a lower bound: leave durations unhedged by "over".
  const overPeriod = before?.text.toLowerCase() === 'over' && s.unit && unitFamily(s.unit.unit) === 'duration';
  if (before && !overPeriod) {
    start = before.start;
    bound = before.bound;
    hedge = before.text;
  } else if (after) {
    end = after.end;
    bound = after.bound;
    hedge = after.text;
  }
  const q: Quantity = {
    kind,
    text: text.slice(start, end),
    start,
    end,
    value: valueOf(core, s),
    bound,
    figure,
    style: styleOf(core, s),
  };
  if (hedge !== undefined) q.hedge = hedge;
  if (kind === 'number' && s.unit) q.unit = s.unit.unit;
  if (kind === 'number' && s.unit && s.unit.end > end) q.unitLength = s.unit.end - end;
  if (currency) q.currency = currency;
  const per = ratePeriodAt(text, end, s.unit && s.unit.end > end ? s.unit.end : end);
  if (per) q.per = per;
  return q;
}

/** Unit noun after a count: read past a trailing hedge ("15,000 or more troops"). */
function attachUnit(text: string, s: Suffixes, kind: 'number' | 'other', core: Core): void {
  if (s.unit || kind !== 'number') return;
  const after = findHedgeAfter(text, s.end);
  const unit = readUnit(text, after ? after.end : s.end);
  if (unit) s.unit = unit;
  else if (isAge(text, core, s)) s.unit = { unit: 'year', start: s.end, end: s.end, known: true };
}

/** "Declan Furlow, 56, who ...": a whole number set off by commas right after a name is that person's age. */
const NAME_BEFORE_AGE = /(?:^|[^\p{L}\p{M}'’-])\p{Lu}[\p{L}\p{M}'’-]+,[ \t\u00a0]$/u;
/** "a man aged 34", "workers aged 21 and over", "aged between 15 and 85", "a woman of 77", "a boy of six". */
const AGED_BEFORE =
  /\b(?:aged(?:[ \t\u00a0]+(?:between|from))?(?:[ \t\u00a0]+\d{1,3}[ \t\u00a0]+(?:and|to))?|(?:man|woman|boy|girl|child|baby|toddler|teenager|pensioner|widow(?:er)?)[ \t\u00a0]+of)[ \t\u00a0]+$/i;
/** A place, not a person, before the comma: "killed in Jamaica, 45, and in Haiti, 25". */
const PLACE_BEFORE_AGE =
  /\b(?:in|at|from|across|near|to)[ \t\u00a0]+(?:the[ \t\u00a0]+)?(?:\p{Lu}[\p{L}\p{M}'’-]+[ \t\u00a0]+)*\p{Lu}[\p{L}\p{M}'’-]+,[ \t\u00a0]$/u;
/** Names before a comma that are days or months, not people: "Friday, 12, ..." is no age. */
const NOT_A_PERSON = new RegExp(`(?:${[...MONTH_NAMES, ...WEEKDAY_NAMES].join('|')}),[ \\t\\u00a0]$`);

function isAge(text: string, core: Core, s: Suffixes): boolean {
  if (core.grouping || core.decimals || core.negative || s.multiplier !== undefined || s.exponent !== 0) return false;
  const n = Number(core.mantissa);
  if (!Number.isInteger(n) || n < 1 || n > 119) return false;
  const before = text.slice(Math.max(0, core.start - 40), core.start);
  if (AGED_BEFORE.test(before)) return true;
  // Set off by commas, only digits: "Amberley, sixty-one, said" is rare, and "Osk, three, ..." lists are not.
  return !core.words && NAME_BEFORE_AGE.test(before) && !NOT_A_PERSON.test(before) && !PLACE_BEFORE_AGE.test(before) && text[s.end] === ',';
}

// ---------------------------------------------------------------- digits

function digitCore(text: string, start: number, token: string): Core | undefined {
  let numEnd = start + token.length;
  let grouping = token.includes(',');
  let mantissa = token.replace(/,/g, '');
  if (/^\d{1,3}$/.test(token)) {
    const groups = sticky(SPACE_GROUPS_RE, text, numEnd);
    if (groups) {
      numEnd += groups[0].length;
      grouping = true;
      mantissa = text.slice(start, numEnd).replace(/[ \u00a0\u202f]/g, '');
    }
  }
  const dot = mantissa.indexOf('.');
  const decimals = dot < 0 ? 0 : mantissa.length - dot - 1;
  if (mantissa.startsWith('.')) mantissa = `0${mantissa}`;
  let figStart = start;
  let negative = false;
  const prev = text[start - 1];
  // Glued letters before digits: a currency code or symbol ("USD115", "P788", "Rs500") or else a name ("A320",
  // "F35", "v2").
  if (prev !== undefined && /[\p{L}]/u.test(prev) && !currencyBefore(text, start)) return undefined;
  if (prev === '-' || prev === '−') {
    const before = text[start - 2];
    if (before !== undefined && /[\p{L}]/u.test(before)) return undefined; // "MiG-29", "F-35", "COVID-19"
    if (before === undefined || !/[\p{N}]/u.test(before)) {
      negative = true;
      figStart = start - 1;
    }
  }
  if (prev === '#' || prev === '_' || prev === '/' || prev === '\\' || prev === '@') return undefined;
  const core: Core = {
    start: figStart,
    numStart: start,
    numEnd,
    mantissa: negative ? `-${mantissa}` : mantissa,
    words: false,
    grouping,
    decimals,
    negative,
  };
  const cur = currencyBefore(text, figStart);
  if (cur) {
    core.currencyPrefix = cur.prefix;
    core.currency = cur.code;
    core.start = figStart - cur.prefix.length;
    // "-$5": the sign before the currency.
    if (!negative && text[core.start - 1] === '-' && !/[\p{L}\p{N}]/u.test(text[core.start - 2] ?? ' ')) {
      core.negative = true;
      core.mantissa = `-${mantissa}`;
      core.start -= 1;
    }
  }
  applyMinusWord(text, core);
  return core;
}

function digitQuantities(text: string, start: number, token: string, blocked: Uint8Array, out: Quantity[]): void {
  if ((token.match(/\./g) ?? []).length > 1) return; // versions, IP addresses: 1.2.3
  if (token.includes(',') && !GROUPED_RE.test(token)) {
    // Not thousands groups: a list written without spaces ("22,24,26").
    let offset = start;
    for (const part of token.split(',')) {
      if (part && !part.includes('.')) digitQuantities(text, offset, part, blocked, out);
      offset += part.length + 1;
    }
    return;
  }
  if (blocked[start] || blocked[start + token.length - 1]) return;
  const core = digitCore(text, start, token);
  if (!core) return;
  const s = digitSuffixes(text, core);
  if (!s) return;
  if (core.currencyPrefix?.trim() === 'P' && !pesoPrefixIsMoney(core, s)) return;
  moneyAndPercent(text, core, s);
  attachUnit(text, s, s.currency || core.currency || s.percentSuffix ? 'other' : 'number', core);
  const q = finish(text, core, s);
  if (q) out.push(q);
}

/**
 * "P" before a figure is the peso only on a figure the labels it shares the letter with never have: a scale
 * ("P14.3 billion"), thousands groups or decimals ("P 8,966,629,281.28"), or three digits or more ("P500 fine").
 * "P3" (a grid position), "P5" (the Security Council's permanent members) and "P45" (a tax form) stay names.
 */
function pesoPrefixIsMoney(core: Core, s: Suffixes): boolean {
  return s.scale !== undefined || core.grouping || core.decimals > 0 || Math.abs(Number(core.mantissa)) >= 100;
}

// ---------------------------------------------------------------- words

function wordQuantity(text: string, at: number, blocked: Uint8Array, out: Quantity[]): number {
  // A share written as a fraction ("two-thirds of", "a quarter of") before the figure its words might begin.
  const share = wordShareAt(text, at);
  if (share) {
    out.push(share);
    return share.end;
  }
  const scan = scanNumberWords(text, at);
  if (!scan) return at + 1;
  if ('rejected' in scan) return scan.end;
  if (blocked[scan.start]) return scan.end;
  const core: Core = {
    start: scan.start,
    numStart: scan.start,
    numEnd: scan.end,
    mantissa: String(scan.value),
    words: true,
    wordScale: scan.scale,
    wordsCount: scan.words,
    capitalized: /^\p{Lu}/u.test(text[scan.start]),
    grouping: false,
    decimals: 0,
    negative: false,
  };
  applyMinusWord(text, core);
  const s: Suffixes = { end: scan.end, exponent: 0, minor: false };
  const codeScale = scan.scale === undefined ? sticky(SCALE_BEFORE_CODE_RE, text, s.end) : null;
  if (codeScale) {
    // "twenty MUSD": twenty million US dollars.
    s.scale = codeScale[2];
    s.scaleGap = codeScale[1];
    s.exponent = scaleExponent(codeScale[2]) ?? 0;
    s.end += codeScale[0].length;
  }
  moneyAndPercent(text, core, s);
  attachUnit(text, s, s.currency || s.percentSuffix ? 'other' : 'number', core);
  if (isPronounOne(text, core, s)) return scan.end;
  const q = finish(text, core, s);
  if (q) out.push(q);
  return s.end;
}

/**
 * "one" is a claim only when it counts something this extractor knows: "one soldier", "one ship",
 * "one percent", "one dollar". "one of the boats", "no one", "the one that" are pronouns, and "by one
 * estimate", "at one point", "one key issue" are idioms no fact table records.
 */
function isPronounOne(text: string, core: Core, s: Suffixes): boolean {
  if (core.wordsCount !== 1 || core.mantissa !== '1') return false;
  if (s.currency || s.percentSuffix) return false;
  if (!s.unit?.known) return !isListedOne(text, core);
  return PRONOUN_ONE_BEFORE.test(text.slice(Math.max(0, core.numStart - 20), core.numStart));
}

/** The item before a last "and one in ...": a count and a few words of where, ending at the list's joint. */
const LIST_BEFORE_ONE =
  /(?:^|[^\p{L}\d.,])([\d][\d,]*|\p{L}+)[ \t\u00a0]+(?:in|at|from|by)[ \t\u00a0][^,;:.!?\d]{1,40}?(?:,[ \t\u00a0]*(?:and[ \t\u00a0]+)?|[ \t\u00a0]+and[ \t\u00a0]+)$/iu;
/** Where the last item of such a list is: "one in Marrow", "one from the north". */
const PLACE_AFTER_ONE = /^[ \t\u00a0]+(?:each[ \t\u00a0]+)?(?:in|at|from)[ \t\u00a0]/i;

/**
 * "five in Marrow, four in Osk and one in Tessel": "one" closing a list of counts by place is a count of
 * what the list counts, its noun left out as in the items before it.
 */
function isListedOne(text: string, core: Core): boolean {
  if (!PLACE_AFTER_ONE.test(text.slice(core.numEnd, core.numEnd + 12))) return false;
  const m = LIST_BEFORE_ONE.exec(text.slice(Math.max(0, core.numStart - 80), core.numStart));
  return !!m && (/^\d/.test(m[1]) || isNumberWord(m[1].toLowerCase()));
}

// ---------------------------------------------------------------- the pass

/**
 * Every figure in `visible` (the document text with ignored regions blanked, so offsets are document
 * offsets), in document order. `start`/`end` cover a hedge when there is one; `figure` covers the number
 * with its currency, scale and percent sign; the unit noun is reported but not included in the span.
 */
export function extractQuantities(visible: string): Quantity[] {
  const blocked = blockedMask(visible);
  const found: Quantity[] = [];
  for (const m of visible.matchAll(DIGITS_RE)) digitQuantities(visible, m.index, m[0], blocked, found);
  let next = 0;
  for (const m of visible.matchAll(NUMBER_WORD_START)) {
    if (m.index < next) continue;
    next = wordQuantity(visible, m.index, blocked, found);
  }
  for (const m of visible.matchAll(GLYPH_RE)) {
    const share = glyphShareAt(visible, m.index);
    if (share) found.push(share);
  }
  found.push(...anotherPeriods(visible));
  found.push(...ratioShares(visible));
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Quantity[] = [];
  for (const q of found) {
    const last = out[out.length - 1];
    if (last && q.start < last.end) continue;
    out.push(q);
  }
  return out;
}
