import type { Claim, CheckOptions, CheckResult, EntityClaim, Fact, FactTable, Finding, Span, Summary } from './types';
import { extractDates, findDocumentDate } from './extract/dates';
import { capitalizedRuns, nlpEntities } from './extract/entities';
import { extractQuantities } from './extract/quantities';
import { matchEntitiesInSentence } from './match/entities';
import { indexFacts, type FactIndex } from './match/factIndex';
import { matchSentence, type Matchable } from './match/match';
import { findingMessage } from './format/message';
import { DEFAULT_SEVERITY } from './severity';
import { maskDocument } from './text/mask';
import { paragraphs, sentencesIn } from './text/sentences';
import { SpanSet, spanIndexAt } from './text/spans';
import type { NameInRun, ParagraphCache, ParagraphResult } from './cache';
import { shiftClaim, shiftFinding } from './shift';
import { judge, type JudgeContext } from './verdict/judge';

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
}

/** Extractor results from a slice of the text, moved to document offsets. */
function inSlice<T extends Span & { figure?: Span }>(items: T[], delta: number): T[] {
  if (delta === 0) return items;
  return items.map((i) => ({
    ...i,
    start: i.start + delta,
    end: i.end + delta,
    ...(i.figure ? { figure: { start: i.figure.start + delta, end: i.figure.end + delta } } : {}),
  }));
}

/** Function words that open sentences with a capital letter without being names. */
const SENTENCE_OPENERS = new Set(
  (
    'a an the and but or nor so yet for in on at by to of from with without into onto over under after before since until ' +
    'when while where if as though although because once then now today yesterday tomorrow meanwhile however still also ' +
    'he she it they we i you his her its their our my your this that these those there here some many most all both each ' +
    'every other another such no not one two three four five six seven eight nine ten what which who why how according ' +
    'asked speaking earlier later last next first finally instead despite during among about'
  ).split(' '),
);

/** compromise's names inside one run of capitalised words, computed once per distinct run text. */
function namesInRun(run: string, memo: Map<string, readonly NameInRun[]>): readonly NameInRun[] {
  let found = memo.get(run);
  if (!found) {
    found = nlpEntities(run, { start: 0, end: run.length }).map((m) => ({ start: m.start, end: m.end, entityType: m.entityType }));
    memo.set(run, found);
  }
  return found;
}

/**
 * Names the table does not know. Name recognition costs far more than everything else, so it runs
 * only where a name can be: on each run of capitalised words that is not a known name, a date or a
 * function word opening a sentence, and only once per distinct run (a story repeats its names), so
 * the result for a run depends on its text alone.
 */
function unknownNames(visible: string, sentence: Span, known: SpanSet<Span>, memo: Map<string, readonly NameInRun[]>): EntityClaim[] {
  const out: EntityClaim[] = [];
  for (const run of capitalizedRuns(visible, sentence)) {
    const opener = run.length === 1 && run[0].start === sentence.start && SENTENCE_OPENERS.has(run[0].text.toLowerCase());
    if (opener || run.every((w) => known.has(w))) continue;
    const start = run[0].start;
    const text = visible.slice(start, run[run.length - 1].end);
    for (const n of namesInRun(text, memo)) {
      const span = { start: start + n.start, end: start + n.end };
      if (known.has(span)) continue;
      const name = visible.slice(span.start, span.end);
      out.push({ kind: 'entity', name, entityType: n.entityType, text: name, ...span, sentence, bound: 'exact' });
    }
  }
  return out;
}

function toFinding(claim: Claim, fact: Fact, ctx: JudgeContext, visible: string): Finding | undefined {
  const j = judge(claim, fact, ctx);
  if (!j) return undefined;
  return {
    verdict: j.verdict,
    severity: DEFAULT_SEVERITY[j.verdict],
    factId: fact.id,
    claim,
    text: visible.slice(claim.start, claim.end),
    start: claim.start,
    end: claim.end,
    message: findingMessage(j.verdict, claim, fact, j.cited, j.citing, j.sources),
    cited: j.cited,
    replacement: j.replacement,
    sources: j.sources,
    ...(j.alternatives ? { alternatives: j.alternatives } : {}),
  };
}

