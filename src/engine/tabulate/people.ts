// People named in the sources. Compromise finds most names; a capitalised run the tagger missed counts
// as a name when the article treats it as one (a title before it, or the surname used alone later).
// Across sources, spelling variants of one person ("Markwayne Mullin" / "Marquin Mullen") are one person.

import type { Span } from '../types';
import { capitalizedRuns, nlpEntities, type Word } from '../extract/entities';
import { tokens } from '../match/terms';
import { SpanSet } from '../text/spans';
import { compareName, normalizeName } from '../verdict/names';
import type { PreparedSource } from './collect';
import { CRAFT_NOUN, STORM_WORD, VESSEL_PREFIX, writtenAsPlace } from './nameCues';
import { clauseAround } from './quote';
import { cosine, type Idf, type Vector } from './similarity';
import { isPersonTitle } from '../lexicon/titles';

/** Capitalised words that start sentences or stand for someone without naming them. */
const NOT_NAMES = new Set(
  (
    'the a an in on at to of for and but or if as he she it they we i you his her their its this that these those ' +
    'there when while after before since yet so then however besides meanwhile according said also'
  ).split(' '),
);

/** Lower-case words inside people's names: "Ana de Souza", "Pieter van Dijk". */
const NAME_PARTICLE = /^(?:de|da|do|dos|das|del|della|di|du|la|le|van|von|der|den|ter|bin|binti|ibn|al|el|y)$/;

export interface PersonMention {
  name: string;
  start: number;
  end: number;
  /** Title and adjectives written before the name: "Oklahoma Republican Senator". */
  descriptor: string;
  /** Written as a place where it stands: "in San Telmo". */
  asPlace?: boolean;
}

/** One person as one source names them. */
export interface SourcePerson {
  sourceIndex: number;
  sourceId: string;
  /** The fullest spelling the source uses (its first one with a given name). */
  name: string;
  quote: string;
  descriptors: string[];
  /** The words of every sentence that names them, for telling namesakes apart. */
  context: Map<string, number>;
  /** Some mention is written as a place's ("in San Telmo"): a place named like a person, if any source says so. */
  asPlace: boolean;
}

/** After a name: an appositive about a person or a verb of speech. */
const SPEAKS = /^(?:,\s+(?:who|whose)\b|\s+(?:said|says|told|tells|stated|declared|explained|revealed|disclosed|wrote|added|argued|warned|insisted)\b)/;

