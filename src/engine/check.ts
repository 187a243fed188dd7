import type { Claim, CheckOptions, CheckResult, EntityClaim, FactTable, Finding, Span, Summary } from './types';
import { extractDates, findDocumentDate } from './extract/dates';
import { nlpEntities, type EntityMention } from './extract/entities';
import { extractQuantities } from './extract/quantities';
import { matchEntitiesInSentence, type EntityMatch } from './match/entities';
import { indexFacts, type FactIndex } from './match/factIndex';
import { matchSentence, type Matchable } from './match/match';
import { findingMessage } from './format/message';
import { DEFAULT_SEVERITY } from './severity';
import { maskDocument } from './text/mask';
import { paragraphs, sentencesIn } from './text/sentences';
import { SpanSet } from './text/spans';
import type { ParagraphCache } from './cache';
import { judge, type JudgeContext } from './verdict/judge';

/** A table made ready for checking many drafts: its index and the names compromise should know. */
export interface PreparedTable {
  table: FactTable;
  index: FactIndex;
  lexicon: Record<string, string>;
}

export function prepareTable(table: FactTable): PreparedTable {
  const lexicon: Record<string, string> = {};
  for (const fact of table.facts) {
    if (fact.kind !== 'entity') continue;
    for (const name of [fact.value, ...fact.aliases, ...fact.claims.map((c) => c.value)]) {
      if (typeof name === 'string' && name.trim()) lexicon[name.toLowerCase()] = 'ProperNoun';
    }
  }
  return { table, index: indexFacts(table), lexicon };
}

/** The index of the sentence containing `offset` (sentences are sorted and disjoint). */
function sentenceAt(sentences: Span[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function emptySummary(): Summary {
  return { claims: 0, matched: 0, agrees: 0, contested: 0, unsupported: 0, disagrees: 0, misspelled: 0 };
}

interface Extracted {
  matchable: Matchable[];
  entities: EntityClaim[];
  entityMatches: EntityMatch[];
}

/** Names in one paragraph, from the cache when its text has been seen before. */
function paragraphEntities(visible: string, para: Span, lexicon: Record<string, string>, cache?: ParagraphCache): EntityMention[] {
  const text = visible.slice(para.start, para.end);
  let relative = cache?.get(text);
  if (!relative) {
    relative = nlpEntities(text, { start: 0, end: text.length }, lexicon);
    cache?.set(text, relative);
  }
  return relative.map((m) => ({ ...m, start: m.start + para.start, end: m.end + para.start }));
}

function extractClaims(
  visible: string,
  sentences: Span[],
  paras: Span[],
  prepared: PreparedTable,
  documentDate: string | undefined,
  cache: ParagraphCache | undefined,
): Extracted {
  const sentenceOf = (s: Span) => sentences[sentenceAt(sentences, s.start)] ?? { start: 0, end: visible.length };
  const dates = extractDates(visible, documentDate);
  const dateSpans = new SpanSet(dates);
  // A date's digits are not figures of their own ("November 29", "in 1990").
  const quantities = extractQuantities(visible).filter((q) => !dateSpans.has(q));
  const matchable: Matchable[] = [
    ...quantities.map((q) => ({ ...q, sentence: sentenceOf(q) })),
    ...dates.map((d) => ({ ...d, sentence: sentenceOf(d) })),
  ].sort((a, b) => a.start - b.start);

  const entityMatches = sentences.flatMap((s) => matchEntitiesInSentence(visible, s, prepared.index));
  const mentions = new SpanSet<EntityMention>(paras.flatMap((p) => paragraphEntities(visible, p, prepared.lexicon, cache)));
  for (const m of entityMatches) {
    const typed = mentions.find(m.claim);
    if (typed) m.claim.entityType = typed.entityType;
  }
  const known = new SpanSet<Span>([...entityMatches.map((m) => m.claim), ...matchable]);
  const unmatched = mentions
    .all()
    .filter((n) => !known.has(n))
    .map((n) => ({ ...n, sentence: sentenceOf(n) }));
  const entities = [...entityMatches.map((m) => m.claim), ...unmatched].sort((a, b) => a.start - b.start);
  return { matchable, entities, entityMatches };
}

export interface CheckRunOptions extends CheckOptions {
  /** Paragraph memo kept by an editor between checks of the same table; results are the same with or without it. */
  cache?: ParagraphCache;
}

/** Check one draft against a prepared table. The same text, table and options give the same result. */
export function check(text: string, prepared: PreparedTable, options: CheckRunOptions = {}): CheckResult {
  const visible = maskDocument(text);
  const documentDate = findDocumentDate(text) ?? options.date;
  const paras = paragraphs(visible);
  const sentences = paras.flatMap((p) => sentencesIn(visible, p));
  const { matchable, entities, entityMatches } = extractClaims(visible, sentences, paras, prepared, documentDate, options.cache);

  const pairs: { claim: Claim; fact: EntityMatch['fact'] }[] = entityMatches.map((m) => ({ claim: m.claim, fact: m.fact }));
  const bySentence = new Map<number, Matchable[]>();
  for (const c of matchable) {
    const i = sentenceAt(sentences, c.start);
    const list = bySentence.get(i);
    if (list) list.push(c);
    else bySentence.set(i, [c]);
  }
  for (const [i, claims] of bySentence) {
    for (const m of matchSentence(visible, claims, prepared.index, sentences[i - 1])) pairs.push({ claim: m.claim, fact: m.fact });
  }

  const ctx: JudgeContext = { documentDate };
  const summary = emptySummary();
  const findings: Finding[] = [];
  for (const { claim, fact } of pairs) {
    const j = judge(claim, fact, ctx);
    if (!j) continue;
    summary[j.verdict]++;
    findings.push({
      verdict: j.verdict,
      severity: DEFAULT_SEVERITY[j.verdict],
      factId: fact.id,
      claim,
      text: text.slice(claim.start, claim.end),
      start: claim.start,
      end: claim.end,
      message: findingMessage(j.verdict, claim, fact, j.cited, j.citing, j.sources),
      cited: j.cited,
      replacement: j.replacement,
      sources: j.sources,
      ...(j.alternatives ? { alternatives: j.alternatives } : {}),
    });
  }
  findings.sort((a, b) => a.start - b.start);
  const claims: Claim[] = [...matchable, ...entities].sort((a, b) => a.start - b.start);
  summary.claims = claims.length;
  summary.matched = findings.length;
  return { findings, claims, summary, documentDate };
}

