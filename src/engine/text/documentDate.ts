// Which date a document is read against, and where it came from: front matter, the date the user gave, the date a
// fact table records for one of its sources, or the page's own dateline. Only these: a date in a caption or a body
// sentence is a date of the story, never the document's.

import { MONTH_NAMES, WEEKDAY_NAMES } from '../lexicon/calendar';
import { datelineSpans } from './datelines';

export type DocumentDateOrigin = 'front-matter' | 'option' | 'published' | 'dateline' | 'fallback';

export interface DocumentDate {
  /** YYYY-MM-DD. */
  date: string;
  origin: DocumentDateOrigin;
  /** 1-based line of the text the date was read from (front matter or a dateline). */
  line?: number;
}

/** A full date (day, month and year) written in a dateline's text, as YYYY-MM-DD; given by the date extractor. */
export type FullDateReader = (s: string) => string | undefined;
/** A day and month written without a year, given the year from a date near it, as YYYY-MM-DD. */
export type YearlessDateReader = (s: string, near: string) => string | undefined;

function lineAt(text: string, offset: number): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * The first dateline near the top that gives a full date ("By Ana Ruiz, March 4, 2021", "date 2021-03-04"). A wire
 * dateline ("MANILA, Sept. 16 (AP)") is the story's own date and wins over a page's date line, which may be when the
 * page was stored; it prints no year, so it takes the year of that other date.
 */
export function datelineDate(text: string, readFullDate: FullDateReader, readYearless: YearlessDateReader): DocumentDate | undefined {
  const spans = datelineSpans(text).sort((a, b) => a.start - b.start);
  let full: DocumentDate | undefined;
  for (const s of spans) {
    const date = readFullDate(text.slice(s.start, s.end));
    if (date) {
      full = { date, origin: 'dateline', line: lineAt(text, s.start) };
      break;
    }
  }
  if (!full) return undefined;
  for (const s of spans) {
    const date = readFullDate(text.slice(s.start, s.end)) ? undefined : readYearless(text.slice(s.start, s.end), full.date);
    if (date) return { date, origin: 'dateline', line: lineAt(text, s.start) };
  }
  return full;
}

/** How many of a page's first non-empty lines may hold its header (section, byline, date). */
const HEADER_LINES = 6;
/** Words a header's date part may carry besides the date itself. */
const DATE_WORDS = new Set([
  'at',
  'on',
  'updated',
  'published',
  'posted',
  'am',
  'pm',
  'a.m',
  'p.m',
  'gmt',
  'utc',
  'bst',
  'est',
  'edt',
  'pst',
  'pdt',
  'cet',
  'pht',
  'ist',
  'of',
]);
const NAME_STEMS = [...MONTH_NAMES, ...WEEKDAY_NAMES].map((n) => n.slice(0, 3).toLowerCase());

/** A caption or credit line: "(Photo: ...)", "Photograph: ...", an italic line under a picture. */
function isCaption(line: string): boolean {
  return /^[ \t]*[*_]/.test(line) || /\b(?:photo|photograph|image|courtesy|credit|file picture)\b/i.test(line);
}

/** A header segment is its date and nothing else but times and "Updated" ("Thursday 26 February 2026, 11:48 GMT"). */
function isDateSegment(segment: string): boolean {
  const words = segment.match(/[A-Za-z][A-Za-z.]*/g) ?? [];
  const other = words.filter((w) => {
    const lw = w.toLowerCase().replace(/\.$/, '');
    return !DATE_WORDS.has(lw) && !NAME_STEMS.includes(lw.slice(0, 3));
  });
  return other.length === 0;
}

/**
 * A page header line near the top whose parts, split at "|" or "·", include one that is a date:
 * "NATION | Tuesday, August 12, 2025 | By Ruel Abarquez", "February 26, 2026 · By Marcus Delgado". A sentence
 * holding a date is not a header: its part has other words.
 */
export function headerDate(text: string, readFullDate: FullDateReader): DocumentDate | undefined {
  let offset = 0;
  let seen = 0;
  for (const line of text.split('\n')) {
    const at = offset;
    offset += line.length + 1;
    if (!line.trim()) continue;
    if (++seen > HEADER_LINES) break;
    if (isCaption(line)) continue;
    for (const segment of line.split(/[|·•]/)) {
      const s = segment.replace(/^[ \t]*by[ \t]+[^,]*,/i, '').trim();
      if (!isDateSegment(s)) continue;
      const date = readFullDate(s);
      if (date) return { date, origin: 'dateline', line: lineAt(text, at) };
    }
  }
  return undefined;
}
