// The builder's pipeline: sources in, facts out. Shared by a fresh build and by --update.

import type { Kind } from '../types';
import { collectClaims, prepareSource, sentenceStems, yearFromGroup, type CollectedClaim, type PreparedSource } from './collect';
import { describeGroup, describePerson, describePlaceOf, type DraftFact } from './describe';
import { disputedPlace } from './placeOf';
import { groupClaims, type ClaimGroup } from './group';
import { uniqueId } from './ids';
import { collectPeople, groupPeople, withoutPlaces, type SourcePerson } from './people';
import { describeName, groupNames } from './nameGroups';
import { collectNames, type SourceName } from './places';
import { makeIdf, type Idf } from './similarity';
import { normalizeName } from '../verdict/names';
import { spellsAcronym } from './acronyms';
import { stemWord } from '../match/terms';
import type { SourceInfo } from './source';
import type { WrittenFact } from './write';

export interface BuildOptions {
  /**
   * How many sources must state a fact for the table to hold it (a fresh build: 2). Facts fewer sources
   * state are still written, commented out below the table, so a reviewer can keep one by uncommenting it.
   */
  minSources?: number;
  /**
   * Told as each new source is read, twice over (its claims and people, then its places and organisations),
   * so an editor can show how far a build of many sources has got. Only tells: it cannot change the table.
   */
  onSource?: (step: BuildStep) => void;
}

/** One step of a build: the `done`th of `total` sources is being read, in the first or the second pass. */
export interface BuildStep {
  pass: 'claims' | 'names';
  done: number;
  total: number;
  path: string;
}

/** What a fresh build keeps when not told: a figure only one outlet reports is not yet a cross-checked fact. */
export const DEFAULT_MIN_SOURCES = 2;

export interface Extraction {
  prepared: PreparedSource[];
  idf: Idf;
  claims: CollectedClaim[];
  people: SourcePerson[];
  /** Places and organisations. */
  names: SourceName[];
}

/** The latest date any of the story's sources is published on: the year its yearless dates are read in. */
function storyDate(sources: readonly PreparedSource[]): string | undefined {
  return sources
    .map((s) => s.info.published)
    .filter((d): d is string => !!d)
    .sort()
    .pop();
}

/** Reads every claim and name of the sources. `context` sources only sharpen word weights. */
export function extract(sources: readonly SourceInfo[], context: readonly SourceInfo[] = [], onSource?: BuildOptions['onSource']): Extraction {
  const prepared = sources.map(prepareSource);
  const idf = makeIdf(sentenceStems([...prepared, ...context.map(prepareSource)]));
  const tell = (pass: BuildStep['pass'], i: number) => onSource?.({ pass, done: i + 1, total: prepared.length, path: prepared[i].info.path });
  const date = storyDate(prepared);
  const read = prepared.map((p, i) => {
    tell('claims', i);
    return { claims: collectClaims(p, i, date), people: collectPeople(p, i) };
  });
  const people = withoutPlaces(read.flatMap((r) => r.people));
  // A person's name is no place: the names pass needs every source's people first.
  const personNames = new Set(people.flatMap((p) => [normalizeName(p.name), ...normalizeName(p.name).split(' ')]));
  const names = prepared.flatMap((p, i) => {
    tell('names', i);
    return collectNames(p, i, personNames);
  });
  return {
    prepared,
    idf,
    claims: withPlacesSpelledOut(
      read.flatMap((r) => r.claims),
      names,
    ),
    people,
    names,
  };
}

/**
 * Claims whose place is an acronym ("most of the dead were in the UTV") given the place it stands for, as the
 * story's sources spell it ("Upper Tessel Valley"), so figures of one place line up however
 * each outlet names it.
 */
function withPlacesSpelledOut(claims: CollectedClaim[], names: readonly SourceName[]): CollectedClaim[] {
  const spelled = [...new Set(names.filter((n) => n.type === 'place' && n.name.includes(' ')).map((n) => n.name))];
  if (!spelled.length) return claims;
  const expand = (place: string[]): string[] => {
    if (place.length !== 1) return place;
    const full = spelled.find((n) => spellsAcronym(n, place[0].toUpperCase()));
    return full ? full.split(/\s+/).map((w) => stemWord(w.toLowerCase())) : place;
  };
  return claims.map((c) => {
    const places = c.frame.places.map(expand);
    return places.some((p, i) => p !== c.frame.places[i]) ? { ...c, frame: { ...c.frame, places } } : c;
  });
}

/** The outlets the sources come from: they name themselves on their pages, which does not make them part of the story. */
export function publishersOf(sources: readonly Pick<SourceInfo, 'publisher'>[]): string[] {
  return sources.flatMap((s) => (s.publisher ? [s.publisher] : []));
}

const KIND_ORDER: Record<Kind, number> = { number: 0, money: 1, percent: 2, date: 3, entity: 4 };

export function sourceCount(f: Pick<DraftFact, 'claims'>): number {
  return new Set(f.claims.map((c) => c.source)).size;
}

/** Facts stated by more sources first, then by kind, then in the order the sources state them. */
export function compareFacts(a: DraftFact, b: DraftFact): number {
  return (
    sourceCount(b) - sourceCount(a) ||
    KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
    a.order[0] - b.order[0] ||
    a.order[1] - b.order[1] ||
    (a.baseId < b.baseId ? -1 : a.baseId > b.baseId ? 1 : 0)
  );
}

/** A group with its yearless dates given the year its other sources write, and those no source dates left out. */
function withYears(group: ClaimGroup): ClaimGroup | undefined {
  if (!group.claims.some((c) => c.yearless)) return group;
  const claims = group.claims.flatMap((c) => {
    if (!c.yearless) return [c];
    const value = yearFromGroup(c, group.claims);
    return value ? [{ ...c, value }] : [];
  });
  return claims.length ? { claims } : undefined;
}

/** Facts from claims and people that no existing fact took, most-reported first. */
export function draftFacts(
  ex: Pick<Extraction, 'idf'>,
  claims: CollectedClaim[],
  people: SourcePerson[],
  order: ReadonlyMap<string, number>,
  names: readonly SourceName[] = [],
  publishers: readonly string[] = [],
): DraftFact[] {
  const groups = groupClaims(claims, ex.idf)
    .map(withYears)
    .filter((g): g is ClaimGroup => g !== undefined);
  const facts = groups.map((g) => describeGroup(g, ex.idf, order));
  groups.forEach((g, i) => {
    const place = disputedPlace(g, names);
    if (place) facts.push(describePlaceOf(facts[i], place, order));
  });
  facts.push(...groupPeople(people, ex.idf).map((g) => describePerson(g, order)));
  facts.push(...groupNames(names, 2, publishers).map(describeName));
  return facts.sort(compareFacts);
}

/** The facts at least `min` sources state, and the rest, each in the order given. */
export function splitBySources<F extends Pick<DraftFact, 'claims'>>(facts: readonly F[], min: number): { kept: F[]; aside: F[] } {
  const kept: F[] = [];
  const aside: F[] = [];
  for (const f of facts) (sourceCount(f) >= min ? kept : aside).push(f);
  return { kept, aside };
}

/** Gives each fact its id, unique among `taken` and each other, in table order. */
export function assignIds(facts: readonly DraftFact[], taken: ReadonlySet<string> = new Set()): WrittenFact[] {
  const used = new Set(taken);
  return facts.map((fact) => {
    const id = uniqueId(fact.baseId, used);
    used.add(id);
    return { id, fact };
  });
}
