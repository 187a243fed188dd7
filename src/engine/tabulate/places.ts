// Places and organisations one source names. A name two or more outlets use for the same place or body
// ("Cordillera Administrative Region", "Office for Budget Responsibility") is a fact a draft can get wrong,
// so it becomes an entity fact like a person's name (nameGroups.ts lines the sources' mentions up). People
// are left to people.ts.

import type { Span } from '../types';
import { nlpEntities } from '../extract/entities';
import { normalizeName } from '../verdict/names';
import { ACRONYM, bracketedAcronym } from './acronyms';
import type { PreparedSource } from './collect';
import {
  CRAFT_NOUN,
  isLocalPlaceNoun,
  isRole,
  mostVoted,
  PARTY_FOLLOWER,
  PLACE_NOUN,
  SPEAKS_AFTER,
  VESSEL_PREFIX,
  writtenAsPlace,
  type NameType,
} from './nameCues';
import { clauseAround } from './quote';

/** One place or organisation as one source writes it, at its first mention. */
export interface SourceName {
  sourceIndex: number;
  sourceId: string;
  /** As written, without a leading "the" or a possessive: "Labour Party", "NHS", "Conservatives". */
  name: string;
  type: NameType;
  quote: string;
  start: number;
  /** The mention shows by itself that it is a name: two or more words, or a place noun by a one-word one. */
  cued: boolean;
  /** The acronym the source brackets after the name: "Office for Budget Responsibility (OBR)". */
  acronym?: string;
  /** The lower-case noun written with a one-word place: "province" of "Kelso province", "town" of "the town of Marrow". */
  placeNoun?: string;
  /** A one-word name written before "government", "voters" and the like: a party's ("a Labour government"). */
  attributive?: boolean;
  /** A one-word name written as a plural after "the" ("the Greens"): the singular is `name` without its "s". */
  plural?: boolean;
  /** A one-word name written after "in the", "across the": a place ("in the Maldives"). */
  placeUse?: boolean;
  /** Some mention is followed by a verb of speech ("the Grey House said"): a body, not a place. */
  speaks?: boolean;
  /** Only in the page's dateline ("KELSO, Ardenia"): where the story was filed, not a thing it is about. */
  dateline?: boolean;
}

/** A capitalised word, or a small word that joins two inside a name ("Office for Budget Responsibility"). */
// "and" is left out: it joins two names ("Washington and Caracas") more often than it sits inside one.
// "on" is left out too: "Port Elwin on Monday".
const TOKEN = /\p{Lu}\.(?=\s)|\p{Lu}[\p{L}\p{M}’'-]*|\b(?:of|for|de|del|la)\b/gu;
const CONNECTOR = /^(?:of|for|de|del|la)$/;
/** Capitalised words and the small words between them, from the start of a text. */
const NAME_RUN = /^\p{Lu}[\p{L}\p{M}’'.-]*(?:[ \t]+(?:of|for|de|del|la|\p{Lu}[\p{L}\p{M}’'.-]*))*/u;

/** Capitalised words that open sentences or stand for no one in particular: never a one-word name. */
const NOT_NAMES = new Set(
  (
    'the a an in on at to of for and but or if as he she it they we i you his her their its this that these those ' +
    'there when while after before since yet so then however besides meanwhile according said also mr mrs ms dr ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
    'september october november december'
  ).split(' '),
);

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
 * ("Washington") is as often a passing mention as a fact, and needs a cue around it (see oneWordCues).
 */
function isFactName(name: string): boolean {
  const caps = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  return caps.length >= 2 && caps.some((w) => /\p{Ll}/u.test(w));
}

function sentenceOf(src: PreparedSource, at: number): Span {
  return src.sentences.find((s) => s.start <= at && at < s.end) ?? { start: at, end: at };
}

interface Candidate extends Span {
  sentence: Span;
  /** What the tagger took it for; undefined for a capitalised run it did not tag. */
  type?: NameType;
}

