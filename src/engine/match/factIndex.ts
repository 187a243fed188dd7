import type { Fact, FactTable, Kind } from '../types';
import { normalizeUnit } from '../extract/units';
import { acceptedForms, normalizeName } from '../verdict/names';
import { phraseStems, stemWord, tokens } from './terms';

/** How strongly each part of a fact identifies it: cues are written for that purpose, quotes are incidental. */
const WEIGHT = { cue: 1, unit: 1, label: 0.7, name: 0.4, quote: 0.35 } as const;

export interface FactProfile {
  fact: Fact;
  /** Stem -> weight of that word as evidence for this fact. */
  terms: Map<string, number>;
  /** Stem of the fact's unit noun, if it has one. */
  unitStem?: string;
  /** The fact's unit and its cue words as unit nouns ('lives' -> 'life'), for judging a claim's counted noun. */
  unitForms: Set<string>;
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

/**
 * A label's words, split into ordinary words and names. Names (capitalised words after the first,
 * or words of a known entity) run through a whole story, so they may support a match but not anchor it.
 */
function labelTerms(label: string, entityWords: ReadonlySet<string>): { words: string[]; names: string[] } {
  const words: string[] = [];
  const names: string[] = [];
  tokens(label).forEach((t, i) => {
    const written = label.slice(t.start, t.end);
    const isName = entityWords.has(t.stem) || (i > 0 && /^\p{Lu}/u.test(written));
    (isName ? names : words).push(t.stem);
  });
  return { words, names };
}

export function profileFact(fact: Fact, entityWords: ReadonlySet<string> = new Set()): FactProfile {
  const terms = new Map<string, number>();
  for (const q of fact.claims) if (q.quote) addTerms(terms, phraseStems(q.quote), WEIGHT.quote);
  const label = labelTerms(fact.label, entityWords);
  addTerms(terms, label.names, WEIGHT.name);
  addTerms(terms, label.words, WEIGHT.label);
  for (const cue of fact.cues) addTerms(terms, phraseStems(cue), WEIGHT.cue);
  const unitStem = fact.unit ? stemWord(fact.unit) : undefined;
  const unitForms = new Set([fact.unit ?? '', ...fact.cues.flatMap((c) => c.split(/\s+/))].filter(Boolean).map(normalizeUnit));
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
  return { fact, terms, unitStem, unitForms, names };
}

export function indexFacts(table: FactTable): FactIndex {
  const index: FactIndex = { profiles: [], byKindStem: new Map(), byKindUnit: new Map(), entityByInitial: new Map() };
  const entityWords = new Set(
    table.facts
      .filter((f) => f.kind === 'entity')
      .flatMap((f) => [f.value, ...f.aliases, ...f.claims.map((c) => c.value)])
      .flatMap((name) => phraseStems(String(name ?? ''))),
  );
  table.facts.forEach((fact, i) => {
    const profile = profileFact(fact, entityWords);
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
