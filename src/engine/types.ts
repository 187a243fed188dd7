import type { DocumentDate } from './text/documentDate';
// The domain of a fact check: what a draft claims, what the sources say, and the verdict.
// Everything here is plain data so that the command line, the extension and tests share it.

/** Offsets are UTF-16 code units into the document's full text, as JavaScript strings count them. */
export interface Span {
  start: number;
  end: number;
}

export type Kind = 'number' | 'money' | 'percent' | 'date' | 'entity';
export const KINDS: readonly Kind[] = ['number', 'money', 'percent', 'date', 'entity'];

/** How a figure is hedged. `exact` is a bare figure. */
export type Bound = 'exact' | 'about' | 'at-least' | 'more-than' | 'at-most' | 'less-than';
export const BOUNDS: readonly Bound[] = ['exact', 'about', 'at-least', 'more-than', 'at-most', 'less-than'];

export type Verdict = 'agrees' | 'unsupported' | 'disagrees' | 'contested' | 'misspelled';
export const VERDICTS: readonly Verdict[] = ['disagrees', 'unsupported', 'misspelled', 'contested', 'agrees'];

/** How a finding is shown; `none` hides it (agreeing claims, by default). */
export type Severity = 'error' | 'warning' | 'information' | 'hint' | 'none';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint', 'none'];

export type EntityType = 'person' | 'organization' | 'place';

/** How a number was written, so a replacement can be written the same way. */
export interface NumberStyle {
  /**
   * `digits`: 15,000 / 16.5; `words`: eighty-three, fifteen thousand; `digits-scale`: 15 thousand, $50mn, 300 billion;
   * `fraction`: a share written as a fraction (two-thirds, a quarter, half, ⅔), a percent claim of its percentage.
   */
  form: 'digits' | 'words' | 'digits-scale' | 'fraction';
  /** Thousands separators were used (15,000 rather than 15000). */
  grouping: boolean;
  /** Digits after the decimal point as written. */
  decimals: number;
  /** The scale word or suffix exactly as written: 'thousand', 'million', 'mn', 'm', 'bn', 'k'... */
  scale?: string;
  /** Whitespace between the number and the scale word ('' for $50mn, ' ' for $50 million). */
  scaleGap?: string;
  /** Currency symbol or code written before the number: '$', 'US$', '€', 'USD '. */
  currencyPrefix?: string;
  /** Currency written after: ' dollars', ' euros', ' USD'. */
  currencySuffix?: string;
  /** Percent sign as written: '%', ' percent', ' per cent'. */
  percentSuffix?: string;
  /** For `words`: the number words were capitalised (sentence start). */
  capitalized?: boolean;
  /** For `fraction`: how it was written, so a replacement keeps the form. */
  fraction?: FractionStyle;
}

/** How a fraction was written ("two-thirds of", "a quarter of", "half the", "⅔"). */
export interface FractionStyle {
  /** A glyph (⅔, ½) rather than words. */
  glyph: boolean;
  /** Numerator and denominator joined by a hyphen ("two-thirds", "one-fifth"). */
  hyphen: boolean;
  /** What stood for a numerator of one: the article ("a third"), nothing ("half"), or "one" ("one fifth"). */
  one: 'article' | 'none' | 'number';
  /** The first word was capitalised (sentence start). */
  capitalized: boolean;
  /** A determiner followed with no "of" ("half the homes"): a percentage written in its place needs one ("50% of the homes"). */
  needsOf: boolean;
  /** Written as a ratio ("one in five", "1 in 4"), in words or digits. */
  ratio?: 'words' | 'digits';
}

export type DatePrecision = 'year' | 'month' | 'day';
export type DatePart = 'early' | 'mid' | 'late';

/** A calendar date known to some precision. `year` may be unknown when a draft writes "November 29" and has no date of its own. */
export interface DateValue {
  year?: number;
  month?: number; // 1-12
  day?: number; // 1-31
  /** early/mid/late part of a month (or of a year when month is absent). */
  part?: DatePart;
  precision: DatePrecision;
  /** With precision 'day': the value covers this many consecutive days starting at year-month-day
   *  (7 for "last week" = Monday to Sunday, 2 for "the weekend", 3 for "November 27-29"). Absent means one day. */
  span?: number;
}

