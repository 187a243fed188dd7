// Scores a drafted fact table against a corpus's build-gold.json (the facts two or more of its sources
// state, each source's value, contested or not) and its hand-written facts.yaml (to tell noise: drafted
// facts that match no fact a careful checker wrote down). Used by eval-build; no part of `npm test`.

import * as path from 'node:path';
import { dateValueToIso, type Fact, type FactTable, type FactValue, type Kind } from '../../src/engine';

export interface BuildGoldFact {
  name: string;
  kind: Kind;
  contested: boolean;
  /** Source file name -> its value (any of a list when it states the fact twice). */
  claims: Record<string, FactValue | FactValue[]>;
}

export interface BuildScore {
  gold: number;
  /** At least two of the gold fact's source values in one drafted fact. */
  recovered: number;
  /** Every source value of the gold fact in one drafted fact. */
  complete: number;
  /** Among recovered facts: drafted contested flag equals gold's. */
  contestedRight: number;
  goldContested: number;
  /** Gold contested facts recovered and marked contested. */
  contestedFound: number;
  facts: number;
  multiSource: number;
  /** Drafted facts sharing no source value with any hand-table fact. */
  noise: string[];
  /** How many of `noise` two or more sources state. */
  noiseMulti: number;
  /** Drafted facts that took values of two or more gold facts. */
  joined: string[];
  /** Gold facts whose values are spread over several drafted facts. */
  split: string[];
  missed: string[];
  contestedWrong: string[];
}

export function written(v: FactValue): string {
  return typeof v === 'object' ? dateValueToIso(v) : String(v);
}

export function sameValue(a: FactValue, b: FactValue): boolean {
  return typeof a === 'number' || typeof b === 'number' ? Number(a) === Number(b) : written(a).normalize('NFC') === written(b).normalize('NFC');
}

/** The file name each source id of a table was read from. */
export function fileOf(table: FactTable): Map<string, string> {
  return new Map([...table.sources.values()].map((s) => [s.id, path.basename(s.path ?? s.id)]));
}

function sourcesOf(f: Fact): number {
  return new Set(f.claims.map((c) => c.source)).size;
}

/** (file, value) pairs of a fact, as keys. */
function valueKeys(f: Fact, files: ReadonlyMap<string, string>): Set<string> {
  return new Set(f.claims.map((c) => `${files.get(c.source)}\u0000${written(c.value).normalize('NFC')}`));
}

/** Each hand-table fact's best drafted counterpart: the drafted fact sharing most (file, value) pairs. */
export function counterparts(hand: FactTable, drafted: FactTable): Map<string, string> {
  const handFiles = fileOf(hand);
  const draftFiles = fileOf(drafted);
  const draftKeys = drafted.facts.map((f) => ({ f, keys: valueKeys(f, draftFiles) }));
  const out = new Map<string, string>();
  for (const h of hand.facts) {
    const keys = valueKeys(h, handFiles);
    let best: { id: string; n: number } | undefined;
    for (const d of draftKeys) {
      if (d.f.kind !== h.kind) continue;
      const n = [...keys].filter((k) => d.keys.has(k)).length;
      if (n && (!best || n > best.n)) best = { id: d.f.id, n };
    }
    if (best) out.set(h.id, best.id);
  }
  return out;
}

export function scoreBuild(gold: readonly BuildGoldFact[], drafted: FactTable, hand: FactTable | undefined): BuildScore {
  const files = fileOf(drafted);
  const s: BuildScore = {
    gold: gold.length,
    recovered: 0,
    complete: 0,
    contestedRight: 0,
    goldContested: gold.filter((g) => g.contested).length,
    contestedFound: 0,
    facts: drafted.facts.length,
    multiSource: drafted.facts.filter((f) => sourcesOf(f) > 1).length,
    noise: [],
    noiseMulti: 0,
    joined: [],
    split: [],
    missed: [],
    contestedWrong: [],
  };
  const takenBy = new Map<string, string[]>();
  for (const g of gold) {
    const wanted = Object.entries(g.claims);
    const hits = (f: Fact) => wanted.filter(([file, v]) => f.claims.some((c) => files.get(c.source) === file && [v].flat().some((x) => sameValue(c.value, x))));
    const ranked = drafted.facts
      .filter((f) => f.kind === g.kind)
      .map((f) => ({ f, n: hits(f).length }))
      .filter((x) => x.n > 0)
      .sort((a, b) => b.n - a.n);
    const best = ranked[0];
    const shown = `${g.name} (${wanted.map(([file, v]) => `${file.replace(/\.\w+$/, '')}=${[v].flat().map(written).join('|')}`).join(', ')})`;
    if (!best || best.n < 2) {
      s.missed.push(best ? `${shown}: one value at most, in ${ranked.map((x) => x.f.id).join(', ')}` : `${shown}: no value found`);
      if (ranked.length > 1) s.split.push(`${g.name}: ${ranked.map((x) => `${x.f.id} (${x.n})`).join(', ')}`);
      continue;
    }
    s.recovered++;
    if (best.n === wanted.length) s.complete++;
    else if (ranked.length > 1) s.split.push(`${g.name}: ${ranked.map((x) => `${x.f.id} (${x.n})`).join(', ')}`);
    takenBy.set(best.f.id, [...(takenBy.get(best.f.id) ?? []), g.name]);
    if (best.f.contested === g.contested) s.contestedRight++;
    else
      s.contestedWrong.push(`${g.name}: drafted ${best.f.id} ${best.f.contested ? 'contested' : 'not contested'}, gold ${g.contested ? 'contested' : 'not'}`);
    if (g.contested && best.f.contested) s.contestedFound++;
  }
  for (const [id, names] of takenBy) if (names.length > 1) s.joined.push(`${id}: ${names.join(' + ')}`);
  if (hand) {
    const handFiles = fileOf(hand);
    const handKeys = new Set(hand.facts.flatMap((f) => [...valueKeys(f, handFiles)].map((k) => `${f.kind}\u0000${k}`)));
    const unmatched = drafted.facts.filter((f) => ![...valueKeys(f, files)].some((k) => handKeys.has(`${f.kind}\u0000${k}`)));
    s.noiseMulti = unmatched.filter((f) => sourcesOf(f) > 1).length;
    s.noise = unmatched.map((f) => `${f.id}: ${f.claims.map((c) => `${files.get(c.source)?.replace(/\.\w+$/, '')}=${written(c.value)}`).join(', ')}`);
  }
  return s;
}
