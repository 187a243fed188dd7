// A fact's label in the words a source states it in: "Workers hurt in the warehouse fire", not a list of
// words. Taken from the clause that holds the figure, the figure and its hedge left out, so a reviewer
// reads what is counted and what happened, and the checker's frames (what is counted, verb, place) read
// the same words in the label as in a draft.

/** Words that carry no meaning in a label: auxiliaries and articles at its edges. */
const AUXILIARY = /^(?:was|were|is|are|been|be|being|has|have|had|will|would|could|may|might|shall|should)$/i;
const EDGE =
  /^(?:a|an|the|and|or|but|that|which|who|to|of|on|in|at|by|for|from|with|as|some|about|around|nearly|almost|over|under|up|least|most|more|than|roughly|approximately|estimated|an estimated|its|their|his|her|since|until|after|before|when|while|whose|totalling|totaling|leading|reaching|including|began|begun|started)$/i;
const MAX_WORDS = 9;
const MIN_WORDS = 2;

function words(text: string): string[] {
  return (
    text
      .split(/\s+/)
      .map((w) => w.replace(/^[“"‘'(]+|[”"’'),;:!?]+$/g, ''))
      // A full stop ends the word unless it is an abbreviation's ("U.S.").
      .map((w) => (/^(?:\p{L}\.)+$/u.test(w) ? w : w.replace(/\.+$/, '')))
      .filter((w) => w !== '')
  );
}

function trimEdges(ws: string[]): string[] {
  let i = 0;
  let j = ws.length;
  while (i < j && (EDGE.test(ws[i]) || AUXILIARY.test(ws[i]))) i++;
  // A lone letter or symbol at the end is a currency sign of the figure that follows ("a total of P").
  while (j > i && (EDGE.test(ws[j - 1]) || AUXILIARY.test(ws[j - 1]) || /^(?:\p{L}|\p{Sc})$/u.test(ws[j - 1]))) j--;
  return ws.slice(i, j);
}

/** The first clause of a stretch of words: a comma, dash or "said" ends what belongs to the figure. */
function firstClause(text: string, fromEnd: boolean): string {
  const parts = text.split(/[,;:()\u2014\u2013]|\s-\s|\b(?:said|says|told|according)\b/);
  return (fromEnd ? parts[parts.length - 1] : parts[0]) ?? '';
}

/**
 * A label from the clause `quote` states the figure `figure` in: for a count, the words after the figure
 * (what it counts and what happened: "workers were hurt"), else those before it ("Repairs will cost"); for
 * a date, the words before it first. Auxiliaries and edge words dropped, two to nine words, first letter
 * capitalised. Undefined when neither side has two such words.
 */
export function labelFromQuote(quote: string, figure: string, isDate = false): string | undefined {
  const at = quote.indexOf(figure);
  if (at < 0) return undefined;
  // Another figure in the clause starts another figure's words: the label stops short of it.
  const afterWords = words(firstClause(quote.slice(at + figure.length), false));
  const nextFigure = afterWords.findIndex((w) => /\d/.test(w));
  const beforeWords = words(firstClause(quote.slice(0, at), true));
  const lastFigure = beforeWords.map((w) => /\d/.test(w)).lastIndexOf(true);
  const after = trimEdges(nextFigure < 0 ? afterWords : afterWords.slice(0, nextFigure)).filter((w) => !AUXILIARY.test(w));
  const before = trimEdges(beforeWords.slice(lastFigure + 1)).filter((w) => !AUXILIARY.test(w));
  // After a figure come its unit and verb ("83 people killed in ..."); before a date, what happened on it
  // ("the ban took effect on ..."). One word says too little ("Effective", "Since"): then the other side.
  const sides = isDate ? [before, after] : [after, before];
  const chosen = sides.find((side) => side.length >= MIN_WORDS);
  if (!chosen) return undefined;
  const picked = trimEdges(isDate && chosen === before ? chosen.slice(-MAX_WORDS) : chosen.slice(0, MAX_WORDS));
  if (picked.length < MIN_WORDS) return undefined;
  const text = picked.join(' ');
  return text[0].toUpperCase() + text.slice(1);
}
