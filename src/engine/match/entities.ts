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
  const before = run.slice(0, from).map((w) => w.text).join(' ');
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

/** Known names, and near misses of them, in one sentence: the longest match wins. */
export function matchEntitiesInSentence(visible: string, sentence: Span, index: FactIndex): EntityMatch[] {
  if (!index.entityByInitial.size) return [];
  const out: EntityMatch[] = [];
  for (const run of capitalizedRuns(visible, sentence)) {
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
