import nlp from 'compromise';
import type { EntityClaim, EntityType, Span } from '../types';

export type EntityMention = Omit<EntityClaim, 'sentence'>;

/** Titles and roles that compromise folds into a person's name but that are not part of it. */
const TITLES = new Set(
  (
    'mr mrs ms miss dr prof sir dame lord lady president vice secretary senator sen rep representative congressman ' +
    'congresswoman governor gov minister prime chancellor general gen admiral adm colonel col lieutenant lt captain ' +
    'capt sergeant sgt ambassador judge justice mayor king queen prince princess pope leader chief director spokesman ' +
    'spokeswoman spokesperson commander foreign defense defence interior state war deputy former acting'
  ).split(' '),
);

const EDGE_PUNCTUATION = /^[\s"'“”‘’([]+|[\s"'“”‘’)\].,;:!?]+$/g;

/** Trims a compromise match to the name itself: no title in front, no punctuation or possessive at the ends. */
export function trimName(text: string, start: number): Span | undefined {
  let s = start;
  let t = text;
  const lead = /^[\s"'“‘([]+/.exec(t);
  if (lead) {
    s += lead[0].length;
    t = t.slice(lead[0].length);
  }
  for (let m = /^([A-Za-z.]+)\s+/.exec(t); m && TITLES.has(m[1].toLowerCase().replace(/\.$/, '')); m = /^([A-Za-z.]+)\s+/.exec(t)) {
    s += m[0].length;
    t = t.slice(m[0].length);
  }
  t = t.replace(/[’']s$/u, '').replace(EDGE_PUNCTUATION, '');
  t = t.replace(/[’']s$/u, '');
  if (!/\p{Lu}/u.test(t[0] ?? '')) return undefined;
  return { start: s, end: s + t.length };
}

/** Names of people, organisations and places in one span of prose, found by compromise with the table's names in its lexicon. */
export function nlpEntities(visible: string, span: Span, lexicon?: Record<string, string>): EntityMention[] {
  const text = visible.slice(span.start, span.end);
  if (!/\p{Lu}/u.test(text)) return [];
  // A lexicon is added to compromise's global one on every call: pass one only where it is small.
  const doc = lexicon ? nlp(text, lexicon) : nlp(text);
  const out: EntityMention[] = [];
  const groups: [EntityType, unknown[]][] = [
    ['person', doc.people().json({ offset: true })],
    ['organization', doc.organizations().json({ offset: true })],
    ['place', doc.places().json({ offset: true })],
  ];
  for (const [entityType, items] of groups) {
    for (const item of items as { text: string; offset: { start: number } }[]) {
      const trimmed = trimName(item.text, span.start + item.offset.start);
      if (!trimmed) continue;
      const name = visible.slice(trimmed.start, trimmed.end);
      out.push({ kind: 'entity', name, entityType, text: name, start: trimmed.start, end: trimmed.end, bound: 'exact' });
    }
  }
  return out;
}

export interface Word {
  text: string;
  start: number;
  end: number;
}

/** Runs of capitalised words ("Pete Hegsett", "Gerald R. Ford"), where a misspelt known name may hide. */
export function capitalizedRuns(visible: string, span: Span): Word[][] {
  const runs: Word[][] = [];
  let run: Word[] = [];
  const word = /\p{Lu}[\p{L}\p{M}’'-]*\.?/gu;
  word.lastIndex = span.start;
  let lastEnd = -1;
  for (let m = word.exec(visible); m && m.index < span.end; m = word.exec(visible)) {
    if (m.index > 0 && /[\p{L}\p{N}]/u.test(visible[m.index - 1])) continue; // inside a word ("McDonald")
    // A possessive ("Ferreira's", "Reeves’") ends the name and is not part of it.
    const possessive = /[’'](?:s)?$/u.test(m[0]);
    let text = m[0].replace(/[’'](?:s)?$/u, '');
    if (text.endsWith('.') && text.length > 2) text = text.slice(0, -1); // sentence end, not an initial
    const w = { text, start: m.index, end: m.index + text.length };
    const gap = lastEnd >= 0 ? visible.slice(lastEnd, m.index) : '';
    if (run.length && !/^[ \t]+$/.test(gap)) {
      runs.push(run);
      run = [];
    }
    run.push(w);
    lastEnd = possessive ? -2 : w.end;
    if (possessive) {
      runs.push(run);
      run = [];
      lastEnd = -1;
    }
  }
  if (run.length) runs.push(run);
  return runs;
}

/** Whether compromise knows the name as a country's ("Ardenia" is not, "France" is). */
export function isCountryName(name: string): boolean {
  return nlp(name).has('#Country');
}

/** Whether compromise knows the word as a people's ("Saudi", "Israelis"): a nation, not a party. */
export function isDemonym(word: string): boolean {
  return nlp(word).has('#Demonym');
}
