// Acronyms and the names they stand for. News prose spells a body's name out once with its acronym in
// brackets ("the Harbour Safety Authority (HSA)") and uses the acronym after that, and another outlet may use
// only the acronym: both are one name, and the spelled-out one is the value a table cites.

/** Small words a name's acronym usually skips ("Office for Budget Responsibility" is OBR). */
const SKIPPED = /^(?:of|for|and|the|on|in|to|at|de|del|la|&)$/i;

/** A word written in capitals only, long enough to be an acronym rather than an initial: "NHS", "OBR". */
export const ACRONYM = /^\p{Lu}{2,8}$/u;

/** The initials a name's acronym may spell: without its small words, and with them. */
function initialsOf(name: string): string[] {
  const words = name.split(/[\s-]+/).filter(Boolean);
  const first = (ws: string[]) => ws.map((w) => w[0].toUpperCase()).join('');
  return [first(words.filter((w) => !SKIPPED.test(w))), first(words)];
}

/** Whether a name of two or more words spells the acronym with its initials. */
export function spellsAcronym(name: string, acronym: string): boolean {
  return name.split(/\s+/).length >= 2 && initialsOf(name).includes(acronym);
}

/** The acronym a source puts in brackets right after a name ("... Authority (HSA)"), if any. */
export function bracketedAcronym(text: string, end: number): string | undefined {
  const m = /^[ \t]*\((\p{Lu}{2,8})\)/u.exec(text.slice(end, end + 14));
  return m?.[1];
}

/**
 * The spelled-out name an acronym stands for, among the ones sources give: the one whose initials spell it
 * (a source may garble a long name, not its acronym), written by most sources; the first given on a tie.
 */
export function expansionOf(acronym: string, given: readonly string[]): string | undefined {
  const spelling = given.filter((g) => spellsAcronym(g, acronym));
  const pool = spelling.length ? spelling : given;
  let best: string | undefined;
  let bestCount = 0;
  for (const g of pool) {
    const n = pool.filter((x) => x === g).length;
    if (n > bestCount) [best, bestCount] = [g, n];
  }
  return best;
}
