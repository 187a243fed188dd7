import type { EntityClaim, Fact, Span } from '../types';
import { capitalizedRuns, type Word } from '../extract/entities';
import nlp from 'compromise';
import { compareNormalized, isAcronym, normalizeName, type NameRelation } from '../verdict/names';
import { entityCandidates, type FactIndex, type FactProfile } from './factIndex';
import { tokens } from './terms';

export interface EntityMatch {
  claim: EntityClaim;
  fact: Fact;
  relation: Exclude<NameRelation, 'different'>;
}

const MAX_NAME_WORDS = 4;

/**
 * The lower-case words right before a name that say what the named one is ("pastry chef Tomas"): the
 * nouns and adjectives that end the words before it, read with the name after them. A verb or a
 * preposition ("reached", "carried to") says nothing of who or what the name is.
 */
function lowerDescriptor(before: string, mention: string): string {
  const terms = (nlp(`${before}${mention}`).json() as { terms: { text: string; tags: string[] }[] }[]).flatMap((s) => s.terms);
  const words = before.trim().split(/\s+/).length;
  const out: string[] = [];
  for (let i = Math.min(words, terms.length) - 1; i >= 0; i--) {
    const tags = new Set(terms[i].tags);
    const describes = (tags.has('Noun') && !tags.has('Pronoun') && !tags.has('Plural')) || tags.has('Adjective');
    if (!describes || tags.has('Verb') || tags.has('Preposition') || tags.has('Determiner')) break;
    out.unshift(terms[i].text);
  }
  return out.join(' ');
}

/**
 * What the text says the named one is: the capitalised words before the name in its run
 * ("Defense Secretary"), lower-case nouns right before it ("pastry chef") and an appositive after it
 * (", a dentist from Ohio,").
 */
function descriptorStems(visible: string, run: Word[], from: number, to: number, sentence: Span): string[] {
  const before = run
    .slice(0, from)
    .map((w) => w.text)
    .join(' ');
  const lowerBefore = /((?:[a-z]+\s+){1,3})$/.exec(visible.slice(Math.max(sentence.start, run[0].start - 40), run[0].start));
  const lower = from === 0 && lowerBefore ? lowerDescriptor(lowerBefore[1], visible.slice(run[0].start, run[to - 1].end)) : '';
  const after = /^,\s+(?:a|an|the|who)\s+([^,.;:!?]+)/.exec(visible.slice(run[to - 1].end, sentence.end));
  const text = [before, lower, after?.[1] ?? ''].join(' ');
  return tokens(text).map((t) => t.stem);
}

/** A near-miss spelling is a different person when what the text says of them shares nothing with the fact. */
function contextContradicts(descriptor: string[], profile: FactProfile): boolean {
  if (!descriptor.length || !profile.terms.size) return false;
  return !descriptor.some((s) => profile.terms.has(s));
}

function bestFact(index: FactIndex, mention: string): { profile: FactProfile; relation: EntityMatch['relation'] } | undefined {
  const normalized = normalizeName(mention);
  const acronym = isAcronym(mention);
  // An acronym is nearly spelt by other rules than a word, so the memo tells the two apart.
  const key = acronym ? `\u0001${normalized}` : normalized;
  let memo = index.entityMemo.get(key);
  if (memo === undefined) {
    memo = searchFact(index, normalized, acronym);
    if (index.entityMemo.size > 100_000) index.entityMemo.clear();
    index.entityMemo.set(key, memo);
  }
  return memo ? { profile: index.profiles[memo.fact], relation: memo.relation } : undefined;
}

/** An exact written form first; else the first fact, in table order, that the mention nearly spells. */
function searchFact(index: FactIndex, normalized: string, acronym: boolean): { fact: number; relation: EntityMatch['relation'] } | null {
  const exact = index.entityByForm.get(normalized);
  if (exact) return { fact: exact[0], relation: 'same' };
  let near: number | undefined;
  for (const i of entityCandidates(index, normalized)) {
    const relation = compareNormalized(normalized, index.profiles[i].names, acronym);
    if (relation === 'same') return { fact: i, relation };
    if (relation === 'near' && (near === undefined || i < near)) near = i;
  }
  return near === undefined ? null : { fact: near, relation: 'near' };
}

interface LongName {
  words: number;
  pattern: RegExp;
  fact: Fact;
}

