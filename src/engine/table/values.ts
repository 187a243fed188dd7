// When two values a table holds are the same value.

import type { DateValue, FactValue } from '../types';

/** Names are the same when they differ only in case, accents or spacing. */
function foldName(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

export function sameDate(a: DateValue, b: DateValue): boolean {
  return a.precision === b.precision && a.year === b.year && a.month === b.month && a.day === b.day && a.part === b.part && a.span === b.span;
}

export function sameValue(a: FactValue, b: FactValue): boolean {
  if (typeof a === 'string' && typeof b === 'string') return foldName(a) === foldName(b);
  if (typeof a === 'object' && typeof b === 'object') return sameDate(a, b);
  return a === b;
}
