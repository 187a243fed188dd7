// --update: merges new sources into a table a person has reviewed. Nothing already written is rewritten:
// the table is parsed with the yaml Document API only to learn where each map and list ends, and new text
// is inserted there, so every byte the reviewer wrote (values, labels, cues, comments, quoting, blank
// lines) survives, and deleted claims stay deleted.
//
// What the builder proposes is settled by the table's own `sources`: only sources the table does not list
// yet (by path) contribute claims. A claim the reviewer deleted came from a listed source, so it is never
// proposed again; a new source's claims go to the facts the checker itself would match them to.

import { isMap, isPair, isScalar, isSeq, parseDocument } from 'yaml';
import type { Node as YNode, Pair, YAMLMap } from 'yaml';
import type { Fact, SourceClaim, TableProblem } from '../types';
import { prepareTable } from '../check';
import { claimContext, MIN_SCORE, scoreClaim } from '../match/match';
import { loadTable } from '../table/load';
import { isContested } from '../verdict/contested';
import { compareName, compareToForms, normalizeName } from '../verdict/names';
import type { CollectedClaim } from './collect';
import type { DraftClaim, DraftFact } from './describe';
import { assignIds, DEFAULT_MIN_SOURCES, draftFacts, extract, publishersOf, splitBySources, type BuildOptions } from './draft';
import type { SourcePerson } from './people';
import { readSources, type SourceText } from './source';
import { valueAffinity } from './similarity';
import { claimLine, contestedNote, factLines, sourceLines } from './write';
import { asUnjudged } from '../table/factClaims';

