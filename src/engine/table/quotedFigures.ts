// Where a fact's sources write its figure: each quote's figure that has the value the table records for that
// source. Read once per fact, by the matcher's index (the words around the figure) and by the judge (the
// currency sign the sources write the sum with).

import type { Bound, Fact } from '../types';
import { extractQuantities, type Quantity } from '../extract/quantities';

/** A recorded value and a figure the quote writes rounded ("P14.3 billion" for 14,339,000,000) are the same figure. */
const SAME_VALUE = 0.005;

/** A figure and a recorded value close enough to be one figure written rounded (see SAME_VALUE). */
export function sameFigure(figure: number, recorded: number): boolean {
  return Math.abs(figure - recorded) <= SAME_VALUE * Math.max(Math.abs(recorded), 1);
}

/** A quote of a fact's source and the figure in it with the value the table records for that source. */
export interface QuotedFigure {
  quote: string;
  quantity: Quantity;
  /** The bound the table records for that source: how the table reads the quote's hedge. */
  bound: Bound;
}

/** Memo of a pure function of a fact: the index, the judge and the period and currency readers all ask it. */
const memo = new WeakMap<Fact, readonly QuotedFigure[]>();

/** Each quote's figure with the recorded value, where the quote writes it. */
export function quotedFigures(fact: Fact): readonly QuotedFigure[] {
  const known = memo.get(fact);
  if (known) return known;
  const found = readQuotedFigures(fact);
  memo.set(fact, found);
  return found;
}

function readQuotedFigures(fact: Fact): QuotedFigure[] {
  if (fact.kind === 'date' || fact.kind === 'entity') return [];
  const out: QuotedFigure[] = [];
  for (const c of fact.claims) {
    if (!c.quote) continue;
    const quantity = extractQuantities(c.quote).find((q) => q.kind === fact.kind && sameFigure(q.value, c.value));
    if (quantity) out.push({ quote: c.quote, quantity, bound: c.bound });
  }
  return out;
}