const LONG_NAMES = new WeakMap<FactIndex, Map<string, LongName[]>>();

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The table's names that runs of capitalised words cannot hold whole: those with a lower-case word
 * ("Office for Budget Responsibility") or of more than four words, by their first word, longest first.
 */
function longNames(index: FactIndex): Map<string, LongName[]> {
  let byFirst = LONG_NAMES.get(index);
  if (byFirst) return byFirst;
  byFirst = new Map();
  const seen = new Set<string>();
  for (const { fact } of index.profiles) {
    if (fact.kind !== 'entity') continue;
    for (const name of [fact.value ?? '', ...fact.aliases, ...fact.claims.map((c) => c.value)]) {
      const words = name.trim().split(/\s+/).filter(Boolean);
      if (words.length < 2 || (words.length <= MAX_NAME_WORDS && !words.some((w) => /^\p{Ll}/u.test(w)))) continue;
      const key = `${fact.id}\u0000${normalizeName(name)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const pattern = new RegExp(`${words.map(escapeRegExp).join('[\\s-]+')}(?![\\p{L}\\p{N}])`, 'iuy');
      const first = normalizeName(words[0]);
      byFirst.set(first, [...(byFirst.get(first) ?? []), { words: words.length, pattern, fact }]);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words - a.words);
  LONG_NAMES.set(index, byFirst);
  return byFirst;
}

/** Long known names written out in full in one sentence, each where a capitalised word opens it. */
function longNameMatches(visible: string, sentence: Span, runs: Word[][], index: FactIndex): EntityMatch[] {
  const byFirst = longNames(index);
  if (!byFirst.size) return [];
  const out: EntityMatch[] = [];
  let after = sentence.start;
  for (const w of runs.flat()) {
    if (w.start < after) continue;
    for (const long of byFirst.get(normalizeName(w.text)) ?? []) {
      long.pattern.lastIndex = w.start;
      const m = long.pattern.exec(visible);
      if (!m || w.start + m[0].length > sentence.end) continue;
      const end = w.start + m[0].length;
      const name = visible.slice(w.start, end);
      out.push({
        claim: { kind: 'entity', name, entityType: 'organization', text: name, start: w.start, end, sentence, bound: 'exact' },
        fact: long.fact,
        relation: 'same',
      });
      after = end;
      break;
    }
  }
  return out;
}

/** Known names, and near misses of them, in one sentence: the longest match wins. */
export function matchEntitiesInSentence(visible: string, sentence: Span, index: FactIndex): EntityMatch[] {
  if (!index.entityByInitial.size) return [];
  const runs = capitalizedRuns(visible, sentence);
  const out = longNameMatches(visible, sentence, runs, index);
  const inLong = (w: Word) => out.some((m) => w.start >= m.claim.start && w.start < m.claim.end);
  // Words on either side of a long name are runs of their own.
  const parts = out.length
    ? runs.flatMap((whole) => {
        const split: Word[][] = [[]];
        for (const w of whole) {
          if (inLong(w)) split.push([]);
          else split[split.length - 1].push(w);
        }
        return split.filter((p) => p.length);
      })
    : runs;
  for (const run of parts) {
    let i = 0;
    while (i < run.length) {
      let taken = 0;
      for (let len = Math.min(MAX_NAME_WORDS, run.length - i); len >= 1 && !taken; len--) {
        const words = run.slice(i, i + len);
        const start = words[0].start;
        const end = words[len - 1].end;
        const mention = visible.slice(start, end);
        const found = bestFact(index, mention);
        if (!found) continue;
        if (found.relation === 'near') {
          // A lone capitalised word opening a sentence is too often an ordinary word; an acronym is not.
          if (len === 1 && ((start === sentence.start && !isAcronym(mention)) || mention.length < 5)) continue;
          if (contextContradicts(descriptorStems(visible, run, i, i + len, sentence), found.profile)) {
            // Someone else: their surname alone must not be read as the known person either.
            taken = len;
            break;
          }
        }
        const claim: EntityClaim = {
          kind: 'entity',
          name: mention,
          entityType: 'person',
          text: mention,
          start,
          end,
          sentence,
          bound: 'exact',
        };
        out.push({ claim, fact: found.profile.fact, relation: found.relation });
        taken = len;
      }
      i += taken || 1;
    }
  }
  return out;
}
