import type { Claim, CheckOptions, CheckResult, Fact, FactTable, Finding, Span, Summary } from './types';
import { documentDateIn, extractDates, frontMatterDate, parseDocumentDate, unresolvedDates, type UnresolvedDate } from './extract/dates';
import type { DocumentDate } from './text/documentDate';
import { namesInRun, unknownNames } from './extract/unknownNames';
import { extractQuantities } from './extract/quantities';
import { columnDates } from './extract/columnDates';
import { matchEntitiesInSentence } from './match/entities';
import { indexFacts, type FactIndex } from './match/factIndex';
import { matchSentence, type Matchable } from './match/match';
import { aheadOfFact } from './match/ahead';
import { keepsLengths, lengthReadings, withLengths } from './match/lengthReadings';
import { rangesIn } from './extract/figureRanges';
import { rangesRead, withRangesRead } from './match/rangeReadings';
import { findingMessage } from './format/message';
import { DEFAULT_SEVERITY } from './severity';
import { maskDocument } from './text/mask';
import { paragraphs, sentencesIn } from './text/sentences';
import { SpanSet, spanIndexAt } from './text/spans';
import { withdrawnSpans } from './text/withdrawn';
import { isQuestionLine, layoutOf } from './text/layout';
import type { NameInRun, ParagraphCache, ParagraphResult } from './cache';
import { inSlice, moveSpan, shiftClaim, shiftFinding } from './shift';
import { judge, type JudgeContext } from './verdict/judge';
import { describeSource } from './table/sourceText';
import { withoutOwnSourceMisreadings } from './verdict/ownSource';

/** A table made ready for checking many drafts: the table and its index. */
export interface PreparedTable {
  table: FactTable;
  index: FactIndex;
}

export function prepareTable(table: FactTable): PreparedTable {
  return { table, index: indexFacts(table) };
}

function emptySummary(): Summary {
  return { claims: 0, matched: 0, agrees: 0, contested: 0, unsupported: 0, disagrees: 0, misspelled: 0 };
}

/** Thrown by check() when its `shouldStop` says a newer request has made this one pointless. */
export class CheckCancelled extends Error {
  constructor() {
    super('check cancelled');
  }
}

export interface CheckRunOptions extends CheckOptions {
  /** Paragraph memo kept by an editor between checks of the same table; results are the same with or without it. */
  cache?: ParagraphCache;
  /** Asked between paragraphs; returning true abandons the check with CheckCancelled. */
  shouldStop?: () => boolean;
  /** List every claim in the result (default). An editor showing findings sets false: the summary still counts them. */
  withClaims?: boolean;
}

function toFinding(claim: Claim, fact: Fact, ctx: JudgeContext, visible: string): Finding | undefined {
  const j = judge(claim, fact, ctx);
  if (!j) return undefined;
  return {
    verdict: j.verdict,
    severity: DEFAULT_SEVERITY[j.verdict],
    factId: fact.id,
    claim,
    text: visible.slice(claim.start, claim.end + (j.beyond ?? 0)),
    start: claim.start,
    end: claim.end + (j.beyond ?? 0),
    message: findingMessage(j.verdict, claim, fact, j.cited, j.citing, j.sources),
    cited: j.cited,
    replacement: j.replacement,
    sources: j.sources,
    ...(j.alternatives ? { alternatives: j.alternatives } : {}),
  };
}