/** Names of two or more words in one source: the tagger's places and organisations, and runs of capitalised words it missed. */
function candidates(src: PreparedSource): Candidate[] {
  const out: Candidate[] = [];
  for (const p of src.paragraphs) {
    for (const e of nlpEntities(src.visible, p)) {
      if (e.entityType !== 'place' && e.entityType !== 'organization') continue;
      const sentence = sentenceOf(src, e.start);
      // The tagger's span can run on past the name ("Kelso province, where ..."): the name is its capitalised words.
      const end = e.start + (NAME_RUN.exec(src.visible.slice(e.start, e.end))?.[0].length ?? 0);
      if (end > e.start)
        out.push({ ...wholeName(src.visible.slice(sentence.start, sentence.end), sentence.start, e.start, end), sentence, type: e.entityType });
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

/** A span without a leading "The" and a trailing possessive: "The Green Party’s" is "Green Party". */
function trimmed(visible: string, span: Span): Span {
  let { start, end } = span;
  const the = /^the[ \t]+/i.exec(visible.slice(start, end));
  if (the) start += the[0].length;
  const possessive = /[’'](?:s)?$/u.exec(visible.slice(start, end));
  if (possessive) end -= possessive[0].length;
  return { start, end };
}

/**
 * A name an acronym follows, with the capitalised words an "and" joins to its front: the acronym spells
 * the whole name ("Road Safety and Licensing Board (RSLB)"), where "and" more often joins two names.
 */
function acrossAnd(visible: string, span: Span): Span {
  const m = /(\p{Lu}[\p{L}\p{M}’'-]*(?:[ \t]+(?:of|for|\p{Lu}[\p{L}\p{M}’'-]*))*)[ \t]+(?:and|&)[ \t]+$/u.exec(
    visible.slice(Math.max(0, span.start - 80), span.start),
  );
  return m ? { start: span.start - m[0].length, end: span.end } : span;
}

/** Where a photo credit or a byline sits: "(Ann Lee/Wire Press)", "By Ann Lee". Names there are not the story's. */
function creditSpans(visible: string): Span[] {
  const out: Span[] = [];
  for (const m of visible.matchAll(/\([^()\n]{0,80}\/[^()\n]{0,80}\)|^[ \t]*by[ \t]+[^\n]{0,80}$/gimu))
    out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  return out;
}

/** What the words around a one-word name say: a place noun by it, a party's noun after it, a plural, a place preposition. */
function oneWordCues(visible: string, sentence: Span, start: number, end: number): Partial<SourceName> {
  const after = /^[ \t]+([\p{Ll}A-Z]+)/u.exec(visible.slice(end, Math.min(sentence.end, end + 24)))?.[1] ?? '';
  const before = visible.slice(Math.max(sentence.start, start - 24), start);
  const nounOf = /\b(\p{Ll}+)[ \t]+of[ \t]+$/u.exec(before)?.[1];
  const word = visible.slice(start, end);
  const cues: Partial<SourceName> = {};
  // "Ardenian state media" is the government's: "state" marks a place only before it ("the state of Kelso").
  if (PLACE_NOUN.test(after) && after !== 'state') cues.placeNoun = after;
  else if (nounOf && PLACE_NOUN.test(nounOf)) cues.placeNoun = nounOf;
  if (PARTY_FOLLOWER.test(after)) cues.attributive = true;
  if (/\bthe[ \t]+$/i.test(before) && /\p{Ll}s$/u.test(word)) cues.plural = true;
  if (/\b(?:in|into|across|throughout)[ \t]+the[ \t]+$/i.test(before)) cues.placeUse = true;
  return cues;
}

/** One-word names in one source: capitalised words and acronyms standing alone, mid-sentence. */
function oneWordNames(src: PreparedSource, taken: (s: Span) => boolean): (Span & { sentence: Span; cues: Partial<SourceName> })[] {
  const out: (Span & { sentence: Span; cues: Partial<SourceName> })[] = [];
  for (const sentence of src.sentences) {
    const text = src.visible.slice(sentence.start, sentence.end);
    for (const m of text.matchAll(/(?<![\p{L}\p{N}’'.-])(?:\p{Lu}[\p{Ll}\p{M}’'-]+|\p{Lu}{2,8})(?![\p{L}\p{N}])/gu)) {
      const at = sentence.start + (m.index ?? 0);
      const span = trimmed(src.visible, { start: at, end: at + m[0].length });
      const word = src.visible.slice(span.start, span.end);
      if (NOT_NAMES.has(word.toLowerCase()) || VESSEL_PREFIX.test(word) || taken(span)) continue;
      // The sentence's first word is capitalised for being first; before a colon or dash it opens a headline.
      if (!/\S/.test(src.visible.slice(sentence.start, span.start))) continue;
      // "The" opening a sentence is capitalised for it, not part of the name after it ("The OFR said").
      const whole = trimmed(src.visible, wholeName(text, sentence.start, span.start, span.end));
      if (whole.start !== span.start || whole.end !== span.end) continue;
      out.push({ ...span, sentence, cues: ACRONYM.test(word) ? {} : oneWordCues(src.visible, sentence, span.start, span.end) });
    }
  }
  return out;
}

/** A wire dateline opening a line near the top, its place in capitals: "KELSO, Ardenia", "PORT ELWIN (Wire) —". */
function datelinePlace(src: PreparedSource): (Span & { name: string }) | undefined {
  const head = src.visible.slice(0, 2000);
  const m = /^[ \t]*(\p{Lu}{3,}(?:[ \t]\p{Lu}{3,})*)(?=,[ \t]+\p{Lu}|[ \t]+\()/mu.exec(head);
  if (!m) return undefined;
  const start = (m.index ?? 0) + m[0].length - m[1].length;
  const name = m[1].toLowerCase().replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase());
  return { start, end: start + m[1].length, name };
}

type Vote = { first: SourceName } & Record<NameType, number>;

/** Each place, organisation and ship one source names, once, typed as most of its mentions are typed. */
export function collectNames(src: PreparedSource, sourceIndex: number, people: ReadonlySet<string>): SourceName[] {
  const votes = new Map<string, Vote>();
  const credits = creditSpans(src.visible);
  const inCredit = (s: Span) => credits.some((c) => c.start <= s.start && s.end <= c.end);
  const mention = (key: string, made: Omit<SourceName, 'sourceIndex' | 'sourceId' | 'quote'>, sentence: Span) => {
    let v = votes.get(key);
    if (!v) {
      const quote = clauseAround(src.info.text, sentence, made.start, made.start + made.name.length);
      v = { first: { sourceIndex, sourceId: src.info.id, quote, ...made }, place: 0, organization: 0, vessel: 0, storm: 0, name: 0 };
      votes.set(key, v);
    } else {
      // A cue anywhere in the source holds for every mention of the name there.
      const f = v.first;
      f.cued ||= made.cued;
      f.acronym ??= made.acronym;
      f.placeNoun ??= made.placeNoun;
      f.attributive ||= made.attributive;
      f.plural ||= made.plural;
      f.placeUse ||= made.placeUse;
      f.speaks ||= made.speaks;
      if (f.dateline && !made.dateline)
        Object.assign(f, { dateline: false, start: made.start, quote: clauseAround(src.info.text, sentence, made.start, made.start + made.name.length) });
    }
    v[made.type]++;
  };
  const long: Span[] = [];
  for (const c of candidates(src)) {
    const acronym = bracketedAcronym(src.visible, c.end);
    const span = trimmed(src.visible, acronym ? acrossAnd(src.visible, c) : c);
    const name = src.visible.slice(span.start, span.end);
    // A run that opens its sentence may hold the sentence's first word ("Officials at ..."): not a name.
    if (!isFactName(name) || /\d/.test(name) || c.sentence.start === span.start || inCredit(span) || isRole(name)) continue;
    long.push(span);
    const key = normalizeName(name);
    if (key.split(' ').some((w) => people.has(w))) continue;
    const craftBefore = CRAFT_NOUN.test(/(\S+)[ \t]+$/.exec(src.visible.slice(Math.max(0, span.start - 16), span.start))?.[1] ?? '');
    const type: NameType =
      VESSEL_PREFIX.test(name.split(/\s+/)[0]) || craftBefore ? 'vessel' : writtenAsPlace(src.visible, span) ? 'place' : (c.type ?? 'name');
    const speaks = SPEAKS_AFTER.test(src.visible.slice(span.end, span.end + 24));
    mention(key, { name, type, start: span.start, cued: true, acronym, speaks }, c.sentence);
  }
  const inLong = (s: Span) => long.some((l) => l.start <= s.start && s.end <= l.end);
  for (const w of oneWordNames(src, (s) => inLong(s) || inCredit(s))) {
    const name = src.visible.slice(w.start, w.end);
    if (people.has(normalizeName(name))) continue;
    const local = !!w.cues.placeNoun && isLocalPlaceNoun(w.cues.placeNoun);
    mention(normalizeName(name), { name, type: local ? 'place' : 'name', start: w.start, cued: local, ...w.cues }, w.sentence);
  }
  const dateline = datelinePlace(src);
  if (dateline)
    mention(
      normalizeName(dateline.name),
      { name: dateline.name, type: 'place', start: dateline.start, cued: false, dateline: true },
      sentenceOf(src, dateline.start),
    );
  return [...votes.values()].map((v) => ({ ...v.first, type: mostVoted(v) }));
}