/** How a date was written, so a replacement can keep the style. */
export interface DateStyle {
  /** iso: 2025-11-29; month-day: November 29 / Nov. 29, 2025; day-month: 29 November 2025; month-year: August 2025; year: 1990;
   *  weekday: Saturday; relative: yesterday, last week; part: late November. */
  form: 'iso' | 'month-day' | 'day-month' | 'month-year' | 'year' | 'weekday' | 'relative' | 'part';
  /** The month name as written ('November', 'Nov.', 'Nov'). */
  monthName?: string;
  /** The year was written. */
  withYear?: boolean;
  /** An ordinal suffix was used (September 1st). */
  ordinal?: boolean;
  /** The first word was capitalised though it is not a name (sentence start: "Late November"). */
  capitalized?: boolean;
  /** A weekday written before the date restates it: the claim's text before the date ('Monday, ', 'this friday (')
   *  and after it (')'). */
  restated?: { before: string; after: string };
}

interface ClaimBase {
  kind: Kind;
  /** The claim as written, hedge included: `at least 83`, `$50mn`, `Nov. 29`. */
  text: string;
  start: number;
  end: number;
  /** The sentence the claim stands in (its context). */
  sentence: Span;
}

/** The period a rate is counted over: "£140,000 a week", "120 litres a day". */
export type RatePeriod = 'hour' | 'day' | 'week' | 'month' | 'year';

/** A rate's period as written after its figure (or the figure's unit noun). */
export interface RatePer {
  period: RatePeriod;
  /** The text from the claim's end to the period's word, as written: " a ", " litres per person per ", "-a-". */
  gap: string;
  /** The period's word as written: "week", "annum", "yr". */
  word: string;
}

export interface QuantityClaim extends ClaimBase {
  kind: 'number' | 'money' | 'percent';
  /** In full units: 50000000 for $50mn; 10 for 10%. */
  value: number;
  bound: Bound;
  /** The hedge as written ('at least', 'nearly'), absent for a bare figure. */
  hedge?: string;
  /** Span of the figure alone, without the hedge. */
  figure: Span;
  /** The unit noun that follows the figure, singular and lower case: 'troop', 'ton', 'kilometer'. */
  unit?: string;
  /** ISO 4217 code for money. */
  currency?: string;
  /** Characters from the claim's end to the end of its unit noun, where one follows: 12 for "41 centimetres". */
  unitLength?: number;
  /** The period of a rate: "£140,000 a week". Outside the claim's span, as the unit noun is. */
  per?: RatePer;
  /** The upper end of a range the claim writes ("between 40 and 50 people"): `value` is then the lower end. */
  upTo?: number;
  /** A length read out of a relative date: the word that made it one ("later" of "83 days later", "within"). */
  interval?: string;
  style: NumberStyle;
}

export interface DateClaim extends ClaimBase {
  kind: 'date';
  /** Resolved against the document's date where the text leaves the year or day implicit. */
  date: DateValue;
  bound: 'exact';
  style: DateStyle;
  /** Relative expressions are resolved from the document date; replacements for them are not offered. */
  relative?: boolean;
  /**
   * "The next day", "two days later" with no date stated before them in their paragraph: counted from the document's
   * date, a guess at which event they follow. Listed with that value, never judged.
   */
  fromDocumentDate?: boolean;
}

export interface EntityClaim extends ClaimBase {
  kind: 'entity';
  name: string;
  entityType: EntityType;
  bound: 'exact';
}

export type Claim = QuantityClaim | DateClaim | EntityClaim;

// ---------------------------------------------------------------- fact table

/** 1-based line and column, as editors and compilers print them. */
export interface Position {
  line: number;
  column: number;
}

export interface TableRange {
  start: Position;
  end: Position;
  /** Offsets into the table file's text. */
  offset: Span;
}

export interface Source {
  id: string;
  title: string;
  publisher?: string;
  /** ISO date (YYYY-MM-DD). */
  published?: string;
  /** As written in the table: relative to the table file. */
  path?: string;
  url?: string;
  range: TableRange;
}

export type QuantityKind = 'number' | 'money' | 'percent';

/** A number in full units (number, money, percent), a date at some precision (date), or a name (entity). */
export type FactValue = number | DateValue | string;

