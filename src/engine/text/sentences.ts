import type { Span } from '../types';
import { isDateOnly } from './dateLabel';

/** Words after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof sen rep gov gen col lt sgt capt adm maj cmdr pres st jr sr vs etc inc ltd co corp dept ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec no nos approx est fig u.s u.k u.n e.g i.e a.m p.m'
  ).split(' '),
);

const HEADING = /^[ \t]*#{1,6}\s/;
const BLOCK_START = /^[ \t]*(?:#{1,6}\s|[-*+]\s|\d+[.)]\s|>\s?|\|)/;

/** Paragraphs: runs of lines separated by blank lines; headings, list items and table rows stand alone. */
export function paragraphs(visible: string): Span[] {
  const out: Span[] = [];
  let start = -1;
  let lineStart = 0;
  while (lineStart <= visible.length) {
    const nl = visible.indexOf('\n', lineStart);
    const lineEnd = nl < 0 ? visible.length : nl;
    const line = visible.slice(lineStart, lineEnd);
    const blank = line.trim() === '';
    if (blank || BLOCK_START.test(line)) {
      if (start >= 0) out.push({ start, end: lastNonSpace(visible, start, lineStart) });
      start = blank ? -1 : lineStart;
      // A heading is one line: the next line starts a paragraph of its own.
      if (HEADING.test(line)) {
        out.push({ start: lineStart, end: lastNonSpace(visible, lineStart, lineEnd) });
        start = -1;
      }
    } else if (start < 0) {
      start = lineStart;
    }
    if (nl < 0) break;
    lineStart = nl + 1;
  }
  if (start >= 0) out.push({ start, end: lastNonSpace(visible, start, visible.length) });
  return out.filter((p) => p.end > p.start);
}

function lastNonSpace(text: string, from: number, to: number): number {
  let end = to;
  while (end > from && /\s/.test(text[end - 1])) end--;
  return end;
}

function endsWithAbbreviation(text: string, dot: number): boolean {
  const before = /([A-Za-z][A-Za-z.]*)$/.exec(text.slice(Math.max(0, dot - 12), dot));
  if (!before) return false;
  const word = before[1].toLowerCase();
  // A letter glued to a figure is its unit ("10.2p.", "a 5m."), not an initial.
  if (/\d$/.test(text.slice(0, dot - before[1].length))) return false;
  // A single capital letter is an initial ("Gerald R. Ford").
  return ABBREVIATIONS.has(word) || ABBREVIATIONS.has(word.replace(/\.$/, '')) || /^[a-z]$/.test(word);
}

/** Sentences within one paragraph span. */
export function sentencesIn(visible: string, para: Span): Span[] {
  const out: Span[] = [];
  let start = para.start;
  // Closing emphasis after the stop ("**Dead and missing.** At least...") ends a run-in label: a sentence of its own.
  const boundary = /[.!?…]+["'”’)\]*_]*(?=\s+["'“‘(*_]*[A-Z0-9])/g;
  boundary.lastIndex = para.start;
  for (let m = boundary.exec(visible); m && m.index < para.end; m = boundary.exec(visible)) {
    const mark = m[0].replace(/[*_]+$/, '');
    if (mark === '.' && endsWithAbbreviation(visible, m.index)) continue;
    if (mark !== m[0] && (isDateLabel(visible.slice(start, m.index)) || isFigureLabel(visible.slice(start, m.index)))) continue;
    const end = m.index + m[0].length;
    out.push({ start, end });
    start = end;
    while (start < para.end && /\s/.test(visible[start])) start++;
  }
  if (start < para.end) out.push({ start, end: para.end });
  return out;
}

/** A label that is only a date ("- **November 30.**") dates the sentence after it and stays joined to it. */
function isDateLabel(label: string): boolean {
  const bare = label.replace(/^[ \t]*(?:[-*+]|\d+[.)])[ \t]+/, '').replace(/^[*_]+/, '');
  return isDateOnly(bare);
}

/**
 * A run-in label that is only a figure and its noun ("**700 crowns.** The monthly saving on ...", "- **12 days.**")
 * heads a list of numbers: the sentence after it says what the figure is, so the two stay one.
 */
function isFigureLabel(label: string): boolean {
  const bare = label.replace(/^[ \t]*(?:[-*+]|\d+[.)])[ \t]+/, '').replace(/^[*_]+/, '');
  return FIGURE_ONLY.test(bare);
}

const FIGURE_ONLY = /^(?:about |around |some |nearly |more than |over )?[$£€¥₱]?\d[\d,.]*(?:[ \t]?(?:%|bn|m|k|million|billion))?(?:[ \t]+\p{L}+){0,2}$/iu;

export function sentences(visible: string): Span[] {
  return paragraphs(visible).flatMap((p) => sentencesIn(visible, p));
}
