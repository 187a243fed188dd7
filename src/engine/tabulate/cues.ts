// A drafted fact's cue words: the words its sources write near its figure that a draft in other words
// still shares, one source's own wording left out, and the multi-word cues the checker reads as subjects.

import { MONTH_NAMES, WEEKDAY_NAMES } from '../lexicon/calendar';
import { stemWord } from '../match/terms';
import type { CollectedClaim } from './collect';
import { concept, type Idf } from './similarity';

/** A cue must stand this close to the figure in at least one source (the matcher anchors on near words). */
const CUE_NEAR = 0.3;
/** A source backs a cue when the word stands this close to its figure. */
const CUE_SUPPORT = 0.15;
const CALENDAR = new Set([...MONTH_NAMES, ...WEEKDAY_NAMES].map((w) => stemWord(w)));

/**
 * The words around a fact's figures that most mark it: said by more of its sources first (a word one source
 * happens to use says little about the fact), then near the figure and rare in the story.
 */
export function topWords(claims: CollectedClaim[], idf: Idf, skip: ReadonlySet<string>): string[] {
  const score = new Map<string, number>();
  const support = new Map<string, Set<number>>();
  const near = new Set<string>();
  const surface = new Map<string, string>();
  for (const c of claims) {
    for (const [stem, w] of c.context) {
      if (skip.has(stem) || CALENDAR.has(stem) || stem.length < 3) continue;
      score.set(stem, (score.get(stem) ?? 0) + w * idf(stem));
      const key = concept(stem);
      if (w >= CUE_SUPPORT) support.set(key, (support.get(key) ?? new Set()).add(c.sourceIndex));
      if (w >= CUE_NEAR) near.add(stem);
      const word = c.surface.get(stem);
      if (word && !surface.has(stem)) surface.set(stem, word);
    }
  }
  const backing = (stem: string) => support.get(concept(stem))?.size ?? 0;
  // Where several sources state the fact, a word only one of them uses near it is that source's wording.
  const needed = new Set(claims.map((c) => c.sourceIndex)).size > 1 ? 2 : 1;
  return [...score.entries()]
    .filter(([stem]) => near.has(stem) && surface.has(stem) && backing(stem) >= needed)
    .sort((a, b) => backing(b[0]) - backing(a[0]) || b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([stem]) => {
      const word = surface.get(stem) as string;
      // A word capitalised wherever it appears is a name or an acronym; otherwise a capital only opened a sentence.
      const always = claims.every((c) => {
        const s = c.surface.get(stem);
        return s === undefined || /^\p{Lu}/u.test(s);
      });
      return always ? word : word.toLowerCase();
    })
    .filter((w, i, all) => all.indexOf(w) === i);
}

/** How many two-word cues a fact gets at most. */
const MAX_PHRASES = 3;

/**
 * Multi-word cues: the checker reads a whole multi-word cue as the fact's subject, which tells its dates and
 * figures from another fact's that share one of the words. Two kinds: a name of capitalised cue words
 * ("National Living Wage"), and two cue words side by side in the quotes of two or more sources ("capital
 * gains", "black hole").
 */
export function cuePhrases(claims: readonly CollectedClaim[], cues: readonly string[]): string[] {
  const lower = new Set(cues.map((c) => c.toLowerCase()));
  const isCue = (w: string) => lower.has(w.toLowerCase());
  const names: string[] = [];
  const pairs = new Map<string, { phrase: string; sources: Set<number> }>();
  for (const c of claims) {
    const ws = c.quote.split(/[^\p{L}'’-]+/u).filter(Boolean);
    for (let i = 0; i < ws.length; i++) {
      // A run of capitalised cue words, not counting a capital that only opens the quote.
      let j = i;
      while (j < ws.length && isCue(ws[j]) && /^\p{Lu}/u.test(ws[j]) && !(j === 0 && !/^\p{Lu}/u.test(ws[1] ?? ''))) j++;
      if (j - i >= 2) {
        const name = ws.slice(i, j).join(' ');
        if (!names.includes(name)) names.push(name);
        i = j - 1;
        continue;
      }
      const [a, b] = [ws[i], ws[i + 1]];
      if (!b || !isCue(a) || !isCue(b) || a.toLowerCase() === b.toLowerCase()) continue;
      const key = `${a} ${b}`.toLowerCase();
      const entry = pairs.get(key) ?? { phrase: key, sources: new Set<number>() };
      entry.sources.add(c.sourceIndex);
      pairs.set(key, entry);
    }
  }
  const shared = [...pairs.values()].filter((p) => p.sources.size >= 2).map((p) => p.phrase);
  return [...names, ...shared.filter((p) => !names.some((n) => n.toLowerCase().includes(p)))].slice(0, MAX_PHRASES);
}
