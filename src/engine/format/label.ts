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

/** Words of the names an entity fact holds: a label beginning with one begins with a name. */
function nameWords(fact: Fact): Set<string> {
  if (fact.kind !== 'entity') return new Set();
  const names = [fact.value ?? '', ...fact.aliases, ...fact.claims.map((c) => c.value)];
  return new Set(names.flatMap((n) => n.split(/\s+/)).filter(Boolean));
}

/** Whether the label's first word is a name: one of the fact's own names, a capitalised run, or a known proper noun. */
function startsWithName(label: string, fact: Fact): boolean {
  const first = firstWord(label);
  if (nameWords(fact).has(first)) return true;
  // Two capitalised words in a row name something ("New York deaths", "Markwayne Mullin").
  if (/^\S+\s+\p{Lu}/u.test(label) && !/^\S+:/u.test(label)) return true;
  return nlp(first).has('(#ProperNoun|#Month|#WeekDay)');
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