/** Everything one paragraph contributes, in document offsets. `previous` is the sentence before it. */
function analyzeParagraph(
  visible: string,
  para: Span,
  previous: Span | undefined,
  prepared: PreparedTable,
  documentDate: string | undefined,
  names: Map<string, readonly NameInRun[]>,
): ParagraphResult {
  const sentences = sentencesIn(visible, para);
  const sentenceOf = (s: Span) => sentences[spanIndexAt(sentences, s.start)] ?? para;
  const slice = visible.slice(para.start, para.end);
  const dates = inSlice(extractDates(slice, documentDate), para.start);
  const dateSpans = new SpanSet(dates);
  // A date's digits are not figures of their own ("November 29", "in 1990").
  const quantities = inSlice(extractQuantities(slice), para.start).filter((q) => !dateSpans.has(q));
  const matchable: Matchable[] = [
    ...quantities.map((q) => ({ ...q, sentence: sentenceOf(q) })),
    ...dates.map((d) => ({ ...d, sentence: sentenceOf(d) })),
  ].sort((a, b) => a.start - b.start);

  const entityMatches = sentences.flatMap((s) => matchEntitiesInSentence(visible, s, prepared.index));
  const known = new SpanSet<Span>([...entityMatches.map((m) => m.claim), ...matchable]);
  const unmatched = sentences.flatMap((s) => unknownNames(visible, s, known, names));
  for (const m of entityMatches) {
    // A known name's type comes from its own text, once per distinct name.
    const n = namesInRun(m.claim.name, names)[0];
    if (n) m.claim.entityType = n.entityType;
  }

  const pairs: { claim: Claim; fact: Fact }[] = entityMatches.map((m) => ({ claim: m.claim, fact: m.fact }));
  sentences.forEach((s, i) => {
    const inSentence = matchable.filter((c) => c.start >= s.start && c.start < s.end);
    if (!inSentence.length) return;
    for (const m of matchSentence(visible, inSentence, prepared.index, i ? sentences[i - 1] : previous)) pairs.push(m);
  });
  const ctx: JudgeContext = { documentDate };
  const findings = pairs
    .map(({ claim, fact }) => toFinding(claim, fact, ctx, visible))
    .filter((f): f is Finding => f !== undefined);
  const claims: Claim[] = [...matchable, ...entityMatches.map((m) => m.claim), ...unmatched];
  return { claims, findings, lastSentence: sentences[sentences.length - 1] };
}

/**
 * Check one draft against a prepared table. The same text, table and options give the same result,
 * with or without a cache: a check is always computed paragraph by paragraph, and the cache only
 * remembers paragraphs it has seen with the same context.
 */
export function check(text: string, prepared: PreparedTable, options: CheckRunOptions = {}): CheckResult {
  const visible = maskDocument(text);
  const documentDate = findDocumentDate(text) ?? options.date;
  const claims: Claim[] = [];
  const findings: Finding[] = [];
  let previous: Span | undefined;
  const names = options.cache?.names ?? new Map<string, readonly NameInRun[]>();
  for (const para of paragraphs(visible)) {
    if (options.shouldStop?.()) throw new CheckCancelled();
    const context = previous ? visible.slice(previous.start, previous.end) : '';
    const key = `${documentDate ?? ''}\u0000${context}\u0000${visible.slice(para.start, para.end)}`;
    const cached = options.cache?.get(key);
    const move = (s: Span | undefined, delta: number) => (s ? { start: s.start + delta, end: s.end + delta } : undefined);
    if (cached) {
      claims.push(...cached.claims.map((c) => shiftClaim(c, para.start)));
      findings.push(...cached.findings.map((f) => shiftFinding(f, para.start)));
      previous = move(cached.lastSentence, para.start);
    } else {
      const result = analyzeParagraph(visible, para, previous, prepared, documentDate, names);
      claims.push(...result.claims);
      findings.push(...result.findings);
      options.cache?.set(key, {
        claims: result.claims.map((c) => shiftClaim(c, -para.start)),
        findings: result.findings.map((f) => shiftFinding(f, -para.start)),
        lastSentence: move(result.lastSentence, -para.start),
      });
      previous = result.lastSentence;
    }
  }
  claims.sort((a, b) => a.start - b.start);
  findings.sort((a, b) => a.start - b.start);
  const summary = emptySummary();
  for (const f of findings) summary[f.verdict]++;
  summary.claims = claims.length;
  summary.matched = findings.length;
  return { findings, claims, summary, documentDate };
}
