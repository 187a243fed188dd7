import type { Claim, Finding, Span } from './types';

/** A span `delta` code units further into the document. */
export function moveSpan(s: Span, delta: number): Span {
  return { start: s.start + delta, end: s.end + delta };
}

/** The same claim, `delta` code units further into the document. */
export function shiftClaim<C extends Claim>(c: C, delta: number): C {
  if (delta === 0) return c;
  const moved = { ...c, start: c.start + delta, end: c.end + delta, sentence: moveSpan(c.sentence, delta) };
  return moved.kind === 'number' || moved.kind === 'money' || moved.kind === 'percent' ? { ...moved, figure: moveSpan(moved.figure, delta) } : moved;
}

export function shiftFinding(f: Finding, delta: number): Finding {
  return delta === 0 ? f : { ...f, start: f.start + delta, end: f.end + delta, claim: shiftClaim(f.claim, delta) };
}

/** Extractor results from a slice of the text, moved to document offsets. */
export function inSlice<T extends Span & { figure?: Span }>(items: T[], delta: number): T[] {
  if (delta === 0) return items;
  return items.map((i) => ({ ...i, ...moveSpan(i, delta), ...(i.figure ? { figure: moveSpan(i.figure, delta) } : {}) }));
}
