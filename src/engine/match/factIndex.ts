import type { Fact, FactTable, Kind } from '../types';
import { normalizeUnit, unitFamily } from '../extract/units';
import { kindNames } from './personKinds';
import { acceptedForms } from '../verdict/names';
import { capitalisedStems, factFrame, roleOf, speakerPart, type FactFrame, type Role } from './frame';
import { labelTokens, phraseStems, stemWord, tokens } from './terms';
import { isPhrase } from './phrases';
import { indexQuotes, type QuoteIndex } from './quotes';
import { quotedFigures, type QuotedFigure } from '../table/quotedFigures';

/** How strongly each part of a fact identifies it: cues are written for that purpose, quotes are incidental.
 *  A word of a multi-word cue alone ("tax" of "inheritance tax") is weak evidence; the whole cue is strong. */
const WEIGHT = { cue: 1, unit: 1, label: 0.7, name: 0.4, quote: 0.35, cuePart: 0.5 } as const;

export interface FactProfile {
  fact: Fact;
  /** Stem -> weight of that word as evidence for this fact. */
  terms: Map<string, number>;
  /** Stem of the fact's unit noun, if it has one. */
  unitStem?: string;
  /** The fact's unit and its cue words as unit nouns ('lives' -> 'life'), for judging a claim's counted noun. */
  unitForms: Set<string>;
  /** The family of the fact's unit (length, mass, people...), when known. */
  unitFamily?: string;
  /** Entity facts: every accepted or reported written form, normalised. */
  names: string[];
  /** Cues of two or more words, as stems: they count in full only where the words stand together. */
  phrases: string[][];
  /** What the fact's label and cues say of its time, role and kind of event. */
  frame: FactFrame;
  /** The roles the sources' quotes give the fact's figure: "grow by 2%" and "rising to 2%" are one growth rate. */
  quotedRoles: Set<Role>;
  /** The units the sources' quotes give its figure ("attacks against twenty boats" for a count of strikes). */
  quotedUnits: Set<string>;
  /** Stems of the unit, cues and label, each, for telling whether the fact counts a kind of person (personKinds.ts). */
  kindNames: string[][];
}

/**
 * Facts indexed by kind and stem, so that finding the candidates for a claim costs the same
 * with ten facts or ten thousand.
 */