export class TableUpdateError extends Error {
  constructor(
    message: string,
    readonly problems: TableProblem[] = [],
  ) {
    super(message);
  }
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

function normalizePath(p: string): string {
  return p.replace(/\\/g, '/').replace(/^\.\//, '');
}

/** Where a node's content ends: a block collection's range also covers the newline and comments after it. */
function contentEnd(node: unknown): number {
  if (isPair(node)) return Math.max(contentEnd(node.key), contentEnd(node.value));
  if ((isMap(node) || isSeq(node)) && !node.flow && node.items.length > 0) return Math.max(...node.items.map(contentEnd));
  const range = (node as YNode | null)?.range;
  return range ? range[1] : 0;
}

/** The offset just after the line holding `offset` (a comment after the content stays on its line). */
function afterLine(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl < 0 ? text.length : nl + 1;
}

function column(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

function startOf(node: unknown): number {
  if (isPair(node)) return startOf(node.key);
  return (node as YNode | null)?.range?.[0] ?? 0;
}

class Splicer {
  readonly edits: Edit[] = [];
  constructor(
    readonly text: string,
    readonly eol: string,
  ) {}

  /** Lines inserted after the line holding `offset`. */
  linesAfter(offset: number, lines: string[]): void {
    const at = afterLine(this.text, offset);
    const lead = at === this.text.length && !this.text.endsWith('\n') ? this.eol : '';
    this.edits.push({ start: at, end: at, text: lead + lines.map((l) => l + this.eol).join('') });
  }

  apply(): string {
    // Later offsets first; at one offset, later edits first, so the edits read in the order they were made.
    const ordered = this.edits.map((e, i) => ({ e, i })).sort((a, b) => b.e.start - a.e.start || b.i - a.i);
    let out = this.text;
    for (const { e } of ordered) out = out.slice(0, e.start) + e.text + out.slice(e.end);
    return out;
  }
}

/** Adds block entries to a top-level map (`sources`, `facts`), whatever state it is in. */
function appendToMap(s: Splicer, root: YAMLMap, key: string, entries: string[][], blankBetween: boolean): void {
  if (!entries.length) return;
  const pair = root.items.find((p) => isScalar(p.key) && p.key.value === key) as Pair<YNode, YNode | null> | undefined;
  if (!pair) throw new TableUpdateError(`the table has no '${key}' map to add to`);
  const value = pair.value;
  const keyStart = startOf(pair.key);
  const blank = blankBetween ? [''] : [];
  if (isMap(value) && !value.flow && value.items.length) {
    const indent = ' '.repeat(column(s.text, startOf(value.items[0])));
    const last = value.items[value.items.length - 1];
    s.linesAfter(
      contentEnd(last),
      entries.flatMap((e) => [...blank, ...e.map((l) => indent + l)]),
    );
    return;
  }
  if (value && !(isScalar(value) && value.value === null) && !(isMap(value) && value.items.length === 0)) {
    throw new TableUpdateError(`cannot add to '${key}': write it as a block map (one entry per line)`);
  }
  // `key:` with nothing, or `key: {}`: the flow braces go, block entries follow the key's line.
  if (value?.range) s.edits.push({ start: value.range[0], end: value.range[1], text: '' });
  const indent = ' '.repeat(column(s.text, keyStart) + 2);
  s.linesAfter(
    keyStart,
    entries.flatMap((e, i) => [...(i > 0 ? blank : []), ...e.map((l) => indent + l)]),
  );
}

/** Appends claims to one fact's `claims` list, block or flow, or gives the fact a list. */
function appendClaims(s: Splicer, factMap: YAMLMap, claims: DraftClaim[]): void {
  const lines = claims.map(claimLine);
  const pair = factMap.items.find((p) => isScalar(p.key) && p.key.value === 'claims') as Pair<YNode, YNode | null> | undefined;
  const value = pair?.value;
  if (pair && isSeq(value) && !value.flow && value.items.length) {
    const indent = ' '.repeat(column(s.text, value.range?.[0] ?? 0));
    s.linesAfter(
      contentEnd(value.items[value.items.length - 1]),
      lines.map((l) => `${indent}- ${l}`),
    );
    return;
  }
  if (pair && isSeq(value) && value.flow && value.range) {
    const close = s.text.lastIndexOf(']', value.range[1]);
    s.edits.push({ start: close, end: close, text: (value.items.length ? ', ' : '') + lines.join(', ') });
    return;
  }
  if (pair) {
    const indent = ' '.repeat(column(s.text, startOf(pair.key)) + 2);
    if (value?.range) s.edits.push({ start: value.range[0], end: value.range[1], text: '' });
    s.linesAfter(
      startOf(pair.key),
      lines.map((l) => `${indent}- ${l}`),
    );
    return;
  }
  const indent = ' '.repeat(column(s.text, startOf(factMap.items[0])));
  s.linesAfter(contentEnd(factMap), [`${indent}claims:`, ...lines.map((l) => `${indent}  - ${l}`)]);
}

/** Below this value affinity a claim cannot join a fact, however well its words fit (83 deaths vs 11 deaths). */
const MIN_VALUE_AFFINITY = -0.05;
/** How much agreeing values weigh against the matcher's word score when ranking candidate facts. */
const VALUE_WEIGHT = 3;

interface Placement {
  claim: CollectedClaim;
  fact: Fact;
  score: number;
}

/**
 * For each fact, the best new claim of each new source. Words are scored by the checker's own matcher (so a
 * reviewer's cues steer placement as they steer checking); values must be plausible for the fact, because
 * unlike a draft a source is not assumed to be wrong.
 */
function placeClaims(
  claims: CollectedClaim[],
  prepared: ReturnType<typeof extract>['prepared'],
  index: ReturnType<typeof prepareTable>['index'],
): { placed: Map<Fact, Map<string, Placement>>; rest: CollectedClaim[] } {
  const bySentence = new Map<string, CollectedClaim[]>();
  for (const c of claims) {
    const key = `${c.sourceIndex}:${c.sentenceIndex}`;
    bySentence.set(key, [...(bySentence.get(key) ?? []), c]);
  }
  const placed = new Map<Fact, Map<string, Placement>>();
  const taken = new Set<CollectedClaim>();
  for (const group of bySentence.values()) {
    const src = prepared[group[0].sourceIndex];
    const pairs: Placement[] = [];
    for (const c of group) {
      const ctx = claimContext(src.visible, c.claim);
      for (const profile of index.profiles) {
        if (profile.fact.kind !== c.kind) continue;
        const words = scoreClaim(c.claim, ctx, profile);
        if (words < MIN_SCORE) continue;
        const affinity = Math.max(...profile.fact.claims.map((fc) => valueAffinity(c, fc)), profile.fact.claims.length ? -Infinity : 0);
        if (affinity < MIN_VALUE_AFFINITY) continue;
        pairs.push({ claim: c, fact: profile.fact, score: words + VALUE_WEIGHT * affinity });
      }
    }
    // As the checker does within a sentence: best pairs first, one fact per claim and one claim per fact.
    pairs.sort((a, b) => b.score - a.score || a.claim.start - b.claim.start);
    const usedClaims = new Set<CollectedClaim>();
    const usedFacts = new Set<Fact>();
    for (const p of pairs) {
      if (usedClaims.has(p.claim) || usedFacts.has(p.fact)) continue;
      usedClaims.add(p.claim);
      usedFacts.add(p.fact);
      const perSource = placed.get(p.fact) ?? new Map<string, Placement>();
      const best = perSource.get(p.claim.sourceId);
      if (best && best.score >= p.score) continue;
      if (best) taken.delete(best.claim);
      perSource.set(p.claim.sourceId, p);
      placed.set(p.fact, perSource);
      taken.add(p.claim);
    }
  }
  return { placed, rest: claims.filter((c) => !taken.has(c)) };
}

/** An existing entity fact naming the same person, spelling variants included. */
function entityFactFor(person: SourcePerson, facts: readonly Fact[], forms: Map<Fact, string[]>): Fact | undefined {
  return facts.find((f) => {
    if (compareToForms(person.name, forms.get(f) ?? []) !== 'different') return true;
    return f.claims.some((c) => compareName(person.name, String(c.value)) !== 'different');
  });
}

/**
 * The existing table with the sources it does not list yet merged in: new sources, their claims on existing
 * facts, and new facts. Returns `existing` unchanged when every source is already listed.
 */
export function updateTable(existing: string, sources: readonly SourceText[], options: BuildOptions = {}): string {
  const { table, problems } = loadTable(existing);
  if (!table) throw new TableUpdateError('the fact table has errors; fix them before updating it', problems);
  const knownPaths = new Set([...table.sources.values()].flatMap((s) => (s.path ? [normalizePath(s.path)] : [])));
  const seen = new Set<string>();
  const fresh: SourceText[] = [];
  const known: SourceText[] = [];
  for (const s of sources) {
    const p = normalizePath(s.path);
    if (seen.has(p)) continue;
    seen.add(p);
    (knownPaths.has(p) ? known : fresh).push(s);
  }
  if (!fresh.length) return existing;

  const infos = readSources(fresh, new Set(table.sources.keys()));
  const ex = extract(infos, readSources(known), options.onSource);
  const prepared = prepareTable(table);
  // A date no new source gives a year for can only be dated by lining up with the other new sources' claims.
  const { placed, rest } = placeClaims(
    ex.claims.filter((c) => !c.yearless),
    ex.prepared,
    prepared.index,
  );

  const additions = new Map<Fact, DraftClaim[]>();
  for (const [fact, perSource] of placed) {
    additions.set(
      fact,
      [...perSource.values()]
        .sort((a, b) => a.claim.sourceIndex - b.claim.sourceIndex)
        .map(({ claim }) => ({ source: claim.sourceId, value: claim.value, bound: claim.bound, quote: claim.quote })),
    );
  }
  const entityFacts = table.facts.filter((f) => f.kind === 'entity');
  const forms = new Map(prepared.index.profiles.filter((p) => p.fact.kind === 'entity').map((p) => [p.fact, p.names]));
  const unplaced: SourcePerson[] = [];
  for (const person of ex.people) {
    const fact = entityFactFor(person, entityFacts, forms);
    const list = fact ? (additions.get(fact) ?? []) : [];
    if (!fact || list.some((c) => c.source === person.sourceId)) {
      if (!fact) unplaced.push(person);
      continue;
    }
    list.push({ source: person.sourceId, value: person.name, bound: 'exact', quote: person.quote });
    additions.set(fact, list);
  }

  // A place or body the table already names, by its value or an alias, is not drafted again; its new mentions
  // are left to the reviewer. Names are lined up first, so "OBR" in a new source is the table's spelled-out name.
  const named = new Set(entityFacts.flatMap((f) => [...(f.value === undefined ? [] : [f.value]), ...f.aliases].map(normalizeName)));
  const namedAlready = (f: DraftFact) =>
    f.kind === 'entity' && [f.value, ...(f.aliases ?? [])].some((v) => typeof v === 'string' && named.has(normalizeName(v)));
  const order = new Map(infos.map((s, i) => [s.id, i]));
  const drafted = draftFacts(
    ex,
    [...rest, ...ex.claims.filter((c) => c.yearless)],
    unplaced,
    order,
    ex.names,
    publishersOf([...infos, ...table.sources.values()]),
  ).filter((f) => !namedAlready(f));
  const newFacts = assignIds(splitBySources(drafted, options.minSources ?? DEFAULT_MIN_SOURCES).kept, new Set(table.facts.map((f) => f.id)));

  const doc = parseDocument(existing);
  const root = doc.contents;
  if (!isMap(root)) throw new TableUpdateError('the fact table is not a map');
  const s = new Splicer(existing, existing.includes('\r\n') ? '\r\n' : '\n');
  appendToMap(
    s,
    root,
    'sources',
    infos.map((info) => sourceLines(info, '')),
    false,
  );

  const factsPair = root.items.find((p) => isScalar(p.key) && p.key.value === 'facts');
  const factsMap = factsPair && isMap(factsPair.value) ? factsPair.value : undefined;
  for (const [fact, claims] of additions) {
    const pair = factsMap?.items.find((p) => isScalar(p.key) && String(p.key.value) === fact.id);
    if (!pair || !isMap(pair.value)) continue;
    appendClaims(s, pair.value, claims);
    const all: SourceClaim[] = [...fact.claims, ...claims.map((c) => ({ ...c, range: fact.range }))];
    if (!fact.contested && isContested(asUnjudged(fact.kind, fact, all))) {
      // The reviewer decides what to cite; the note only says the new source disagrees.
      const indent = ' '.repeat(column(existing, startOf(pair.key)));
      const note = contestedNote({ claims: all.map((c) => ({ source: c.source, value: c.value, bound: c.bound, quote: '' })) });
      s.edits.push({ start: startOf(pair.key) - indent.length, end: startOf(pair.key) - indent.length, text: `${indent}# crosscheck: now ${note}${s.eol}` });
    }
  }
  appendToMap(
    s,
    root,
    'facts',
    newFacts.map((f) => factLines(f.id, f.fact, '')),
    true,
  );
  return s.apply();
}
