// The claims each source makes: every figure and date, found by the same extractors that check drafts,
// each with the words around it (weighted as the matcher weighs them) and the clause that states it.

import type { Bound, DateValue, Kind, Span } from '../types';
import { extractDates } from '../extract/dates';
import { extractQuantities } from '../extract/quantities';
import { recordedValue } from '../extract/shares';
import { dateValueToIso } from '../format/isoDate';
import { unitFamily } from '../extract/units';
import { claimContext, type Matchable } from '../match/match';
import { stemWord, tokens } from '../match/terms';
import { maskDocument } from '../text/mask';
import { paragraphs, sentencesIn } from '../text/sentences';
import { SpanSet } from '../text/spans';
import type { ClaimFrame } from '../match/frame';
import { frameOf } from './frames';
import { clauseAround } from './quote';
import type { SourceInfo } from './source';
import { spanIndexAt } from '../text/spans';

export interface CollectedClaim {
  /** Position of the source in the build, for stable ordering and tie-breaks. */
  sourceIndex: number;
  sourceId: string;
  kind: Exclude<Kind, 'entity'>;
  value: number | DateValue;
  bound: Bound;
  /** Canonical unit noun ('troop', 'death') for counts. */
  unit?: string;
  currency?: string;
  start: number;
  quote: string;
  /** Stem -> weight: the words around the figure, nearest weighing most. */
  context: Map<string, number>;
  /** Stem -> weight: the words of the whole sentence (1) and of the one before it (less), distance aside. */
  sentenceWords: Map<string, number>;
  /** Stem -> the word as written, for cues and ids. */
  surface: Map<string, string>;
  /** The claim as the extractors found it, for matching it against an existing table. */
  claim: Matchable;
  sentenceIndex: number;
  /** What the figure counts, its time, place and role, as the checker reads them. */
  frame: ClaimFrame;
  /**
   * A date a source gives without a year and nothing in it tells the year ("from April" in an undated
   * article): it may line up with other sources' dates, and takes its year from them, or is left out.
   */
  yearless?: true;
  /** The source's own date (ISO), when it states one: a later report may give a running count updated. */
  published?: string;
  /**
   * Years the sentence gives its other figures where this one is placed "now" or "this year" ("3% this year,
   * climbing to 4% in 2031"): the writer sets it apart from them, so it is not of those years.
   */
  notYears?: number[];
}

/** A source's prose ready for extraction: masked text and its sentences. */
export interface PreparedSource {
  info: SourceInfo;
  visible: string;
  paragraphs: Span[];
  sentences: Span[];
}

export function prepareSource(info: SourceInfo): PreparedSource {
  const visible = maskDocument(info.text);
  const paras = paragraphs(visible);
  return { info, visible, paragraphs: paras, sentences: paras.flatMap((p) => sentencesIn(visible, p)) };
}

/**
 * The date as a fact table holds it (year, month and day, as precise as the text is); undefined when no year
 * is known or the value is a range across months.
 */
export function tableDate(d: DateValue): DateValue | undefined {
  if (d.year === undefined) return undefined;
  if (d.precision === 'year' || d.month === undefined) return { year: d.year, precision: 'year' };
  const month: DateValue = { year: d.year, month: d.month, precision: 'month' };
  if (d.precision === 'month' || d.day === undefined) return month;
  if (d.span && d.span > 1) {
    // "last week" is a span of days: within one month it still tells the month.
    const last = new Date(Date.UTC(d.year, d.month - 1, d.day + d.span - 1));
    return last.getUTCMonth() + 1 === d.month ? month : undefined;
  }
  return { year: d.year, month: d.month, day: d.day, precision: 'day' };
}

/** A yearless month or day as far as it goes ("April", "24 November"); undefined for ranges across months. */
function monthDate(d: DateValue): DateValue | undefined {
  if (d.year !== undefined || d.month === undefined || (d.span && d.span > 1)) return undefined;
  return d.precision === 'day' && d.day !== undefined ? { month: d.month, day: d.day, precision: 'day' } : { month: d.month, precision: 'month' };
}

