// Lines up the claims that speak of the same fact across sources. Each fact takes at most one claim per
// source, so two figures of one sentence ("21 strikes ... 83 deaths") always go to two facts, and a
// claim no other source echoes stays a fact of its own.

import type { CollectedClaim } from './collect';
import { claimVectors, contextSimilarity, pairScore, type ClaimVectors, type Idf } from './similarity';
import { sameValue } from '../table/values';
import { restates } from './frames';

/** Two claims this alike (context, unit and value together) may be one fact. */
export const PAIR_THRESHOLD = 0.35;
/** A merged fact must hold together on average, not through one chain of look-alikes. */
export const LINK_THRESHOLD = 0.3;
/** Within one source, the same value in this similar a context is the same statement repeated (a caption twice). */
const REPEAT_THRESHOLD = 0.6;

export interface ClaimGroup {
  claims: CollectedClaim[];
}

interface Edge {
  i: number;
  j: number;
  score: number;
}

/** Drops a source's repeats of its own statements, keeping the first. */
function withoutRepeats(claims: CollectedClaim[], vectors: ClaimVectors[]): number[] {
  const kept: number[] = [];
  for (let i = 0; i < claims.length; i++) {
    const c = claims[i];
    const repeat = kept.some((k) => {
      const o = claims[k];
      if (o.sourceIndex !== c.sourceIndex || o.kind !== c.kind || !sameValue(o.value, c.value)) return false;
      // Equal values in one sentence are a list ("3,000 tents and 3,000 blankets"), not a statement said twice.
      if (o.sentenceIndex === c.sentenceIndex) return false;
      return o.quote === c.quote || restates(o.frame, c.frame) || contextSimilarity(vectors[k], vectors[i], c.kind === 'date') >= REPEAT_THRESHOLD;
    });
    if (!repeat) kept.push(i);
  }
  return kept;
}

/**
 * Groups claims into facts by average-linkage clustering over pairs from different sources, best pairs
 * first. Deterministic: ties are broken by the claims' order (source order, then position).
 */
export function groupClaims(claims: CollectedClaim[], idf: Idf): ClaimGroup[] {
  const vectors = claims.map((c) => claimVectors(c, idf));
  const kept = withoutRepeats(claims, vectors);
  const score = new Map<number, number>();
  const key = (i: number, j: number) => (i < j ? i * claims.length + j : j * claims.length + i);
  const edges: Edge[] = [];
  for (let x = 0; x < kept.length; x++) {
    for (let y = x + 1; y < kept.length; y++) {
      const i = kept[x];
      const j = kept[y];
      if (claims[i].sourceIndex === claims[j].sourceIndex || claims[i].kind !== claims[j].kind) continue;
      const s = pairScore(claims[i], claims[j], vectors[i], vectors[j]);
      score.set(key(i, j), s);
      if (s >= PAIR_THRESHOLD) edges.push({ i, j, score: s });
    }
  }
  edges.sort((a, b) => b.score - a.score || a.i - b.i || a.j - b.j);

  const clusterOf = new Map<number, number[]>(kept.map((i) => [i, [i]]));
  for (const e of edges) {
    const a = clusterOf.get(e.i) as number[];
    const b = clusterOf.get(e.j) as number[];
    if (a === b) continue;
    const sourcesA = new Set(a.map((i) => claims[i].sourceIndex));
    if (b.some((i) => sourcesA.has(claims[i].sourceIndex))) continue;
    let sum = 0;
    for (const i of a) for (const j of b) sum += score.get(key(i, j)) ?? -Infinity;
    if (sum / (a.length * b.length) < LINK_THRESHOLD) continue;
    const merged = [...a, ...b].sort((x, y) => x - y);
    for (const i of merged) clusterOf.set(i, merged);
  }
  const seen = new Set<number[]>();
  const groups: ClaimGroup[] = [];
  for (const i of kept) {
    const cluster = clusterOf.get(i) as number[];
    if (seen.has(cluster)) continue;
    seen.add(cluster);
    groups.push({ claims: cluster.map((k) => claims[k]) });
  }
  return groups;
}
