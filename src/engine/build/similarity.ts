// How likely two claims from different sources speak of the same fact: the words around them (rare
// words of the story weighing most), their units, and how close their values are.

import type { Bound, FactValue } from '../types';
import { unitFamily } from '../extract/units';
import { stemWord } from '../match/terms';
import { boundInterval, intersect } from '../verdict/intervals';
import type { CollectedClaim } from './collect';

export type Idf = (stem: string) => number;

/** Inverse sentence frequency: "Venezuela" in every other sentence says little; "airspace" says a lot. */
export function makeIdf(sentences: readonly Set<string>[]): Idf {
  const df = new Map<string, number>();
  for (const s of sentences) for (const stem of s) df.set(stem, (df.get(stem) ?? 0) + 1);
  const n = Math.max(1, sentences.length);
  return (stem) => Math.max(0.1, Math.log((n + 1) / ((df.get(stem) ?? 0) + 0.5)));
}

export type Vector = Map<string, number>;

export function weigh(context: Map<string, number>, idf: Idf): Vector {
  const v: Vector = new Map();
  for (const [stem, w] of context) v.set(stem, w * idf(stem));
  return v;
}

export function cosine(a: Vector, b: Vector): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [k, w] of a) {
    na += w * w;
    const o = b.get(k);
    if (o !== undefined) dot += w * o;
  }
  for (const w of b.values()) nb += w * w;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

/** Count nouns that name people without saying who they are: a troop count and a personnel count can be one fact. */
const GENERIC_PEOPLE = new Set(['person', 'personnel', 'troop', 'servicemember', 'service member', 'member', 'individual', 'force']);
/** A unit named this close to the other figure is what that figure counts too ("21 strikes on boats" / "20 boats"). */
const NEAR = 0.3;

/** Bonus for the units of two counts; -Infinity when they count different things. */
function unitAffinity(a: CollectedClaim, b: CollectedClaim): number {
  const sa = a.unit ? stemWord(a.unit) : undefined;
  const sb = b.unit ? stemWord(b.unit) : undefined;
  if (!sa && !sb) return 0;
  const aNamesB = sb !== undefined && (a.context.get(sb) ?? 0) >= NEAR;
  const bNamesA = sa !== undefined && (b.context.get(sa) ?? 0) >= NEAR;
  if (!sa || !sb) return aNamesB || bNamesA ? 0.1 : 0;
  if (sa === sb) return 0.2;
  const fa = unitFamily(a.unit as string);
  const fb = unitFamily(b.unit as string);
  if (aNamesB || bNamesA) return 0.05;
  if (fa !== undefined && fa === fb) {
    // Sailors and marines are both people, but different people; troops and personnel may be the same ones.
    return GENERIC_PEOPLE.has(a.unit as string) || GENERIC_PEOPLE.has(b.unit as string) ? 0.05 : -0.2;
  }
  return -Infinity;
}

function quantityAffinity(a: number, ab: Bound, b: number, bb: Bound): number {
  if (a === b) return 0.15;
  if (intersect(boundInterval(a, ab), boundInterval(b, bb))) return 0.05;
  const lo = Math.min(Math.abs(a), Math.abs(b));
  const ratio = lo === 0 ? Infinity : Math.max(Math.abs(a), Math.abs(b)) / lo;
  if (ratio <= 1.25) return 0;
  if (ratio <= 2) return -0.1;
  return -0.35;
}

function months(iso: string): number {
  const [y, m] = iso.split('-').map(Number);
  return y * 12 + (m ?? 6) - 1;
}

function dateAffinity(a: string, b: string): number {
  if (a === b) return 0.15;
  if (a.startsWith(b) || b.startsWith(a)) return 0.05;
  const gap = Math.abs(months(a) - months(b));
  if (gap <= 1) return 0;
  if (gap <= 12) return -0.2;
  return -0.4;
}

function valueAffinity(a: CollectedClaim, b: CollectedClaim): number {
  const va: FactValue = a.value;
  const vb: FactValue = b.value;
  if (typeof va === 'number' && typeof vb === 'number') return quantityAffinity(va, a.bound, vb, b.bound);
  return dateAffinity(String(va), String(vb));
}

/**
 * How well two claims fit one fact: the similarity of their contexts, moved up or down by their units and
 * values. -Infinity when they cannot be one fact (other kinds, currencies, or things counted).
 */
export function pairScore(a: CollectedClaim, b: CollectedClaim, va: Vector, vb: Vector): number {
  if (a.kind !== b.kind) return -Infinity;
  if (a.kind === 'money' && (a.currency ?? 'USD') !== (b.currency ?? 'USD')) return -Infinity;
  const unit = a.kind === 'number' ? unitAffinity(a, b) : 0;
  if (unit === -Infinity) return unit;
  return cosine(va, vb) + unit + valueAffinity(a, b);
}
