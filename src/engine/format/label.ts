// A fact's label inside a sentence: "People killed" reads as "people killed" there, but a label that starts
// with a name ("Markwayne Mullin", "Oklahoma senator") or an acronym ("US strikes") stays as written.

import nlp from 'compromise';
import type { Fact } from '../types';

/** The first letter lowered when the text starts with an ordinary capitalised word (not an acronym). */
export function lowerFirst(s: string): string {
  return /^\p{Lu}\p{Ll}/u.test(s) ? s[0].toLowerCase() + s.slice(1) : s;
}

function firstWord(s: string): string {
  return /^[\p{L}\p{M}'’-]*/u.exec(s)?.[0] ?? '';
}

/**
 * Whether a run of capitalised words, as a source or the table writes it, is opened by the label's first
 * word as a name of its own. A run the label goes on in lower case ("Tropical storm" where the name is
 * "Tropical Storm Dalisay") is a longer name the label does not use, and a word inside a run ("River" of
 * "Lumbayan River", "Union" of "Workers' Union") names nothing alone.
 */
function opens(run: string[], first: string, next: string): boolean {
  if (run[0] !== first) return false;
  return run.length === 1 || run[1] === next || run[1].toLowerCase() !== next.toLowerCase();
}

/** The names an entity fact holds, each as its words: a label opening one opens with a name. */
function nameRuns(fact: Fact): string[][] {
  if (fact.kind !== 'entity') return [];
  const names = [fact.value ?? '', ...fact.aliases, ...fact.claims.map((c) => c.value)];
  return names
    .map((n) =>
      n
        .trim()
        .split(/\s+/)
        .map((w) => w.replace(/[’']s$/u, '')),
    )
    .filter((w) => w[0]);
}

/**
 * Runs of capitalised words the fact's sources write inside a sentence ("the Republican senator",
 * "Shares in Tarrant closed"); not at a sentence's or a quote's start, where any word is capitalised.
 */
function quotedRuns(fact: Fact): string[][] {
  const out: string[][] = [];
  for (const text of [...fact.claims.map((c) => c.quote ?? ''), ...fact.cues]) {
    for (const m of text.matchAll(/\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*)*/gu)) {
      const before = text.slice(0, m.index);
      if (!before.trim() || /[.!?:]\s*$/.test(before) || /[\p{L}\p{N}]$/u.test(before)) continue;
      out.push(m[0].split(/\s+/).map((w) => w.replace(/[’']s$/u, '')));
    }
  }
  return out;
}

/** Tags compromise gives a word that names someone, somewhere or something, or a word made from such a name. */
const PROPER_TAGS = '(#ProperNoun|#Place|#Person|#Organization|#Demonym|#Country|#Region|#City|#Month|#WeekDay)';

/** Words made from names that compromise reads as ordinary adjectives or nouns: nationalities, faiths, parties, institutions. */
const PROPER_WORDS = new Set(
  (
    'british english irish spanish danish swedish finnish polish turkish kurdish jewish arab muslim christian catholic ' +
    'caribbean republican republicans democratic democrat democrats labour conservative conservatives tory tories ' +
    'senate congress congressional parliament parliamentary pentagon kremlin'
  ).split(' '),
);

/** Titles that stay capitalised before the name they go with ("President Trump's visit", "Typhoon Mangkhut"). */
const TITLE_BEFORE_NAME =
  /^(?:president|senator|governor|minister|secretary|mayor|general|admiral|typhoon|hurricane|storm|tropical|cyclone|king|queen|prince|princess|pope|judge|chancellor|prime)$/i;

/** Words that open a label for what is measured of a name that follows ("Date Senator Mullin disclosed the offer"). */
const GENERIC_HEADS = new Set('date day days year years month week time number length share name place age cost value amount size total rate'.split(' '));

/**
 * Whether the label's first word is a name: one of the fact's own names, a word its sources capitalise
 * inside a sentence, a proper noun read in the label's own words, or a title before a capitalised word.
 */
function startsWithName(label: string, fact: Fact): boolean {
  const first = firstWord(label).replace(/[’']s$/u, '');
  if (!first) return false;
  const next = /^\S+\s+([\p{L}\p{M}'’-]+)/u.exec(label)?.[1] ?? '';
  if ([...nameRuns(fact), ...quotedRuns(fact)].some((run) => opens(run, first, next)) || PROPER_WORDS.has(first.toLowerCase())) return true;
  const doc = nlp(label);
  const firstTerm = doc.terms().first();
  if (firstTerm.has(PROPER_TAGS)) return true;
  const second = /^\S+\s+(\p{Lu}\S*)/u.exec(label);
  if (second && !/^\S+:/u.test(label)) {
    if (GENERIC_HEADS.has(first.toLowerCase())) return false;
    // A title opens or follows the first word: "President Trump's visit", "Agriculture Secretary Piñol's estimate".
    if (TITLE_BEFORE_NAME.test(first) || TITLE_BEFORE_NAME.test(second[1])) return true;
    // "New York deaths" names a place; in "Date Trump confirmed the call" the capital belongs to the second word only.
    const pair = nlp(label.split(/\s+/).slice(0, 2).join(' '));
    return pair.has(PROPER_TAGS) && pair.match(PROPER_TAGS).text() !== second[1];
  }
  return false;
}

const SENTENCE_LABELS = new WeakMap<Fact, string>();

export function labelInSentence(fact: Fact): string {
  let text = SENTENCE_LABELS.get(fact);
  if (text === undefined) {
    text = startsWithName(fact.label, fact) ? fact.label : lowerFirst(fact.label);
    SENTENCE_LABELS.set(fact, text);
  }
  return text;
}
