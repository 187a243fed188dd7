// Lines up the places and bodies the sources name: one name however each source writes it. An acronym is
// the name it stands for ("HSA" is the "Harbour Safety Authority" another source spells out), a party's
// bare name is the party ("Labour", "the Conservatives"), a one-word place with a place noun by it in one
// source ("Kelso province") is that place where another source names it alone. A name becomes a fact
// when enough sources name it and one of them shows it is a name of something (a whole name, a definition,
// a place noun), and it is not a country, a newspaper or a source's own publisher.

import { isCountryName, isDemonym } from '../extract/entities';
import { normalizeName } from '../verdict/names';
import { ACRONYM, expansionOf, spellsAcronym } from './acronyms';
import type { DraftClaim, DraftFact } from './describe';
import { idFromWords } from './ids';
import { isLocalPlaceNoun, isMasthead, mostVoted, typeFromShape, type NameType } from './nameCues';
import type { SourceName } from './places';

/** One name several sources use: the value a table cites, and each source's first mention of it. */
export interface NameGroup {
  value: string;
  type: NameType;
  mentions: SourceName[];
  /** Other ways the sources write it that stand for it: its acronym, a bare party name, "Kelso province". */
  aliases: string[];
  /** Spelled-out names that do not spell the acronym the source brackets after them: a source's slip. */
  garbled: { spelling: string; acronym: string; sources: string[] }[];
}

const isOneWord = (n: SourceName) => !/\s/.test(n.name);
const singular = (word: string) => word.replace(/s$/, '');

/** What each acronym of the sources stands for: a bracketed definition, or a whole name whose initials spell it. */
function acronymExpansions(names: readonly SourceName[]): Map<string, string> {
  const given = new Map<string, string[]>();
  for (const n of names) if (n.acronym) given.set(n.acronym, [...(given.get(n.acronym) ?? []), n.name]);
  const whole = [...new Set(names.filter((n) => n.cued && !isOneWord(n)).map((n) => n.name))];
  for (const n of names) {
    // Two initials match too many names by chance ("US"): a two-letter acronym needs its brackets.
    if (!isOneWord(n) || !ACRONYM.test(n.name) || n.name.length < 3 || given.has(n.name)) continue;
    const spelled = whole.filter((w) => spellsAcronym(w, n.name));
    if (spelled.length) given.set(n.name, spelled);
  }
  const out = new Map<string, string>();
  for (const [acronym, list] of given) {
    const e = expansionOf(acronym, list);
    if (e) out.set(acronym, e);
  }
  return out;
}

/**
 * Capitalised words the sources use for a party: written in full once ("the Labour Party"), or both
 * before a word like "government" and as a plural ("a Conservative government", "the Conservatives"),
 * never as a place ("in the Maldives") and not a people's name ("the Saudis").
 */
