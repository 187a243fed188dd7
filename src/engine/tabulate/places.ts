// Places and organisations named in the sources. A name two or more outlets use for the same place or
// body ("Cordillera Administrative Region", "Office for Budget Responsibility") is a fact a draft can get
// wrong, so it becomes an entity fact like a person's name. People are left to people.ts.

import type { Span } from '../types';
import { nlpEntities } from '../extract/entities';
import { normalizeName } from '../verdict/names';
import type { PreparedSource } from './collect';
import type { DraftClaim, DraftFact } from './describe';
import { idFromWords } from './ids';
import { clauseAround } from './quote';

export type NameType = 'place' | 'organization' | 'vessel' | 'name';

/** Prefixes navies and shipping registers put before a ship's name: what follows is a ship, not a person or place. */
export const VESSEL_PREFIX = /^(?:USS|USNS|HMS|HMAS|HMCS|HMNZS|INS|RFA|MV|MS|SS|RV|FS)$/;

/** Words that put a storm's name after them ("Typhoon Mangkhut", "Hurricane Ida"). */
export const STORM_WORD = /^(?:typhoon|hurricane|cyclone|storm|super[ -]?typhoon)$/i;

/** One place or organisation as one source names it, at its first mention. */
export interface SourceName {
  sourceIndex: number;
  sourceId: string;
  name: string;
  type: NameType;
  quote: string;
  start: number;
}