/** What one source reports, its value parsed as the fact's kind requires. */
export interface SourceClaim<V extends FactValue = FactValue> {
  source: string;
  value: V;
  bound: Bound;
  quote?: string;
  range: TableRange;
}

interface FactBase {
  id: string;
  label: string;
  unit?: string;
  currency?: string;
  cues: string[];
  bound: Bound;
  /** Relative tolerance for `about`. */
  tolerance: number;
  aliases: string[];
  /** The claims cannot all be true together. */
  contested: boolean;
  range: TableRange;
}

export interface QuantityFact extends FactBase {
  kind: QuantityKind;
  /** The cited value: as written, or the value most sources report. Undefined when neither exists. */
  value?: number;
  claims: SourceClaim<number>[];
}

/** Table dates carry year, month and day only (no part or span): the table writes YYYY, YYYY-MM or YYYY-MM-DD. */
export interface DateFact extends FactBase {
  kind: 'date';
  value?: DateValue;
  claims: SourceClaim<DateValue>[];
}

export interface EntityFact extends FactBase {
  kind: 'entity';
  value?: string;
  claims: SourceClaim<string>[];
}

export type Fact = QuantityFact | DateFact | EntityFact;

/** A fact before its claims are weighed against each other: what the loader and the table builder assemble. */
export type UnjudgedFact = Omit<QuantityFact, 'contested'> | Omit<DateFact, 'contested'> | Omit<EntityFact, 'contested'>;

/** One of a fact's claims with the fact, so the claim's value is known to be of the fact's kind (`kind` tells which). */
export type FactClaim =
  | { kind: QuantityKind; fact: QuantityFact; claim: SourceClaim<number> }
  | { kind: 'date'; fact: DateFact; claim: SourceClaim<DateValue> }
  | { kind: 'entity'; fact: EntityFact; claim: SourceClaim<string> };

export interface FactTable {
  version: 1;
  sources: Map<string, Source>;
  facts: Fact[];
}

export interface TableProblem {
  severity: 'error' | 'warning';
  message: string;
  range: TableRange;
}

export interface LoadedTable {
  /** Null when the table has errors: callers keep their last valid table. */
  table: FactTable | null;
  problems: TableProblem[];
}

// ---------------------------------------------------------------- findings

export interface SourceView {
  source: string;
  /** The value as that source wrote it (hedge included). */
  value: string;
  agrees: boolean;
}

/** One value a contested fact's sources report, as a replacement for the claim. */
export interface Alternative {
  /** The value as the (first) source wrote it. */
  value: string;
  sources: string[];
  /** That value written in the draft's style at the claim, or null where it cannot be. */
  replacement: string | null;
}

export interface Finding {
  verdict: Verdict;
  severity: Severity;
  factId: string;
  claim: Claim;
  text: string;
  start: number;
  end: number;
  message: string;
  /** The cited value, written in the draft's style with its bound. */
  cited: string;
  /** The text to put in place of [start, end), or null where no single value can be offered. */
  replacement: string | null;
  sources: SourceView[];
  /** Contested findings: every value the sources report, each ready to put in. */
  alternatives?: Alternative[];
}

export interface Summary {
  claims: number;
  matched: number;
  agrees: number;
  contested: number;
  unsupported: number;
  disagrees: number;
  misspelled: number;
}

export interface CheckOptions {
  /** The document date (YYYY-MM-DD) given by the user: it comes after front matter and before anything else. */
  date?: string;
  /** The date a fact table records for this text when it is one of the table's sources (YYYY-MM-DD). It
   *  comes before any date read from the text's first lines, but after front matter. */
  published?: string;
  /** The date to read the text against when it gives none itself (a config file's `date`): after its dateline. */
  fallbackDate?: string;
  /** The id of the table's source this text is, when it is one: what the table quotes of it is its claim. */
  source?: string;
}

export interface CheckResult {
  findings: Finding[];
  claims: Claim[];
  summary: Summary;
  /** The date relative expressions were resolved against, if any. */
  documentDate?: string;
  /** That date and where it came from (front matter, the option, the table's `published`, a dateline). */
  dated?: DocumentDate;
  /** Without a document date: how many relative dates ("on Monday", "last week") were left unresolved. */
  unresolvedRelative?: number;
}
