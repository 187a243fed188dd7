// The document's own date as written in it: front matter, else a dateline near the top.

import { differenceInCalendarDays } from 'date-fns';
import type { DateValue } from '../../types';
import { datelineDate, headerDate, type DocumentDate } from '../../text/documentDate';
import { extractDates } from './extract';
import { dayValue, parseDocumentDate, validDay } from './values';

function isoOf(v: DateValue): string | undefined {
  if (v.precision !== 'day' || v.year === undefined || v.month === undefined || v.day === undefined || v.span) return undefined;
  return `${String(v.year).padStart(4, '0')}-${String(v.month).padStart(2, '0')}-${String(v.day).padStart(2, '0')}`;
}

/** The first full date (day, month and year) written in `s`. */
function firstFullDate(s: string): string | undefined {
  for (const c of extractDates(s)) {
    const iso = isoOf(c.date);
    if (iso && c.style.withYear) return iso;
  }
  return undefined;
}

/** The text opens with front matter that gives a date. */
export function hasFrontMatterDate(text: string): boolean {
  return frontMatterDate(text) !== undefined;
}

/** Front matter `date:` (2025-11-30, 2025-11-30T10:00:00Z, "November 30, 2025") as YYYY-MM-DD, with its line. */
export function frontMatterDate(text: string): DocumentDate | undefined {
  const body = text.replace(/^\uFEFF/, '');
  const fm = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(body);
  if (!fm) return undefined;
  const line = /^date[ \t]*:[ \t]*(.*?)[ \t]*$/im.exec(fm[1]);
  if (!line) return undefined;
  const at = fm[1].slice(0, line.index).split('\n').length + 1;
  const value = line[1].replace(/^(["'])(.*)\1$/, '$2').trim();
  const iso = /^\d{4}-\d{2}-\d{2}/.exec(value);
  if (iso && parseDocumentDate(value)) return { date: iso[0], origin: 'front-matter', line: at };
  const written = firstFullDate(value);
  return written ? { date: written, origin: 'front-matter', line: at } : undefined;
}

/**
 * The draft's own date as written in it: front matter, else the first dateline near the top (a "date" line, a date
 * alone on a line, a byline or "Published ..." line). Never a date inside a caption or a body sentence.
 */
export function documentDateIn(text: string): DocumentDate | undefined {
  const body = text.replace(/^\uFEFF?---[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/, (fm) => fm.replace(/[^\n]/g, ' '));
  return frontMatterDate(text) ?? datelineDate(body, firstFullDate, yearlessNear) ?? headerDate(body, firstFullDate);
}

/** A day and month written without a year ("Sept. 16"), in the year that puts it nearest `near`. */
function yearlessNear(s: string, near: string): string | undefined {
  const anchor = parseDocumentDate(near);
  if (!anchor) return undefined;
  for (const c of extractDates(s)) {
    const { month, day } = c.date;
    if (c.style.withYear || c.relative || c.date.precision !== 'day' || !month || !day || c.date.span) continue;
    const y = anchor.getFullYear();
    const options = [y - 1, y, y + 1].filter((year) => validDay(year, month, day)).map((year) => new Date(year, month - 1, day));
    const nearest = options.sort((a, b) => Math.abs(differenceInCalendarDays(a, anchor)) - Math.abs(differenceInCalendarDays(b, anchor)))[0];
    if (nearest) return isoOf(dayValue(nearest));
  }
  return undefined;
}

export function findDocumentDate(text: string): string | undefined {
  return documentDateIn(text)?.date;
}
