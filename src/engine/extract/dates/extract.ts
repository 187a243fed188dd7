// Every scanner over the text, and the overlaps settled: the longest reading wins.

import { scanNumericDates } from './numericDates';
import { scanHolidays } from './holidays';
import { scanDayMonth, scanIso, scanMonthDay, scanMonthYear, scanParts, scanWordDays } from './monthForms';
import { scanNthWeekdays, scanOrdinalDays } from './ordinalDays';
import { withDayRanges } from './dayRanges';
import { scanRelative } from './relative';
import { withRestatedWeekdays } from './restatedWeekdays';
import { tenseAt } from './tense';
import { parseDocumentDate, type Candidate, type ExtractedDate } from './values';
import { scanWeekdayCounts, scanWeekdays } from './weekdays';
import { withYearsInWords } from './yearWords';
import { inferYear } from './years';
import { scanBareMonths, scanYears } from './yearsAndMonths';

/** Keeps the longest of overlapping readings ("November 29, 2025" over "2025"; "late November" over "November"). */
function resolveOverlaps(candidates: Candidate[], length: number): Candidate[] {
  const sorted = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  // Candidates are short, so marking covered offsets keeps this linear in long documents.
  const covered = new Uint8Array(length);
  const kept: Candidate[] = [];
  for (const c of sorted) {
    if (covered.subarray(c.start, c.end).some((x) => x === 1)) continue;
    covered.fill(1, c.start, c.end);
    kept.push(c);
  }
  return kept.filter((c) => !c.void).sort((a, b) => a.start - b.start);
}

/**
 * Dates in `visible` (document text with ignored regions blanked, so offsets are document offsets).
 * Expressions that need the document's date (weekdays, yesterday, last week) are skipped without one.
 */
export function extractDates(visible: string, documentDate?: string): ExtractedDate[] {
  const doc = parseDocumentDate(documentDate);
  const candidates = [
    ...scanIso(visible),
    ...scanNumericDates(visible, (month, day, start, end) => inferYear(month, day, doc, tenseAt(visible, start, end))),
    ...scanOrdinalDays(visible, doc),
    ...scanNthWeekdays(visible, doc),
    ...scanWordDays(visible, doc),
    ...scanHolidays(visible, doc),
    ...scanMonthDay(visible, doc),
    ...scanDayMonth(visible, doc),
    ...scanMonthYear(visible),
    ...scanParts(visible, doc),
    ...scanBareMonths(visible, doc),
    ...scanYears(visible),
    ...scanWeekdays(visible, doc),
    ...scanWeekdayCounts(visible, doc),
    ...scanRelative(visible, doc),
  ];
  const settled = resolveOverlaps(candidates, visible.length);
  const kept = withRestatedWeekdays(visible, withDayRanges(visible, withYearsInWords(visible, settled)), doc);
  return kept.map((c) => {
    const claim: ExtractedDate = {
      kind: 'date',
      text: visible.slice(c.start, c.end),
      start: c.start,
      end: c.end,
      date: c.date,
      bound: 'exact',
      style: c.style,
    };
    if (c.relative) claim.relative = true;
    return claim;
  });
}
