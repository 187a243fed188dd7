// Lines up the claims that speak of the same fact across sources. Each fact takes at most one claim per
// source, so two figures of one sentence ("21 strikes ... 83 deaths") always go to two facts, and a
// claim no other source echoes stays a fact of its own.

import type { CollectedClaim } from './collect';
import { claimVectors, pairScore, type Idf } from './similarity';
import { citedMention, framingMentions, statementsOf } from './repeats';

/** Two claims this alike (context, unit and value together) may be one fact. */
export const PAIR_THRESHOLD = 0.35;
/** A merged fact must hold together on average, not through one chain of look-alikes. */
export const LINK_THRESHOLD = 0.3;
export interface ClaimGroup {
  claims: CollectedClaim[];
}

interface Edge {
  i: number;
  j: number;
  score: number;
}

/**
 * Groups claims into facts by average-linkage clustering over pairs of statements from different sources,
 * best pairs first; a statement a source makes more than once pairs by its best-matched mention, and its
 * fact cites that mention. Deterministic: ties are broken by the claims' order (source order, then position).
 */
export function groupClaims(claims: CollectedClaim[], idf: Idf): ClaimGroup[] {
  const vectors = claims.map((c) => claimVectors(c, idf));
  const statements = statementsOf(claims, vectors).map((s) => framingMentions(s, claims));
  const pairs = new Map<number, number>();
  const mentionScore = (i: number, j: number): number => {
    const k = i < j ? i * claims.length + j : j * claims.length + i;
    let s = pairs.get(k);
    if (s === undefined) {
      s = pairScore(claims[i], claims[j], vectors[i], vectors[j]);
      pairs.set(k, s);
    }
    return s;
  };
  const n = statements.length;
  const score = new Map<number, number>();
  const key = (x: number, y: number) => (x < y ? x * n + y : y * n + x);
  const sourceOf = (x: number) => claims[statements[x][0]].sourceIndex;
  const kindOf = (x: number) => claims[statements[x][0]].kind;
  const edges: Edge[] = [];
  for (let x = 0; x < n; x++) {
    for (let y = x + 1; y < n; y++) {
      if (sourceOf(x) === sourceOf(y) || kindOf(x) !== kindOf(y)) continue;
      let s = -Infinity;
      for (const i of statements[x]) for (const j of statements[y]) s = Math.max(s, mentionScore(i, j));
      score.set(key(x, y), s);
      if (s >= PAIR_THRESHOLD) edges.push({ i: x, j: y, score: s });
    }
  }
  edges.sort((a, b) => b.score - a.score || a.i - b.i || a.j - b.j);

  const clusterOf = new Map<number, number[]>(statements.map((_, x) => [x, [x]]));
  for (const e of edges) {
    const a = clusterOf.get(e.i) as number[];
    const b = clusterOf.get(e.j) as number[];
    if (a === b) continue;
    const sourcesA = new Set(a.map(sourceOf));
    if (b.some((y) => sourcesA.has(sourceOf(y)))) continue;
    let sum = 0;
    for (const x of a) for (const y of b) sum += score.get(key(x, y)) ?? -Infinity;
    if (sum / (a.length * b.length) < LINK_THRESHOLD) continue;
    const merged = [...a, ...b].sort((x, y) => x - y);
    for (const x of merged) clusterOf.set(x, merged);
  }
  const seen = new Set<number[]>();
  const groups: ClaimGroup[] = [];
  for (let x = 0; x < n; x++) {
    const cluster = clusterOf.get(x) as number[];
    if (seen.has(cluster)) continue;
    seen.add(cluster);
    const cited = cluster.map((y) =>
      citedMention(
        statements[y],
        cluster.filter((z) => z !== y).map((z) => statements[z]),
        claims,
        mentionScore,
      ),
    );
    groups.push({ claims: cited.map((i) => claims[i]) });
  }
  return groups;
}
