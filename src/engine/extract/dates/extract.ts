// Every scanner over the text, and the overlaps settled: the longest reading wins.

import { scanNumericDates } from './numericDates';
import { scanHolidays } from './holidays';
import { scanDayMonth, scanIso, scanMonthDay, scanMonthYear, scanParts, scanWordDays } from './monthForms';
import { scanNthWeekdays, scanOrdinalDays } from './ordinalDays';
import { withRangeYears } from './rangeYears';
import { withDayRanges } from './dayRanges';
import { withLaterDays } from './laterDays';
import { scanMonthWeeks } from './monthWeeks';
import { scanQuarters } from './quarters';
import { scanRelative } from './relative';
import { withCountedYears } from './relativeYears';
import { withRestatedWeekdays } from './restatedWeekdays';
import { tenseAt } from './tense';
import type { Span } from '../../types';
import { parseDocumentDate, type Candidate, type ExtractedDate } from './values';
import { scanWeekdayCounts, scanWeekdays } from './weekdays';
import { withWeeksOf } from './weeksOf';
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
  return kept.sort((a, b) => a.start - b.start);
}

/** Every scanner's readings with overlaps settled; void ones (phrases that name no day) still among them. */
function settledCandidates(visible: string, doc: Date | undefined): Candidate[] {
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
    ...scanQuarters(visible),
    ...scanMonthWeeks(visible, doc),
    ...scanWeekdays(visible, doc),
    ...scanWeekdayCounts(visible, doc),
    ...scanRelative(visible, doc),
  ];
  return resolveOverlaps(candidates, visible.length);
}

/**
 * Date phrases that name no day against this document date ("the 31st of this month" in November, "the fifth
 * Sunday" of a month with four): read as dates, so no part of them is, but never reported as claims.
 */
export function datesNamingNoDay(visible: string, documentDate?: string): Span[] {
  // "Two Mondays later" covers its words as such a phrase until laterDays counts it from a day.
  const read = extractDates(visible, documentDate);
  return settledCandidates(visible, parseDocumentDate(documentDate))
    .filter((c) => c.void && !read.some((r) => r.start === c.start && r.end === c.end))
    .map((c) => ({ start: c.start, end: c.end }));
}

/**
 * Dates in `visible` (document text with ignored regions blanked, so offsets are document offsets).
 * Expressions that need the document's date (weekdays, yesterday, last week) are skipped without one.
 */
export function extractDates(visible: string, documentDate?: string): ExtractedDate[] {
  const doc = parseDocumentDate(documentDate);
  const settled = settledCandidates(visible, doc).filter((c) => !c.void);
  const withYears = withCountedYears(visible, withYearsInWords(visible, settled), doc);
  const kept = withLaterDays(
    visible,
    withRestatedWeekdays(visible, withWeeksOf(visible, withRangeYears(visible, withDayRanges(visible, withYears))), doc),
    doc,
  );
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
    if (c.fromDocumentDate) claim.fromDocumentDate = true;
    return claim;
  });
}