const NAME_WORD = /^(?:\p{Lu}[\p{Ll}\p{M}’'-]+|\p{Lu}\.)$/u;

function isNameWord(w: Word): boolean {
  return NAME_WORD.test(w.text) && !NOT_NAMES.has(w.text.toLowerCase()) && !isPersonTitle(w.text);
}

/** The up to four words before `start` (same clause) that describe the person: titles and capitalised adjectives. */
function descriptorBefore(visible: string, sentence: Span, start: number): string {
  const before = visible.slice(Math.max(sentence.start, start - 60), start);
  const m = /((?:[\p{L}.’'-]+[ \t]+){1,4})$/u.exec(before);
  if (!m) return '';
  const words = m[1].trim().split(/[ \t]+/);
  const kept: string[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i];
    if (!(isPersonTitle(w) || /^\p{Lu}/u.test(w)) || NOT_NAMES.has(w.toLowerCase())) break;
    kept.unshift(w);
  }
  return kept.some(isPersonTitle) ? kept.join(' ') : '';
}

/** The name at the end of a capitalised run: its last name words, initials kept ("Gerald R. Ford"). */
function nameInRun(run: Word[]): Word[] {
  let end = run.length;
  while (end > 0 && !isNameWord(run[end - 1])) end--;
  let start = end;
  while (start > 0 && isNameWord(run[start - 1]) && end - start < 3) start--;
  const words = run.slice(start, end);
  // Two full words make a name; a leading word with an initial after it belongs too ("Gerald R. Ford").
  if (words.length === 3 && !/\.$/.test(words[1].text)) return words.slice(1);
  return words;
}

function mentionsIn(src: PreparedSource): PersonMention[] {
  const { visible, sentences, paragraphs } = src;
  const found: PersonMention[] = [];
  const others: Span[] = [];
  const sentenceAt = (at: number) => sentences.find((s) => s.start <= at && at < s.end) ?? { start: at, end: at };
  for (const p of paragraphs) {
    for (const e of nlpEntities(visible, p, {})) {
      if (e.entityType !== 'person') others.push(e);
      if (e.entityType !== 'person' || e.name.split(/\s+/).length < 2 || !/^[\p{L}\p{M} .’'-]+$/u.test(e.name)) continue;
      // A lower-case word other than a particle ("de", "van") is the tagger running on into the sentence.
      if (e.name.split(/\s+/).some((w) => !/^\p{Lu}/u.test(w) && !NAME_PARTICLE.test(w))) continue;
      found.push({ name: e.name, start: e.start, end: e.end, descriptor: descriptorBefore(visible, sentenceAt(e.start), e.start) });
    }
  }
  // A ship, an aircraft or a storm carries a person's name ("USS Gerald R. Ford", "the carrier Gerald R.
  // Ford", "Hurricane Ida"): the word before says which.
  const afterVessel = (start: number) => {
    const before = /(\S+)[ \t]+$/.exec(visible.slice(Math.max(0, start - 16), start))?.[1] ?? '';
    return VESSEL_PREFIX.test(before) || STORM_WORD.test(before) || CRAFT_NOUN.test(before);
  };
  const namesThing = (name: string) => {
    const first = name.split(/\s+/)[0];
    return VESSEL_PREFIX.test(first) || STORM_WORD.test(first);
  };
  for (let i = found.length - 1; i >= 0; i--) if (afterVessel(found[i].start) || namesThing(found[i].name)) found.splice(i, 1);
  const tagged = new SpanSet(found);
  const notPeople = new SpanSet(others);
  const surnameCount = new Map<string, number>();
  for (const m of visible.matchAll(/\p{Lu}[\p{Ll}\p{M}’'-]+/gu)) surnameCount.set(m[0], (surnameCount.get(m[0]) ?? 0) + 1);
  for (const s of sentences) {
    for (const run of capitalizedRuns(visible, s)) {
      const words = nameInRun(run);
      if (words.length < 2) continue;
      const span = { start: words[0].start, end: words[words.length - 1].end };
      if (tagged.has(span) || notPeople.has(span) || afterVessel(span.start) || namesThing(visible.slice(span.start, span.end))) continue;
      // The end of a longer name ("the Board of Coastal Safety said"): a body, not a person.
      if (/\p{Lu}[\p{L}\p{M}’'-]*[ \t]+(?:of|for)[ \t]+$/u.test(visible.slice(Math.max(s.start, span.start - 40), span.start))) continue;
      const descriptor = descriptorBefore(visible, s, span.start);
      const surname = words[words.length - 1].text;
      // The tagger missed it: a title before it, the surname alone elsewhere, or what follows shows the article treats it as a person.
      const speaks = SPEAKS.test(visible.slice(span.end, Math.min(s.end, span.end + 30)));
      if (!descriptor && !speaks && (surnameCount.get(surname) ?? 0) < 2) continue;
      found.push({ name: visible.slice(span.start, span.end), ...span, descriptor });
    }
  }
  for (const m of found) if (writtenAsPlace(visible, m)) m.asPlace = true;
  return found.sort((a, b) => a.start - b.start);
}

function surname(name: string): string {
  const parts = normalizeName(name).split(' ');
  return parts[parts.length - 1];
}

/** The people one source names, each once, with the words around every mention (full name or surname). */
export function collectPeople(src: PreparedSource, sourceIndex: number): SourcePerson[] {
  const people: SourcePerson[] = [];
  const byKey = new Map<string, SourcePerson>();
  for (const m of mentionsIn(src)) {
    const existing = people.find((p) => compareName(m.name, p.name) === 'same' || compareName(p.name, m.name) === 'same');
    if (existing) {
      if (m.descriptor) existing.descriptors.push(m.descriptor);
      existing.asPlace ||= !!m.asPlace;
      continue;
    }
    const sentence = src.sentences.find((s) => s.start <= m.start && m.start < s.end) ?? { start: m.start, end: m.end };
    const person: SourcePerson = {
      sourceIndex,
      sourceId: src.info.id,
      name: m.name,
      quote: clauseAround(src.info.text, sentence, m.start, m.end),
      descriptors: m.descriptor ? [m.descriptor] : [],
      context: new Map(),
      asPlace: !!m.asPlace,
    };
    people.push(person);
    byKey.set(surname(m.name), person);
  }
  for (const s of src.sentences) {
    const words = tokens(src.visible, s.start, s.end);
    const text = normalizeName(src.visible.slice(s.start, s.end));
    for (const [last, person] of byKey) {
      if (!new RegExp(`\\b${last.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(text)) continue;
      for (const t of words) person.context.set(t.stem, (person.context.get(t.stem) ?? 0) + 1);
    }
  }
  return people;
}

function firstName(name: string): string {
  return normalizeName(name).split(' ')[0];
}

/**
 * Two spellings from different sources name one person: the same name (accents, initials aside), or a
 * near surname and a given name that starts alike, written about in a similar way.
 */
function samePerson(a: SourcePerson, b: SourcePerson, va: Vector, vb: Vector): boolean {
  if (compareName(a.name, b.name) === 'same' || compareName(b.name, a.name) === 'same') return true;
  if (compareName(surname(a.name), surname(b.name)) === 'different') return false;
  const fa = firstName(a.name);
  const fb = firstName(b.name);
  const givenAlike = compareName(fa, fb) !== 'different' || (fa.length >= 3 && fa.slice(0, 3) === fb.slice(0, 3));
  return givenAlike && cosine(va, vb) >= 0.15;
}

/** The people of all sources, less names any source writes as a place's ("in San Telmo"): places named like people. */
export function withoutPlaces(people: readonly SourcePerson[]): SourcePerson[] {
  const places = new Set(people.filter((p) => p.asPlace).map((p) => normalizeName(p.name)));
  return people.filter((p) => !places.has(normalizeName(p.name)));
}

/** People named by at least `minSources` sources, each as the list of how every source names them. */
export function groupPeople(people: SourcePerson[], idf: Idf, minSources = 2): SourcePerson[][] {
  const vectors = people.map((p) => {
    const v: Vector = new Map();
    for (const [stem, n] of p.context) v.set(stem, Math.min(3, n) * idf(stem));
    return v;
  });
  const groups: number[][] = [];
  people.forEach((p, i) => {
    const home = groups.find((g) => !g.some((k) => people[k].sourceIndex === p.sourceIndex) && g.some((k) => samePerson(people[k], p, vectors[k], vectors[i])));
    if (home) home.push(i);
    else groups.push([i]);
  });
  return groups.filter((g) => g.length >= minSources).map((g) => g.map((i) => people[i]));
}