/** Everything one paragraph contributes, in document offsets. `question` is a Q&A's question line just before it. */
function analyzeParagraph(
  visible: string,
  para: Span,
  question: Span | undefined,
  prepared: PreparedTable,
  documentDate: string | undefined,
  names: Map<string, readonly NameInRun[]>,
): ParagraphResult {
  const sentences = sentencesIn(visible, para);
  const sentenceOf = (s: Span) => sentences[spanIndexAt(sentences, s.start)] ?? para;
  const slice = visible.slice(para.start, para.end);
  const inProse = inSlice(extractDates(slice, documentDate), para.start);
  const dates = [...inProse, ...columnDates(visible, para, documentDate, inProse)].sort((a, b) => a.start - b.start);
  const documentYear = documentDate ? Number(documentDate.slice(0, 4)) : undefined;
  const dateSpans = new SpanSet(dates);
  // A date's digits are not figures of their own ("November 29", "in 1990").
  const figures = inSlice(extractQuantities(slice), para.start);
  const quantities = figures.filter((q) => !dateSpans.has(q));
  const matchable: Matchable[] = [...quantities.map((q) => ({ ...q, sentence: sentenceOf(q) })), ...dates.map((d) => ({ ...d, sentence: sentenceOf(d) }))].sort(
    (a, b) => a.start - b.start,
  );

  const entityMatches = sentences.flatMap((s) => matchEntitiesInSentence(visible, s, prepared.index));
  const known = new SpanSet<Span>([...entityMatches.map((m) => m.claim), ...matchable]);
  const unmatched = sentences.flatMap((s) => unknownNames(visible, s, known, names));
  for (const m of entityMatches) {
    // A known name's type comes from its own text, once per distinct name.
    const n = namesInRun(m.claim.name, names)[0];
    if (n) m.claim.entityType = n.entityType;
  }

  const pairs: { claim: Claim; fact: Fact }[] = entityMatches.map((m) => ({ claim: m.claim, fact: m.fact }));
  // A day counted from the document's date for want of a stated one is a guess at which event it follows: it is
  // listed, but matched to no fact, so it is never judged and leaves the facts to the dates that are.
  // A value a correction withdraws ("an earlier version said 40") is listed but never judged: the draft no longer claims it.
  const withdrawn = sentences.flatMap((s) => withdrawnSpans(visible, s));
  const isWithdrawn = (c: Span) => withdrawn.some((w) => c.start >= w.start && c.end <= w.end);
  const judged = matchable.filter((c) => !(c.kind === 'date' && c.fromDocumentDate) && !isWithdrawn(c));
  const layout = layoutOf(visible, para, sentences, question);
  // A relative date counting a length ("within 72 hours") is also matched as that length (match/lengthReadings.ts),
  // also one counted from the document's date: its length is written, whichever day it counts from.
  const lengthOf = keepsLengths(prepared.index)
    ? lengthReadings(
        matchable.filter((c) => !isWithdrawn(c)),
        figures.map((q) => ({ ...q, sentence: sentenceOf(q) })),
      )
    : new Map<Matchable, Matchable>();
  const ctx: JudgeContext = { documentDate, sourceValue: describeSource };
  // "between 40 and 50 people" is one claim of a range, unless its two ends are two facts (the youngest and oldest ages).
  const ranges = rangesIn(
    visible,
    matchable.filter((c): c is Extract<Matchable, { kind: 'number' | 'money' | 'percent' }> => c.kind !== 'date'),
  );
  sentences.forEach((s) => {
    const here = (c: Span) => c.start >= s.start && c.start < s.end;
    const inSentence = judged.filter(here);
    const lengths = matchable.filter((c) => here(c) && lengthOf.has(c));
    if (!inSentence.length && !lengths.length) return;
    const separate = inSentence.length ? matchSentence(visible, inSentence, prepared.index, documentYear, layout) : [];
    const rangesHere = ranges.filter((r) => here(r.range) && inSentence.includes(r.low) && inSentence.includes(r.high));
    const asDates = withRangesRead(
      separate,
      rangesHere,
      () => matchSentence(visible, rangesRead(inSentence, rangesHere), prepared.index, documentYear, layout),
      (p) => judge(p.claim, p.fact, ctx)?.verdict === 'agrees',
    );
    const asLengths = () => {
      const read = [...new Set([...inSentence, ...lengths])].sort((a, b) => a.start - b.start).map((c) => lengthOf.get(c) ?? c);
      return matchSentence(visible, read, prepared.index, documentYear, layout);
    };
    const matched = lengths.length ? withLengths(asDates, asLengths(), lengthOf) : asDates;
    for (const m of matched) if (!aheadOfFact(m.claim, m.fact, documentDate)) pairs.push(m);
  });
  const findings = pairs.map(({ claim, fact }) => toFinding(claim, fact, ctx, visible)).filter((f): f is Finding => f !== undefined);
  const claims: Claim[] = [...matchable, ...entityMatches.map((m) => m.claim), ...unmatched];
  // Without a document date relative dates are not read; they are counted, so the writer can be told.
  const unresolvedRelative = documentDate === undefined ? unresolvedDates(slice).length : 0;
  return { claims, findings, lastSentence: sentences[sentences.length - 1], unresolvedRelative };
}