function partyWords(names: readonly SourceName[]): Set<string> {
  const out = new Set<string>();
  for (const n of names) {
    const m = /^(\p{Lu}[\p{Ll}\p{M}’'-]+) Party$/u.exec(n.name);
    if (m) out.add(m[1]);
  }
  const oneWord = names.filter(isOneWord);
  const placeLike = new Set(oneWord.filter((n) => n.placeUse || n.placeNoun).map((n) => singular(n.name)));
  for (const n of oneWord) {
    if (!n.plural || placeLike.has(singular(n.name))) continue;
    const word = singular(n.name);
    // "the Saudis" and "the Saudi government" are a nation and its government.
    if (oneWord.some((m) => m.attributive && m.name === word) && !isDemonym(word)) out.add(word);
  }
  return out;
}

/** The longer proper name a one-word place and its noun stand for: "Ilvern region" for the "Ilvern Upland Region". */
function longerPlace(word: string, noun: string, wholeNames: readonly string[]): string | undefined {
  const fits = wholeNames.filter((w) => w.startsWith(`${word} `) && w.toLowerCase().endsWith(` ${noun}`));
  return fits.length === 1 ? fits[0] : undefined;
}

interface Resolver {
  /** The value a mention stands for, or undefined when it is not a name worth a fact. */
  valueOf(n: SourceName): string | undefined;
  partyWords: ReadonlySet<string>;
  placeWords: ReadonlySet<string>;
}

function resolver(names: readonly SourceName[]): Resolver {
  const expansions = acronymExpansions(names);
  const parties = partyWords(names);
  const wholeNames = [...new Set(names.filter((n) => n.cued && !isOneWord(n)).map((n) => n.name))];
  const placeNouns = new Map<string, string>();
  for (const n of names) if (isOneWord(n) && n.placeNoun && !parties.has(n.name)) placeNouns.set(n.name, placeNouns.get(n.name) ?? n.placeNoun);
  const longer = new Map(
    [...placeNouns].flatMap(([word, noun]) => {
      const l = longerPlace(word, noun, wholeNames);
      return l ? [[word, l] as const] : [];
    }),
  );
  const placeWords = new Set(names.filter((n) => isOneWord(n) && n.placeNoun && isLocalPlaceNoun(n.placeNoun) && !parties.has(n.name)).map((n) => n.name));
  return {
    partyWords: parties,
    placeWords,
    valueOf(n) {
      if (n.acronym && expansions.has(n.acronym)) return expansions.get(n.acronym);
      if (!isOneWord(n)) return n.name;
      if (ACRONYM.test(n.name)) return expansions.get(n.name);
      const word = parties.has(n.name) ? n.name : n.plural && parties.has(singular(n.name)) ? singular(n.name) : undefined;
      if (word) return `${word} Party`;
      return longer.get(n.name) ?? (placeWords.has(n.name) ? n.name : undefined);
    },
  };
}

function groupType(value: string, mentions: readonly SourceName[], r: Resolver): NameType {
  const shape = typeFromShape(value);
  if (shape) return shape;
  if (r.placeWords.has(value)) return 'place';
  if (mentions.some((n) => n.speaks)) return 'organization';
  const votes: Record<NameType, number> = { place: 0, organization: 0, vessel: 0, storm: 0, name: 0 };
  for (const n of mentions) votes[n.type]++;
  return mostVoted(votes);
}

/**
 * Names that `minSources` sources use, each with one mention per source (the first), in first-mention
 * order. `publishers` are the sources' own outlets, which name themselves on their pages.
 */
export function groupNames(names: readonly SourceName[], minSources = 2, publishers: readonly string[] = []): NameGroup[] {
  const r = resolver(names);
  const own = new Set(publishers.map(normalizeName));
  const byValue = new Map<string, { value: string; all: SourceName[] }>();
  for (const n of names) {
    const value = r.valueOf(n);
    if (!value) continue;
    const key = normalizeName(value);
    const g = byValue.get(key) ?? { value, all: [] };
    g.all.push(n);
    byValue.set(key, g);
  }
  const out: NameGroup[] = [];
  for (const { value, all } of byValue.values()) {
    const sorted = [...all].sort((a, b) => a.sourceIndex - b.sourceIndex || Number(!!a.dateline) - Number(!!b.dateline) || a.start - b.start);
    const mentions = sorted.filter((n, i) => sorted.findIndex((m) => m.sourceIndex === n.sourceIndex) === i);
    if (new Set(mentions.map((m) => m.sourceIndex)).size < minSources) continue;
    // A dateline says where the story was filed; the name must also be in some source's story.
    // A party known from its plural and its attributive use is cued by the two together.
    const cued = all.some((n) => n.cued) || r.partyWords.has(value.replace(/ Party$/, ''));
    if (!cued || all.every((n) => n.dateline)) continue;
    if (isMasthead(value) || own.has(normalizeName(value)) || isCountryName(value)) continue;
    const aliases = new Map<string, string>();
    const garbled = new Map<string, { acronym: string; sources: string[] }>();
    for (const n of all) {
      if (normalizeName(n.name) === normalizeName(value)) continue;
      if (!isOneWord(n) && n.acronym) {
        const g = garbled.get(n.name) ?? { acronym: n.acronym, sources: [] };
        if (!g.sources.includes(n.sourceId)) g.sources.push(n.sourceId);
        garbled.set(n.name, g);
      } else if (!n.dateline) aliases.set(normalizeName(n.name), n.name);
    }
    out.push({
      value,
      type: groupType(value, all, r),
      mentions,
      aliases: [...aliases.values()],
      garbled: [...garbled].map(([spelling, g]) => ({ spelling, ...g })),
    });
  }
  return out.sort((a, b) => a.mentions[0].sourceIndex - b.mentions[0].sourceIndex || a.mentions[0].start - b.mentions[0].start);
}

const TYPE_LABEL: Record<NameType, string> = {
  place: 'Place named in the sources',
  organization: 'Organisation named in the sources',
  vessel: 'Ship named in the sources',
  storm: 'Storm named in the sources',
  name: 'Named in the sources',
};

/** The entity fact for one place or organisation several sources name: every source cites the one value. */
export function describeName(group: NameGroup): DraftFact {
  const claims: DraftClaim[] = group.mentions.map((n) => ({ source: n.sourceId, value: group.value, bound: 'exact', quote: n.quote }));
  const first = group.mentions[0];
  const fact: DraftFact = {
    baseId: idFromWords(group.value.split(/\s+/), 4),
    label: `${TYPE_LABEL[group.type]}: ${group.value}`,
    kind: 'entity',
    cues: [],
    value: group.value,
    bound: 'exact',
    claims,
    contested: false,
    order: [first.sourceIndex, first.start],
  };
  if (group.aliases.length) fact.aliases = group.aliases;
  if (group.garbled.length) {
    fact.notes = group.garbled.map((g) => `Spelling variant: ${g.spelling} (${g.sources.join(', ')}), written out for ${g.acronym} but not spelling it`);
  }
  return fact;
}