export interface FactIndex {
  profiles: FactProfile[];
  byKindStem: Map<Kind, Map<string, number[]>>;
  byKindUnit: Map<Kind, Map<string, number[]>>;
  /** Entity profiles keyed by first letter and length of the last word of every written form. */
  entityByInitial: Map<string, number[]>;
  /** Entity profiles by each written form exactly, normalised. */
  entityByForm: Map<string, number[]>;
  /**
   * The best entity fact for each normalised mention seen so far. A memo of a pure function of the
   * index: a story repeats its names, and the near-miss search is the costly part of matching them.
   */
  entityMemo: Map<string, { fact: number; relation: 'same' | 'near' } | null>;
  /** The years the story's sources were published in: a figure dated to another year is about something else. */
  storyYears: Set<number>;
  /** Stems of the words of every name the table's entity facts give. */
  nameStems: Set<string>;
  /** The same, one set per written name, to tell a name the table knows from words that merely share one. */
  names: Set<string>[];
  /** Facts by kind and count class ("number", "deaths"): how many, and how many of them name each place stem. */
  countGroups: Map<string, { size: number; naming: Map<string, number> }>;
  /** Memo of which place phrases (stems joined) are names the table knows; a pure function of the index. */
  knownNames: Map<string, boolean>;
  /** Stems of the places fact labels name ("Deaths in Ilocos Sur"). */
  labelPlaces: Set<string>;
  /** Stems of every word the table writes (labels, cues, names, quotes, sources): a name outside them is no party to its facts. */
  tableStems: Set<string>;
  /** Stems of the names in the sources' headlines: the story's own places, which qualify none of its facts. */
  storyPlaces: Set<string>;
  /** Multi-word cues by their first stem, with the facts that have each: the subjects the table knows by name. */
  phrasesByFirst: Map<string, { stems: string[]; facts: number[] }[]>;
  /** How many facts there are of each kind. */
  kindSizes: Map<Kind, number>;
  /** The words each quote writes around its fact's figure. */
  quotes: QuoteIndex;
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
 * A label's words, split into ordinary words and names. Names run through a whole story, so they may
 * support a match but not anchor it. A word is a name when it belongs to a known entity, or when the
 * table writes it capitalised somewhere other than at the start of a label or sentence.
 */
function labelTerms(label: string, properWords: ReadonlySet<string>): { words: string[]; names: string[] } {
  const words: string[] = [];
  const names: string[] = [];
  for (const t of labelTokens(label)) (properWords.has(t.stem) ? names : words).push(t.stem);
  return { words, names };
}

/** Stems the table writes capitalised inside a phrase (not as its first word), and words of entity names. */
function properWordsOf(table: FactTable): Set<string> {
  const proper = new Set<string>();
  const phrases = table.facts.flatMap((f) => [f.label, ...f.claims.map((c) => c.quote ?? '')]);
  for (const phrase of phrases) {
    for (const sentence of phrase.split(/[.!?]\s+/)) {
      tokens(sentence).forEach((t, i) => {
        if (i > 0 && /^\p{Lu}/u.test(sentence.slice(t.start, t.end))) proper.add(t.stem);
      });
    }
  }
  for (const f of table.facts) {
    if (f.kind !== 'entity') continue;
    for (const name of [f.value, ...f.aliases, ...f.claims.map((c) => c.value)]) for (const s of phraseStems(String(name ?? ''))) proper.add(s);
  }
  return proper;
}

/** A negation in a cue: the stemmer's stop list drops it, which would leave the cue saying the opposite. */
const NEGATION = /\b(?:not|no|never|without)\b|n['’]t\b/i;

export function profileFact(fact: Fact, properWords: ReadonlySet<string> = new Set(), figures: readonly QuotedFigure[] = quotedFigures(fact)): FactProfile {
  const terms = new Map<string, number>();
  const frame = factFrame(fact.label, fact.cues, fact.unit);
  // A date of saying is known by who said it and when; the words of what was said belong to that event's fact.
  for (const q of fact.claims) if (q.quote) addTerms(terms, phraseStems(frame.statement ? speakerPart(q.quote) : q.quote), WEIGHT.quote);
  const label = labelTerms(fact.label, properWords);
  addTerms(terms, label.names, WEIGHT.name);
  addTerms(terms, label.words, WEIGHT.label);
  const phrases: string[][] = [];
  for (const cue of fact.cues) {
    const stems = phraseStems(cue);
    if (stems.length > 1) phrases.push(stems);
    // "not increase" names a freeze; its word "increase" alone names the opposite, so it counts as a part.
    addTerms(terms, stems, stems.length > 1 || NEGATION.test(cue) ? WEIGHT.cuePart : WEIGHT.cue);
  }
  const unitStem = fact.unit ? stemWord(fact.unit) : undefined;
  const fromQuotes = quoted(figures);
  const unitForms = new Set([fact.unit ?? '', ...fact.cues.flatMap((c) => c.split(/\s+/))].filter(Boolean).map(normalizeUnit));
  if (unitStem) addTerms(terms, [unitStem], WEIGHT.unit);
  const names =
    fact.kind === 'entity'
      ? [...new Set([...acceptedForms(String(fact.value ?? ''), fact.aliases), ...fact.claims.flatMap((c) => acceptedForms(String(c.value), []))])].filter(
          Boolean,
        )
      : [];
  return {
    fact,
    terms,
    unitStem,
    unitForms,
    unitFamily: fact.unit ? unitFamily(fact.unit) : undefined,
    names,
    phrases,
    frame,
    quotedRoles: fromQuotes.roles,
    quotedUnits: fromQuotes.units,
    kindNames: kindNames(fact),
  };
}

/** What the sources' quotes say of the fact's figure: the roles and the units they give it. */
function quoted(figures: readonly QuotedFigure[]): { roles: Set<Role>; units: Set<string> } {
  const roles = new Set<Role>();
  const units = new Set<string>();
  for (const { quote, quantity } of figures) {
    const role = roleOf(quote, quantity.figure, { start: 0, end: quote.length });
    if (role) roles.add(role);
    if (quantity.unit) units.add(normalizeUnit(quantity.unit));
  }
  return { roles, units };
}

export function indexFacts(table: FactTable): FactIndex {
  const figures = table.facts.map(quotedFigures);
  const index: FactIndex = {
    profiles: [],
    byKindStem: new Map(),
    byKindUnit: new Map(),
    entityByInitial: new Map(),
    entityByForm: new Map(),
    entityMemo: new Map(),
    storyYears: storyYears(table),
    nameStems: new Set(),
    names: [],
    countGroups: new Map(),
    knownNames: new Map(),
    labelPlaces: new Set(),
    storyPlaces: headlineNames(table),
    tableStems: tableStems(table),
    quotes: indexQuotes(figures),
    kindSizes: new Map(),
    phrasesByFirst: new Map(),
  };
  const properWords = properWordsOf(table);
  table.facts.forEach((fact, i) => {
    const profile = profileFact(fact, properWords, figures[i]);
    index.kindSizes.set(fact.kind, (index.kindSizes.get(fact.kind) ?? 0) + 1);
    for (const phrase of profile.phrases) if (isPhrase(phrase)) addPhrase(index, phrase, i);
    index.profiles.push(profile);
    for (const place of profile.frame.places) for (const s of place) index.labelPlaces.add(s);
    addToCountGroups(index, profile);
    if (fact.kind === 'entity') {
      for (const name of profile.names) {
        const stems = phraseStems(name);
        for (const s of stems) index.nameStems.add(s);
        index.names.push(new Set(stems));
      }
      // Every word of a near miss is near its counterpart, so the last word (the surname) is enough to find candidates.
      for (const name of profile.names) {
        const last = name.split(' ').pop() ?? '';
        if (last) push(index.entityByInitial, wordKey(last, last.length), i);
        push(index.entityByForm, name, i);
      }
      return;
    }
    if (!index.byKindStem.has(fact.kind)) index.byKindStem.set(fact.kind, new Map());
    if (!index.byKindUnit.has(fact.kind)) index.byKindUnit.set(fact.kind, new Map());
    for (const stem of profile.terms.keys()) push(index.byKindStem.get(fact.kind)!, stem, i);
    if (profile.unitStem) push(index.byKindUnit.get(fact.kind)!, profile.unitStem, i);
  });
  return index;
}

function addPhrase(index: FactIndex, stems: string[], fact: number): void {
  let list = index.phrasesByFirst.get(stems[0]);
  if (!list) index.phrasesByFirst.set(stems[0], (list = []));
  const key = stems.join(' ');
  const known = list.find((p) => p.stems.join(' ') === key);
  if (!known) list.push({ stems, facts: [fact] });
  else if (!known.facts.includes(fact)) known.facts.push(fact);
}

function addToCountGroups(index: FactIndex, profile: FactProfile): void {
  const stems = new Set(profile.frame.places.flat());
  for (const c of profile.frame.counts) {
    const key = `${profile.fact.kind}\u0000${c}`;
    let group = index.countGroups.get(key);
    if (!group) index.countGroups.set(key, (group = { size: 0, naming: new Map() }));
    group.size++;
    for (const s of stems) group.naming.set(s, (group.naming.get(s) ?? 0) + 1);
  }
}

function headlineNames(table: FactTable): Set<string> {
  const out = new Set<string>();
  for (const s of table.sources.values()) for (const stem of capitalisedStems(s.title ?? '')) out.add(stem);
  return out;
}

function tableStems(table: FactTable): Set<string> {
  // The outlets are parties too: "the Ledger's count" is a source's figure.
  const texts = [...table.sources.values()].flatMap((s) => [s.id, s.title ?? '', s.publisher ?? '']);
  for (const f of table.facts) {
    texts.push(f.label, ...f.cues, ...f.claims.map((c) => c.quote ?? ''));
    if (f.kind === 'entity') texts.push(f.value ?? '', ...f.aliases, ...f.claims.map((c) => c.value));
  }
  return new Set(texts.flatMap(phraseStems));
}

/**
 * The years the story happens in: those its sources were published in, and those of the days the table dates its
 * own events to before then (a breach found on 22 August 2023 and reported on in 2025). A day still to come (a
 * rate that takes effect next year), a day of an earlier event the table keeps for background ("Date of the
 * previous theft") and a year alone (a record's) are not the story's.
 */
/** A label of an event before the story's own: "Date of the previous theft", "the last drought". */
const BACKGROUND = /\b(?:previous|prior|earlier|former|last)\b/i;

function storyYears(table: FactTable): Set<number> {
  const out = new Set<number>();
  for (const s of table.sources.values()) if (s.published) out.add(Number(s.published.slice(0, 4)));
  const latest = Math.max(...out);
  for (const f of table.facts) {
    if (f.kind !== 'date' || f.value?.precision !== 'day' || f.value.year === undefined || !(f.value.year < latest)) continue;
    if (!BACKGROUND.test(f.label) && !factFrame(f.label, f.cues).otherEvent) out.add(f.value.year);
  }
  return out;
}

/** A misspelling keeps a word's first letter and nearly its length, so names are bucketed by both. */
function wordKey(word: string, length: number): string {
  return `${word[0]}${length}`;
}

/** Entity facts with a written form whose last word shares the mention's last word's initial and length, give or take two letters. */
export function entityCandidates(index: FactIndex, normalizedMention: string): number[] {
  const last = normalizedMention.split(' ').pop() ?? '';
  if (!last) return [];
  const out = new Set<number>();
  for (let len = Math.max(1, last.length - 2); len <= last.length + 2; len++) {
    for (const i of index.entityByInitial.get(wordKey(last, len)) ?? []) out.add(i);
  }
  return [...out];
}
