// Who a count of people counts. "Two children" and "three miners" count a kind of person, which in news prose is
// most often a part of a larger group ("a couple and their two children", "three women and a boy"), not the toll.

import { normalizeUnit, unitFamily } from '../lexicon/units';
import type { Fact } from '../types';
import { phraseStems } from './terms';

/**
 * Person nouns that say nothing of who the people are: "people" themselves, or what befell them (the dead, the
 * displaced). A count in one of these is a count of everyone it befell, whoever they were.
 */
const ANY_PERSON = new Set([
  'person',
  'individual',
  'resident',
  'inhabitant',
  'citizen',
  'member',
  'death',
  'dead',
  'casualty',
  'fatality',
  'victim',
  'life',
  'wounded',
  'injured',
  'survivor',
  'evacuee',
  'displaced person',
  'refugee',
]);

/** A counted noun naming a kind of person (children, women, miners, soldiers), not just people. */
export function isKindOfPerson(unit: string): boolean {
  return unitFamily(unit) === 'people' && !ANY_PERSON.has(normalizeUnit(unit));
}

/**
 * The fact names that kind of person: its unit, a cue, or its label. A label's bracketed aside that lists several
 * kinds tells who the people were ("Deaths in the landslide (a couple and two small children)"): the fact counts
 * them all, so the list does not make it a count of children. An aside of one kind says who they all were ("Deaths
 * in the north (a man hit by a falling tree)").
 */
function namesKind(named: readonly (readonly string[])[], unit: string): boolean {
  const kind = phraseStems(normalizeUnit(unit));
  return named.some((stems) => kind.every((k) => stems.includes(k)));
}

/** The stems of each phrase that may name a fact's kind of person, read once when the table is prepared. */
export function kindNames(fact: Fact): string[][] {
  const label = fact.label.replace(/\(([^)]*)\)/g, (aside, inner: string) => (LISTING.test(inner) ? ' ' : aside));
  return [fact.unit ?? '', ...fact.cues, label].map(phraseStems);
}

/** An aside that lists: "a couple and two children", "two women, a boy". */
const LISTING = /,|\band\b|&|\bplus\b/i;

/**
 * A count of a kind of person may be a fact's count of people only where the fact is about that kind: "two
 * children" among the dead are not the death toll. A fact that itself counts a kind ("troops") is left to the
 * unit's family, as "soldiers" and "troops" are one.
 */
export function isPartOfPeople(unit: string, fact: Fact, named: readonly (readonly string[])[]): boolean {
  if (!fact.unit || !isKindOfPerson(unit) || isKindOfPerson(fact.unit)) return false;
  return unitFamily(fact.unit) === 'people' && !namesKind(named, unit);
}
