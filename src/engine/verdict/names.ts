import { distance } from 'fastest-levenshtein';

/** Accents, case, dots and spacing are not part of a name's spelling. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’'](?:s)?$/u, '')
    .replace(/[.,]/g, '')
    .replace(/[-\s]+/g, ' ')
    .trim();
}

export type NameRelation = 'same' | 'near' | 'different';

/** Lower-case words that join the words of an organisation's or a place's name, never a person's. */
const CONNECTORS = new Set(['and', 'of', 'for', 'the', 'on', 'in', 'at', '&']);

/**
 * Last words that say what kind of body or place a name is ("Council", "Region", "City", "Party"): alone,
 * such a word names any of its kind, not this one.
 */
const KIND_WORDS = new Set(
  (
    'council office committee commission ministry department agency authority service services group company ' +
    'corporation bank university party union association organisation organization institute board court ' +
    'army navy force forces police region province city town county district state states republic kingdom ' +
    'river lake sea island islands valley mountain mountains dam bridge airport port storm typhoon hurricane ' +
    'transit railway railways airlines airways network fund foundation center centre hospital school'
  ).split(' '),
);

/** A name written like a person's: two words or more, none of them a connector, not ending in a kind of body or place. */
function personLike(written: string, tokens: string[]): boolean {
  if (tokens.length < 2 || KIND_WORDS.has(tokens[tokens.length - 1])) return false;
  return !written.split(/\s+/).some((w) => CONNECTORS.has(w));
}

/**
 * The accepted written forms of a known name: the name, its aliases, and for a person's name its
 * surname alone and the name without middle initials.
 */
export function acceptedForms(name: string, aliases: readonly string[]): string[] {
  const forms = new Set<string>();
  for (const n of [name, ...aliases]) {
    const norm = normalizeName(n);
    if (!norm) continue;
    forms.add(norm);
    const tokens = norm.split(' ');
    if (personLike(n, tokens)) {
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

/** Below this length a one-word name has too many real neighbours ("Iran", "Iraq") for a near miss to be a slip. */
const MIN_LONE_WORD = 6;

/**
 * A name written as one word, against a one-word form: both at least six letters, the first letter kept
 * below eight, and edits counted against the shorter of the two, so that a slip in a long name
 * ("Valdoriax") is near but a name that is another one grown longer ("Austria", "Australia") is not.
 */
function loneWordNear(a: string, b: string): boolean {
  if (a === b) return true;
  const shorter = Math.min(a.length, b.length);
  if (shorter < MIN_LONE_WORD) return false;
  if (a[0] !== b[0] && shorter < 8) return false;
  return distance(a, b) <= (shorter < 9 ? 1 : 2);
}

/** Letters of an acronym written in capitals ("NDRRMC", "U.N."): a word with no lower-case letter and at least two capitals. */
export function isAcronym(written: string): boolean {
  const w = written.trim().replace(/[’']s$/u, '');
  return !/\s/.test(w) && !/\p{Ll}/u.test(w) && (w.match(/\p{Lu}/gu) ?? []).length >= 2;
}

/** The shortest acronym that may be misspelt: three letters or fewer are too many real acronyms apart. */
const MIN_ACRONYM = 4;

/**
 * An acronym nearly spells another when it has the same letters in order with exactly one letter
 * added, dropped or doubled ("NDRRRMC", "NDRMC" for "NDRRMC"), and the longer of the two has five letters or more.
 * A changed letter is another acronym.
 */
function acronymNear(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.length - short.length !== 1 || short.length < MIN_ACRONYM || long.length < 5 || /\s/.test(long)) return false;
  for (let i = 0; i < long.length; i++) {
    if (long.slice(0, i) + long.slice(i + 1) === short) return true;
  }
  return false;
}

/**
 * A rough sound of a name's word: letters that spell one sound written alike (qu, ck, c, k; ph, f, v; z, s),
 * vowels and the silent w, h, y after the first letter dropped, doubled consonants once.
 * "Marquin" and "Markwayne" both sound m-r-k-n.
 */
export function nameSound(word: string): string {
  const w = word
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/ph/g, 'f')
    .replace(/qu/g, 'k')
    .replace(/ck/g, 'k')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/[cq]/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/z/g, 's')
    .replace(/v/g, 'f');
  if (!w) return '';
  const rest = w.slice(1).replace(/[aeiouwhy]/g, '');
  return (w[0] + rest).replace(/(.)\1+/g, '$1');
}

/**
 * A given name written by its sound ("Marquin" for "Markwayne"): both of five letters or more, starting
 * with the same three letters and sounding the same ("Mahmoud" is not "Mohammed" misspelt).
 */
function soundsAlike(a: string, b: string): boolean {
  if (a.length < 5 || b.length < 5 || a.slice(0, 3) !== b.slice(0, 3)) return false;
  const sa = nameSound(a);
  return sa.length >= 3 && sa === nameSound(b);
}

/**
 * A written name of several words against a form of as many: every word near its counterpart; a word
 * before the surname may instead sound like its counterpart when the surname itself is the same or near.
 */
function wordsNear(m: string[], f: string[]): boolean {
  const last = m.length - 1;
  if (!wordNear(m[last], f[last])) return false;
  return m.every((t, i) => i === last || wordNear(t, f[i]) || soundsAlike(t, f[i]));
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
  return compareNormalized(normalizeName(mention), forms, isAcronym(mention));
}

/**
 * As compareToForms, for a mention already normalised: matching a name against many facts normalises it once.
 * `acronym` says the mention was written as an acronym, which is near another only by a letter added or dropped.
 */
export function compareNormalized(m: string, forms: readonly string[], acronym = false): NameRelation {
  if (!m) return 'different';
  if (forms.includes(m)) return 'same';
  const mTokens = m.split(' ');
  for (const form of forms) {
    const fTokens = form.split(' ');
    if (fTokens.length !== mTokens.length) continue;
    if (mTokens.length === 1) {
      if (acronym ? acronymNear(m, form) : loneWordNear(m, form)) return 'near';
    } else if (wordsNear(mTokens, fTokens)) return 'near';
  }
  return 'different';
}

/**
 * The written form of a known name that a one-word mention stands for: the alias or the name it is
 * or nearly spells ("NDRRMC" for "NDRRRMC"), else the name's surname. Undefined for a mention of several words.
 */
export function oneWordForm(mention: string, name: string, aliases: readonly string[]): string | undefined {
  if (/\s/.test(mention.trim())) return undefined;
  const written = [name, ...aliases].map((n) => n.trim()).filter((n) => n && !/\s/.test(n));
  for (const relation of ['same', 'near'] as const) {
    const found = written.find((n) => compareToForms(mention, [normalizeName(n)]) === relation);
    if (found) return found;
  }
  return undefined;
}
