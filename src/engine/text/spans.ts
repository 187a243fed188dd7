import type { Span } from '../types';

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Spans sorted by start for overlap queries in logarithmic time, so that filtering
 * claims against each other stays linear-logarithmic on book-length drafts.
 */
export class SpanSet<T extends Span> {
  private readonly items: T[];
  /** maxEnd[i]: the largest end among items[0..i], so overlapping (nested) spans are found too. */
  private readonly maxEnd: number[];

  constructor(items: readonly T[]) {
    this.items = [...items].sort((a, b) => a.start - b.start || a.end - b.end);
    let max = -Infinity;
    this.maxEnd = this.items.map((s) => (max = Math.max(max, s.end)));
  }

  /** The first item (by start) that overlaps `span`, if any. */
  find(span: Span): T | undefined {
    // Last item starting before span.end.
    let lo = 0;
    let hi = this.items.length - 1;
    let last = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.items[mid].start < span.end) {
        last = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (last < 0 || this.maxEnd[last] <= span.start) return undefined;
    // Walk back to the first overlapping item; maxEnd bounds the walk.
    let found: T | undefined;
    for (let i = last; i >= 0 && this.maxEnd[i] > span.start; i--) if (overlaps(this.items[i], span)) found = this.items[i];
    return found;
  }

  all(): readonly T[] {
    return this.items;
  }

  has(span: Span): boolean {
    return this.find(span) !== undefined;
  }
}

/** The index of the span containing `offset` in sorted, disjoint spans (or of the last one starting before it). */
export function spanIndexAt(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (spans[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