/**
 * Check one draft against a prepared table. The same text, table and options give the same result,
 * with or without a cache: a check is always computed paragraph by paragraph, and the cache only
 * remembers paragraphs it has seen with the same context.
 */
export function check(text: string, prepared: PreparedTable, options: CheckRunOptions = {}): CheckResult {
  const visible = maskDocument(text);
  const dated = documentDateOf(text, options);
  const documentDate = dated?.date;
  const claims: Claim[] = [];
  const findings: Finding[] = [];
  let previous: Span | undefined;
  let previousPara: Span | undefined;
  const names = options.cache?.names ?? new Map<string, readonly NameInRun[]>();
  const withClaims = options.withClaims ?? true;
  let claimCount = 0;
  let unresolved = 0;
  for (const para of paragraphs(visible)) {
    if (options.shouldStop?.()) throw new CheckCancelled();
    const question = previousPara && isQuestionLine(visible, previousPara) ? previousPara : undefined;
    previousPara = para;
    const context = `${previous ? visible.slice(previous.start, previous.end) : ''}\u0000${question ? visible.slice(question.start, question.end) : ''}`;
    const key = `${documentDate ?? ''}\u0000${context}\u0000${visible.slice(para.start, para.end)}`;
    const cached = options.cache?.get(key);
    if (cached) {
      claimCount += cached.claims.length;
      unresolved += cached.unresolvedRelative;
      if (withClaims) claims.push(...cached.claims.map((c) => shiftClaim(c, para.start)));
      findings.push(...cached.findings.map((f) => shiftFinding(f, para.start)));
      previous = cached.lastSentence && moveSpan(cached.lastSentence, para.start);
    } else {
      const result = analyzeParagraph(visible, para, question, prepared, documentDate, names);
      claimCount += result.claims.length;
      unresolved += result.unresolvedRelative;
      if (withClaims) claims.push(...result.claims);
      findings.push(...result.findings);
      options.cache?.set(key, {
        claims: result.claims.map((c) => shiftClaim(c, -para.start)),
        findings: result.findings.map((f) => shiftFinding(f, -para.start)),
        lastSentence: result.lastSentence && moveSpan(result.lastSentence, -para.start),
        unresolvedRelative: result.unresolvedRelative,
      });
      previous = result.lastSentence;
    }
  }
  claims.sort((a, b) => a.start - b.start);
  const kept = withoutOwnSourceMisreadings(findings, prepared.table, options.source).sort((a, b) => a.start - b.start);
  const summary = emptySummary();
  for (const f of kept) summary[f.verdict]++;
  summary.claims = claimCount;
  summary.matched = kept.length;
  const result: CheckResult = { findings: kept, claims, summary, documentDate };
  if (dated) result.dated = dated;
  else if (unresolved) result.unresolvedRelative = unresolved;
  return result;
}

/**
 * The relative dates of a draft that no date is known for ("on Monday", "last week"), where they stand: `extract`
 * lists them as unresolved. None when the draft (or the options) give a date.
 */
export function unresolvedRelativeDates(text: string, options: CheckOptions = {}): UnresolvedDate[] {
  return documentDateOf(text, options) ? [] : unresolvedDates(maskDocument(text));
}

/**
 * The date the text is read against, in order: its front matter; the date the user gave; the date the table records
 * for it when it is one of the table's sources (curated, so it beats a page's own first lines, which may be when
 * the page was stored); a dateline near the top; last, a configured fallback. An option that is no calendar date is
 * never used.
 */
export function documentDateOf(text: string, options: CheckOptions): DocumentDate | undefined {
  const fromMatter = frontMatterDate(text);
  if (fromMatter) return fromMatter;
  if (options.date && parseDocumentDate(options.date)) return { date: options.date, origin: 'option' };
  if (options.published && parseDocumentDate(options.published)) return { date: options.published, origin: 'published' };
  const inText = documentDateIn(text);
  if (inText) return inText;
  if (options.fallbackDate && parseDocumentDate(options.fallbackDate)) return { date: options.fallbackDate, origin: 'fallback' };
  return undefined;
}
