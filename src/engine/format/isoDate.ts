// A date written as ISO 8601 text: how the fact table stores dates and how `extract` reports them.

import type { DateValue } from '../types';

/** A number in a fixed number of digits, as ISO dates write their fields. */
export function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** A day as ISO text; UTC arithmetic so that no time zone or daylight saving shifts the day. */
function isoDay(year: number, month: number, day: number): string {
  const d = new Date(Date.UTC(year, month - 1, day));
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/**
 * A date value as ISO 8601 text at the precision known. Without a year (a draft with no date of its own
 * writing "November 29"), the truncated ISO forms '--11-29' and '--11' say what is known and no more.
 */
export function dateValueToIso(v: DateValue): string {
  const year = v.year !== undefined ? pad(v.year, 4) : '-';
  if (v.precision === 'year' || v.month === undefined) return v.year !== undefined ? year : '';
  if (v.precision === 'month' || v.day === undefined) return `${year}-${pad(v.month)}`;
  if (v.year === undefined) return `--${pad(v.month)}-${pad(v.day)}`;
  const first = isoDay(v.year, v.month, v.day);
  return v.span && v.span > 1 ? `${first}/${isoDay(v.year, v.month, v.day + v.span - 1)}` : first;
}