/**
 * The year a group's other sources give a yearless date of the same month, or undefined: the claim is then
 * left out, as no source says which year it means.
 */
export function yearFromGroup(c: CollectedClaim, group: readonly CollectedClaim[]): DateValue | undefined {
  const d = c.value as DateValue;
  const years = group
    .filter((o) => !o.yearless && o.kind === 'date' && (o.value as DateValue).month === d.month)
    .map((o) => (o.value as DateValue).year)
    .filter((y): y is number => y !== undefined);
  return years.length ? { ...d, year: years[0] } : undefined;
}

/**
 * The date a source's yearless dates ("November 29") belong to when it states no date of its own: the
 * latest full date it writes (a photo caption's is masked: the picture's). Relative dates are not resolved
 * against it (see collectClaims).
 */
function yearAnchor(visible: string): string | undefined {
  let latest: string | undefined;
  for (const d of extractDates(visible)) {
    if (d.date.precision !== 'day' || !d.style.withYear || d.date.span) continue;
    const date = tableDate(d.date);
    const iso = date && dateValueToIso(date);
    if (iso && (!latest || iso > latest)) latest = iso;
  }
  return latest;
}

/** The date in the year (the anchor's, or one either side) that puts it nearest the anchor. */
export function nearestYear(d: DateValue, anchor: string): DateValue {
  if (d.year === undefined || d.month === undefined) return d;
  const at = Date.parse(anchor);
  const year = Number(anchor.slice(0, 4));
  const distance = (y: number) => Math.abs(Date.UTC(y, (d.month as number) - 1, d.day ?? 15) - at);
  const best = [year - 1, year, year + 1].reduce((a, b) => (distance(b) < distance(a) ? b : a));
  return { ...d, year: best };
}

function latest(a: string | undefined, b: string | undefined): string | undefined {
  return a === undefined ? b : b === undefined || a > b ? a : b;
}

function surfaceWords(visible: string, span: Span, into: Map<string, string>): void {
  for (const t of tokens(visible, span.start, span.end)) {
    if (into.has(t.stem)) continue;
    const word = visible.slice(t.start, t.end);
    const part = word.split('-').find((p) => stemWord(p.toLowerCase()) === t.stem) ?? word;
    into.set(t.stem, part);
  }
}

/** "ten days ago", "two weeks later": a date relative to something, not a count of days. */
function isElapsedTime(visible: string, claim: Matchable): boolean {
  if (claim.kind === 'date' || !claim.unit || unitFamily(claim.unit) !== 'duration') return false;
  return /^[ \t]+[\p{L}-]+[ \t]+(?:ago|later|earlier|before|after|from[ \t]+now)\b/iu.test(visible.slice(claim.figure.end, claim.figure.end + 40));
}

/** Weight of the previous sentence's words: it often names what the figure's sentence only refers to. */
const PREVIOUS_SENTENCE = 0.3;

function bagOfWords(visible: string, sentence: Span, previous?: Span): Map<string, number> {
  const bag = new Map<string, number>();
  if (previous) for (const t of tokens(visible, previous.start, previous.end)) bag.set(t.stem, PREVIOUS_SENTENCE);
  for (const t of tokens(visible, sentence.start, sentence.end)) bag.set(t.stem, 1);
  return bag;
}

