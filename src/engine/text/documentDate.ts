// Which date a document is read against, and where it came from: front matter, the date the user gave, the date a
// fact table records for one of its sources, or the page's own dateline. Only these: a date in a caption or a body
// sentence is a date of the story, never the document's.

import { datelineSpans } from './datelines';

export type DocumentDateOrigin = 'front-matter' | 'option' | 'published' | 'dateline';

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