/** A capitalised word, or a small word that joins two inside a name ("Office for Budget Responsibility"). */
// "and" is left out: it joins two names ("Washington and Caracas") more often than it sits inside one.
// "on" is left out too: "Port Elwin on Monday".
const TOKEN = /\p{Lu}\.(?=\s)|\p{Lu}[\p{L}\p{M}’'-]*|\b(?:of|for|de|del|la)\b/gu;
const CONNECTOR = /^(?:of|for|de|del|la)$/;

/**
 * The whole name a tagged span is part of: the tagger often keeps only the last words of a long one
 * ("Management Council" of "National Disaster Risk Reduction and Management Council"). Capitalised words
 * next to it, and small joining words between two of them, belong to it.
 */
function wholeName(sentence: string, offset: number, start: number, end: number): Span {
  const words = [...sentence.matchAll(TOKEN)].map((m) => ({ text: m[0], start: offset + (m.index ?? 0), end: offset + (m.index ?? 0) + m[0].length }));
  const adjacent = (a: { end: number }, b: { start: number }) => /^[ \t]+$/.test(sentence.slice(a.end - offset, b.start - offset));
  let i = words.findIndex((w) => w.start >= start);
  let j = words.findIndex((w) => w.end >= end);
  if (i < 0 || j < 0) return { start, end };
  while (
    i > 0 &&
    adjacent(words[i - 1], words[i]) &&
    (!CONNECTOR.test(words[i - 1].text) || (i > 1 && adjacent(words[i - 2], words[i - 1]) && !CONNECTOR.test(words[i - 2].text)))
  )
    i--;
  while (
    j + 1 < words.length &&
    adjacent(words[j], words[j + 1]) &&
    (!CONNECTOR.test(words[j + 1].text) || (j + 2 < words.length && adjacent(words[j + 1], words[j + 2]) && !CONNECTOR.test(words[j + 2].text)))
  )
    j++;
  while (CONNECTOR.test(words[i].text) && i < j) i++;
  while (CONNECTOR.test(words[j].text) && j > i) j--;
  return { start: Math.min(start, words[i].start), end: Math.max(end, words[j].end) };
}

/**
 * A name of two or more capitalised words, one of them written in lower case after its capital: one word
 * ("Washington") is as often a passing mention as a fact, and acronyms ("NHS") are too short to tell apart.
 */
function isFactName(name: string): boolean {
  const caps = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  return caps.length >= 2 && caps.some((w) => /\p{Ll}/u.test(w));
}

function sentenceOf(src: PreparedSource, at: number): Span {
  return src.sentences.find((s) => s.start <= at && at < s.end) ?? { start: at, end: at };
}

function mostVoted(v: Record<NameType, number>): NameType {
  if (v.vessel) return 'vessel';
  if (v.organization || v.place) return v.organization > v.place ? 'organization' : 'place';
  return 'name';
}

interface Candidate extends Span {
  sentence: Span;
  /** What the tagger took it for; undefined for a capitalised run it did not tag. */
  type?: NameType;
}

/** Names in one source: the tagger's places and organisations, and runs of capitalised words it missed. */
function candidates(src: PreparedSource): Candidate[] {
  const out: Candidate[] = [];
  for (const p of src.paragraphs) {
    for (const e of nlpEntities(src.visible, p)) {
      if (e.entityType !== 'place' && e.entityType !== 'organization') continue;
      const sentence = sentenceOf(src, e.start);
      out.push({ ...wholeName(src.visible.slice(sentence.start, sentence.end), sentence.start, e.start, e.end), sentence, type: e.entityType });
    }
  }
  for (const sentence of src.sentences) {
    const text = src.visible.slice(sentence.start, sentence.end);
    for (const m of text.matchAll(/\p{Lu}[\p{Ll}\p{M}’'-]+/gu)) {
      const at = sentence.start + (m.index ?? 0);
      out.push({ ...wholeName(text, sentence.start, at, at + m[0].length), sentence });
    }
  }
  return out;
}

/** Each place, organisation and ship one source names, once, typed as most of its mentions are typed. */
export function collectNames(src: PreparedSource, sourceIndex: number, people: ReadonlySet<string>): SourceName[] {
  const votes = new Map<string, { first: SourceName } & Record<NameType, number>>();
  for (const c of candidates(src)) {
    const name = src.visible.slice(c.start, c.end).replace(/^the\s+/i, '');
    // A run that opens its sentence may hold the sentence's first word ("Officials at ..."): not a name.
    if (!isFactName(name) || /\d/.test(name) || c.sentence.start === c.start) continue;
    const key = normalizeName(name);
    if (key.split(' ').some((w) => people.has(w))) continue;
    const type: NameType = VESSEL_PREFIX.test(name.split(/\s+/)[0]) ? 'vessel' : (c.type ?? 'name');
    let v = votes.get(key);
    if (!v) {
      const quote = clauseAround(src.info.text, c.sentence, c.start, c.end);
      v = { first: { sourceIndex, sourceId: src.info.id, name, type, quote, start: c.start }, place: 0, organization: 0, vessel: 0, name: 0 };
      votes.set(key, v);
    }
    v[type]++;
  }
  return [...votes.values()].map((v) => ({ ...v.first, type: mostVoted(v) }));
}

/** Names that two or more sources use, each as the list of its mentions (one per source), in first-mention order. */
export function groupNames(names: readonly SourceName[], minSources = 2): SourceName[][] {
  const groups = new Map<string, SourceName[]>();
  for (const n of names) {
    const key = normalizeName(n.name);
    const g = groups.get(key) ?? [];
    if (!g.some((x) => x.sourceIndex === n.sourceIndex)) g.push(n);
    groups.set(key, g);
  }
  return [...groups.values()].filter((g) => g.length >= minSources);
}

const TYPE_LABEL: Record<NameType, string> = {
  place: 'Place named in the sources',
  organization: 'Organisation named in the sources',
  vessel: 'Ship named in the sources',
  name: 'Named in the sources',
};

/** The entity fact for one place or organisation several sources name. */
export function describeName(group: readonly SourceName[]): DraftFact {
  const claims: DraftClaim[] = group.map((n) => ({ source: n.sourceId, value: n.name, bound: 'exact', quote: n.quote }));
  const votes: Record<NameType, number> = { place: 0, organization: 0, vessel: 0, name: 0 };
  for (const n of group) votes[n.type]++;
  const type = mostVoted(votes);
  const name = group[0].name;
  return {
    baseId: idFromWords(name.split(/\s+/), 4),
    label: `${TYPE_LABEL[type]}: ${name}`,
    kind: 'entity',
    cues: [],
    value: name,
    bound: 'exact',
    claims,
    contested: false,
    order: [group[0].sourceIndex, group[0].start],
  };
}
