// A title before a person's name ("Health Minister Ana Ruiz", "Farm Secretary Tomas Vell") says who the person
// is. Its office words ("Health", "Farm") belong to the name, not to a figure beside it: in "twice the $2m
// that Farm Secretary Tomas Vell forecast" the $2m is Vell's forecast, not a figure of farms.

import type { Span } from '../types';

/** Nouns of an office held by a person, written before the holder's name. */
const ROLE = 'Secretary|Minister|Director|Governor|Commissioner|Spokesperson|Spokesman|Spokeswoman|Adviser|Advisor|Ambassador|Envoy|Undersecretary';

/** Up to three capitalised office words, the role noun, then a capitalised name. */
const TITLED_NAME = new RegExp(`((?:\\p{Lu}[\\p{L}\\p{M}'’-]*\\s+){1,3})(?:${ROLE})\\s+\\p{Lu}`, 'gu');

/** The spans of the office words of every title before a name in [from, to). */
export function officeWords(visible: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  for (const m of visible.slice(from, to).matchAll(TITLED_NAME)) {
    const start = from + (m.index ?? 0);
    out.push({ start, end: start + m[1].trimEnd().length });
  }
  return out;
}