/** Every figure and date of one source, as claims a fact table can hold. */
export function collectClaims(src: PreparedSource, sourceIndex: number, storyDate?: string): CollectedClaim[] {
  const { info, visible, sentences } = src;
  if (!sentences.length) return [];
  // Failing its own, the later of the latest date it writes and the story's: both come before the day it was
  // written (sources of one story are written within days of each other), and a yearless date in the past
  // tense is read as the most recent one not after the anchor.
  const anchor = info.published ?? latest(yearAnchor(visible), storyDate);
  const inDateline = (s: Span) => info.dateline !== undefined && s.start >= info.dateline.start && s.end <= info.dateline.end;
  // Relative dates mean something only against the article's own date; an anchor inferred from the prose would be a
  // guess, as is a day counted from the article's date for want of a stated one ("the next day").
  const dates = extractDates(visible, anchor).filter((d) => !(d.relative && !info.published) && !d.fromDocumentDate && !inDateline(d));
  const dateSpans = new SpanSet(dates);
  const quantities = extractQuantities(visible).filter((q) => !dateSpans.has(q) && !inDateline(q));
  const out: CollectedClaim[] = [];
  const sentenceOf = (s: Span) => sentences[spanIndexAt(sentences, s.start)];
  const indexOf = (s: Span) => spanIndexAt(sentences, s.start);
  const items: Matchable[] = [...quantities.map((q) => ({ ...q, sentence: sentenceOf(q) })), ...dates.map((d) => ({ ...d, sentence: sentenceOf(d) }))].sort(
    (a, b) => a.start - b.start,
  );
  const year = anchor ? Number(anchor.slice(0, 4)) : undefined;
  for (const claim of items) {
    let value: number | DateValue | undefined;
    let bound = claim.bound;
    let unit: string | undefined;
    let currency: string | undefined;
    let yearless = false;
    if (claim.kind === 'date') {
      value = tableDate(claim.date);
      if (!value && !anchor) {
        value = monthDate(claim.date);
        yearless = value !== undefined;
      }
      // Against a guessed anchor, tense says little: the year is the one that puts the date nearest it.
      if (value && !info.published && anchor && !claim.style.withYear) value = nearestYear(value, anchor);
    } else {
      ({ value, bound } = recordedValue(claim));
      unit = claim.unit;
      currency = claim.currency;
    }
    if (value === undefined || isElapsedTime(visible, claim)) continue;
    const surface = new Map<string, string>();
    surfaceWords(visible, claim.sentence, surface);
    if (unit !== undefined && !surface.has(stemWord(unit))) surface.set(stemWord(unit), unit);
    const c: CollectedClaim = {
      sourceIndex,
      sourceId: info.id,
      kind: claim.kind,
      value,
      bound,
      start: claim.start,
      quote: clauseAround(info.text, claim.sentence, claim.start, claim.end),
      context: claimContext(visible, claim),
      sentenceWords: bagOfWords(visible, claim.sentence, sentences[indexOf(claim) - 1]),
      surface,
      claim,
      sentenceIndex: indexOf(claim),
      frame: frameOf(
        visible,
        claim,
        claim.sentence,
        // As the checker reads them: a figure's rivals are the other figures, a date's the other dates ("3% in 2031").
        items.filter((o) => o !== claim && o.sentence === claim.sentence && (o.kind === 'date') === (claim.kind === 'date')),
        year,
      ),
    };
    if (unit !== undefined) c.unit = unit;
    if (currency !== undefined) c.currency = currency;
    if (yearless) c.yearless = true;
    if (info.published) c.published = info.published;
    out.push(c);
  }
  return withYearsSetApart(out);
}

/** Marks the figures a sentence places "now" beside others it places in a year: see `notYears`. */
function withYearsSetApart(claims: CollectedClaim[]): CollectedClaim[] {
  for (const c of claims) {
    if (c.kind === 'date' || !c.frame.present || c.frame.years.length) continue;
    const others = claims.filter((o) => o !== c && o.kind !== 'date' && o.sentenceIndex === c.sentenceIndex).flatMap((o) => o.frame.years);
    if (others.length) c.notYears = [...new Set(others)];
  }
  return claims;
}

/** Stems of every sentence of every source, for weighing words by how rare they are in the story. */
export function sentenceStems(sources: readonly PreparedSource[]): Set<string>[] {
  return sources.flatMap((s) => s.sentences.map((sp) => new Set(tokens(s.visible, sp.start, sp.end).map((t) => t.stem))));
}
