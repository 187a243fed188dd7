// The table's date format: YYYY, YYYY-MM or YYYY-MM-DD, read into the value the engine compares.

import type { DateValue } from '../types';
import { daysIn } from '../lexicon/calendar';

/** Fact-table date values: `2025-11-29`, `2025-11`, `1990`. Impossible dates (2025-02-30) are undefined. */
export function parseIsoDate(s: string): DateValue | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s.trim());
  if (!m) return undefined;
  const year = Number(m[1]);
  if (m[2] === undefined) return { year, precision: 'year' };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  if (m[3] === undefined) return { year, month, precision: 'month' };
  const day = Number(m[3]);
  if (day < 1 || day > daysIn(year, month)) return undefined;
  return { year, month, day, precision: 'day' };
}
