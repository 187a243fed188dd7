import { distance } from 'fastest-levenshtein';

/** Accents, case, dots and spacing are not part of a name's spelling. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’']s$/u, '')
    .replace(/[.,]/g, '')
    .replace(/[-\s]+/g, ' ')
    .trim();
}

export type NameRelation = 'same' | 'near' | 'different';

/** The accepted written forms of a known name: the name, its aliases, and its surname alone. */
export function acceptedForms(name: string, aliases: readonly string[]): string[] {
  const forms = new Set<string>();
  for (const n of [name, ...aliases]) {
    const norm = normalizeName(n);
    if (!norm) continue;
    forms.add(norm);
    const tokens = norm.split(' ');
    if (tokens.length > 1) {
      forms.add(tokens[tokens.length - 1]);
      // "Gerald R. Ford" is also written "Gerald Ford": middle initials are optional.
      const noInitials = tokens.filter((t, i) => i === 0 || i === tokens.length - 1 || t.length > 1);
      forms.add(noInitials.join(' '));
      forms.add([tokens[0], tokens[tokens.length - 1]].join(' '));
    }
  }
  return [...forms];
}

/** Edits a word of this length may carry and still be the same word misspelled. */
function allowedEdits(length: number): number {
  if (length < 4) return 0;
  if (length < 8) return 1;
  return 2;
}

function wordNear(a: string, b: string): boolean {
  if (a === b) return true;
  if (a[0] !== b[0] && a.length < 8) return false;
  return distance(a, b) <= allowedEdits(Math.max(a.length, b.length));
}

/**
 * How a written name stands to a known one: the same (up to accents and case), a near miss
 * (every word within a small edit distance, at least one not equal), or different.
 */
export function compareName(mention: string, name: string, aliases: readonly string[] = []): NameRelation {
  return compareToForms(mention, acceptedForms(name, aliases));
}

/** As compareName, against forms already normalised by acceptedForms. */
export function compareToForms(mention: string, forms: readonly string[]): NameRelation {
  return compareNormalized(normalizeName(mention), forms);
}

/** As compareToForms, for a mention already normalised: matching a name against many facts normalises it once. */
export function compareNormalized(m: string, forms: readonly string[]): NameRelation {
  if (!m) return 'different';
  if (forms.includes(m)) return 'same';
  const mTokens = m.split(' ');
  for (const form of forms) {
    const fTokens = form.split(' ');
    if (fTokens.length !== mTokens.length) continue;
    if (fTokens.every((t, i) => wordNear(mTokens[i], t))) return 'near';
  }
  return 'different';
}
