// Dates written in figures only: 5/12/2019, 21/04/16, 13.5.2015, 2015/08/12, 2019-sep-1. Month first unless the
// first number cannot be a month (news in English is mostly American); a point between the parts is European
// (day first). A two-digit year below 50 is this century.

import type { DateValue, DateStyle } from '../../types';
import { daysIn } from '../../lexicon/calendar';

export interface NumericDate {
  start: number;
  end: number;
  date: DateValue;
  style: DateStyle;
}

const SHORT_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function fullYear(written: string): number {
  const n = Number(written);
  if (written.length === 4) return n;
  return n < 50 ? 2000 + n : 1900 + n;
}

function value(year: number, month: number, day: number): DateValue | undefined {
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return undefined;
  return { year, month, day, precision: 'day' };
}

/** Both orders written with figures; the reading that exists wins, month first when both do. */
function dayAndMonth(a: number, b: number, dayFirst: boolean): [number, number] {
  if (a > 12) return [a, b];
  if (b > 12) return [b, a];
  return dayFirst ? [a, b] : [b, a];
}

const style = (withYear: boolean): DateStyle => ({ form: 'month-day', withYear });

/** `yearless` resolves a month and day written without a year ("on 4/22") against the document, if it can. */
export function scanNumericDates(text: string, yearless: (month: number, day: number, start: number, end: number) => number | undefined): NumericDate[] {
  const out: NumericDate[] = [];
  const push = (start: number, end: number, v: DateValue | undefined, withYear: boolean): void => {
    if (v) out.push({ start, end, date: v, style: style(withYear) });
  };
  // Without a document date the day is read without its year (2000 is a leap year: a yearless February 29 exists).
  const pushYearless = (start: number, end: number, month: number, day: number): void => {
    const year = yearless(month, day, start, end);
    const v = value(year ?? 2000, month, day);
    if (v && year === undefined) delete v.year;
    push(start, end, v, false);
  };
  // Day, month and year: 5/12/2019, 21-04-16, 13.5.2015, 08/12,2015.
  const dmy = /(?<![\w/.,-])(\d{1,2})([/.-])(\d{1,2})(?:\2|(?<=\/\d{1,2}),)(\d{4}|\d{2})(?![\w%]|[/.,:-]\d)/g;
  for (const m of text.matchAll(dmy)) {
    if (m[2] === '.' && m[4].length !== 4) continue; // 1.5.20 is a version number
    const [day, month] = dayAndMonth(Number(m[1]), Number(m[3]), m[2] === '.');
    push(m.index, m.index + m[0].length, value(fullYear(m[4]), month, day), true);
  }
  // Year first: 2015/08/12, 2015.5.13, 2018-7-6 (2018-07-06 is read as ISO elsewhere, to the same value).
  const ymd = /(?<![\w/.,-])((?:1[89]|20)\d\d)([/.-])(\d{1,2})\2(\d{1,2})(?![\w%]|[/.,:-]\d)/g;
  for (const m of text.matchAll(ymd)) push(m.index, m.index + m[0].length, value(Number(m[1]), Number(m[3]), Number(m[4])), true);
  // Year, month name, day: 2019-sep-1, 2019/Sep/01.
  const ynd = /(?<![\w/.,-])((?:1[89]|20)\d\d)([/-])([A-Za-z]{3})\2(\d{1,2})(?![\w%]|[/.,:-]\d)/g;
  for (const m of text.matchAll(ynd)) {
    const month = SHORT_MONTHS.indexOf(m[3].toLowerCase()) + 1;
    if (month > 0) push(m.index, m.index + m[0].length, value(Number(m[1]), month, Number(m[4])), true);
  }
  // Month and day alone only right after "on" or a weekday ("on 4/22", "Friday 7/6", "Fri. 7/6"): elsewhere 3/4 is a fraction,
  // a score or a ratio.
  const md =
    /(?<=\b(?:[Oo]n|(?:[Mm]on|[Tt]ues|[Ww]ednes|[Tt]hurs|[Ff]ri|[Ss]atur|[Ss]un)day|(?:[Mm]on|[Tt]ues?|[Ww]ed|[Tt]hu(?:rs)?|[Ff]ri|[Ss]at|[Ss]un)\.)[ \t]+)(\d{1,2})([/.-])(\d{1,2})(?![\w%]|[/.,:-]\d)/g;
  for (const m of text.matchAll(md)) {
    // "on 4.22" is as likely a time or a decimal: a point needs the weekday.
    if (m[2] === '.' && /[Oo]n[ \t]+$/.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
    const [day, month] = dayAndMonth(Number(m[1]), Number(m[3]), false);
    pushYearless(m.index, m.index + m[0].length, month, day);
  }
  // Elsewhere a slash pair is a date where one side cannot be a month and the other can ("4/22", "22/04"): a fraction
  // or ratio over more than twelve is rare in news. "24/7" is the idiom for "all the time".
  const slash = /(?<![\w/.,:$€£#-])(\d{1,2})\/(\d{1,2})(?![\w%]|[/.,:-]\d|[ \t]*(?:inch|in\.|")|[ \t]+of\b)/g;
  for (const m of text.matchAll(slash)) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    if (a > 12 === b > 12 || a < 1 || b < 1 || m[0] === '24/7') continue;
    const [day, month] = dayAndMonth(a, b, false);
    pushYearless(m.index, m.index + m[0].length, month, day);
  }
  return out;
}
