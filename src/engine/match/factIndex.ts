import type { Fact, FactTable, Kind } from '../types';
import { acceptedForms, normalizeName } from '../verdict/names';
import { phraseStems, stemWord } from './terms';

/** How strongly each part of a fact identifies it: cues are written for that purpose, quotes are incidental. */
const WEIGHT = { cue: 1, unit: 1, label: 0.7, quote: 0.35 } as const;

export interface FactProfile {
  fact: Fact;
  /** Stem -> weight of that word as evidence for this fact. */
  terms: Map<string, number>;
  /** Stem of the fact's unit noun, if it has one. */
  unitStem?: string;
  /** Entity facts: every accepted or reported written form, normalised. */
  names: string[];
}

/**
 * Facts indexed by kind and stem, so that finding the candidates for a claim costs the same
 * with ten facts or ten thousand.
 */
export interface FactIndex {
  profiles: FactProfile[];
  byKindStem: Map<Kind, Map<string, number[]>>;
  byKindUnit: Map<Kind, Map<string, number[]>>;
  /** Entity profiles keyed by the first letter of every word of every written form. */
  entityByInitial: Map<string, number[]>;
}

function addTerms(terms: Map<string, number>, stems: string[], weight: number): void {
  for (const s of stems) terms.set(s, Math.max(terms.get(s) ?? 0, weight));
}

function push<K>(map: Map<K, number[]>, key: K, value: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (list[list.length - 1] !== value) list.push(value);
}

export function profileFact(fact: Fact): FactProfile {
  const terms = new Map<string, number>();
  for (const q of fact.claims) if (q.quote) addTerms(terms, phraseStems(q.quote), WEIGHT.quote);
  addTerms(terms, phraseStems(fact.label), WEIGHT.label);
  for (const cue of fact.cues) addTerms(terms, phraseStems(cue), WEIGHT.cue);
  const unitStem = fact.unit ? stemWord(fact.unit) : undefined;
  if (unitStem) addTerms(terms, [unitStem], WEIGHT.unit);
  const names =
    fact.kind === 'entity'
      ? [
          ...new Set([
            ...acceptedForms(String(fact.value ?? ''), fact.aliases),
            ...fact.claims.flatMap((c) => acceptedForms(String(c.value), [])),
          ]),
        ].filter(Boolean)
      : [];
  return { fact, terms, unitStem, names };
}

export function indexFacts(table: FactTable): FactIndex {
  const index: FactIndex = { profiles: [], byKindStem: new Map(), byKindUnit: new Map(), entityByInitial: new Map() };
  table.facts.forEach((fact, i) => {
    const profile = profileFact(fact);
    index.profiles.push(profile);
    if (fact.kind === 'entity') {
      for (const name of profile.names) for (const word of name.split(' ')) push(index.entityByInitial, word[0], i);
      return;
    }
    if (!index.byKindStem.has(fact.kind)) index.byKindStem.set(fact.kind, new Map());
    if (!index.byKindUnit.has(fact.kind)) index.byKindUnit.set(fact.kind, new Map());
    for (const stem of profile.terms.keys()) push(index.byKindStem.get(fact.kind)!, stem, i);
    if (profile.unitStem) push(index.byKindUnit.get(fact.kind)!, profile.unitStem, i);
  });
  return index;
}

/** Entity facts whose written forms share an initial with the mention's words. */
export function entityCandidates(index: FactIndex, mention: string): number[] {
  const out = new Set<number>();
  for (const word of normalizeName(mention).split(' ')) for (const i of index.entityByInitial.get(word[0]) ?? []) out.add(i);
  return [...out];
}
