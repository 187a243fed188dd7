// Dates written in drafts and source articles: absolute forms (November 29, 2025-11-29, August 2025, in 1990),
// parts (late November, mid-2025) and expressions that only mean something against the document's own date
// (yesterday, last week, on Saturday). Regexes and small lexicons only: this runs over whole long documents.
// Each scanner proposes candidates; extractDates keeps the longest of overlapping ones.

export { datesNamingNoDay, extractDates } from './extract';
export { documentDateIn, findDocumentDate, frontMatterDate, hasFrontMatterDate } from './documentDates';
export { WRITTEN_WEEKDAY, monthNumber } from './patterns';
export { unresolvedDates, type UnresolvedDate } from './unresolved';
export { parseDocumentDate, type ExtractedDate } from './values';
export { inferYear } from './years';
