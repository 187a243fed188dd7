// Photo captions and credits: a page's pictures, not its story. A caption's date ("Rescuers carry a boy on
// August 3, 2014") is when the picture was taken, and its figures are rarely the story's. Masked like code.

import type { Span } from '../types';

/** A credit marks its line as a caption: "(Photo: ...)", "Picture: ...", "AP Photo/...", "Getty Images". */
const CREDIT =
  /\((?:photo|picture|image|file photo)s?\s*:|\b(?:photo|picture|photograph|image|credit)s?\s*:\s*\S|\b(?:AP|AFP|EPA|Reuters|REUTERS)\s*(?:Photo|\/)|Getty Images|\bPhoto by\b/i;
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?)';
/** A caption is a line, not a paragraph of story: longer lines with a credit word are prose that mentions one. */
const MAX_CAPTION = 320;

/** The words of a caption that date or count: the picture's, not the story's. */
const CAPTION_FIGURE =
  /\d[\d,.:]*|\b(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?(?![\p{L}-])|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today|tonight|tomorrow)\b/gu;

/**
 * What a caption says that is about the picture: its dates and figures ("Rescuers carry a boy on August 3,
 * 2014" was taken then). Its names stay: they are who is pictured, and the source does name them.
 */
export function captionFigureSpans(text: string): Span[] {
  const out: Span[] = [];
  for (const line of captionLines(text)) {
    for (const m of text.slice(line.start, line.end).matchAll(CAPTION_FIGURE)) {
      const start = line.start + (m.index ?? 0);
      out.push({ start, end: start + m[0].length });
    }
  }
  return out;
}

/**
 * A list of links to other stories ("- Ferry fares rise again (4 March 2030)", "Port strike ends (Jan. 27)"): a
 * line whose end is the date its story was published, in brackets, with or without its year. A sentence ends
 * on its stop, after any bracket; a headline has none. Its date and figures are that story's.
 */
const LINK_DATE = String.raw`(?:\d{1,2}[ \t]+${MONTH}(?:[ \t]+\d{4})?|${MONTH}[ \t]+\d{1,2}(?:,?[ \t]+\d{4})?|\d{4}-\d\d-\d\d)`;
const DATED_LINK = new RegExp(String.raw`^[ \t]*(?:(?:[-*+•]|\d+[.)])[ \t]+)?[^\n]*\(${LINK_DATE}\)[ \t]*$`, 'u');
/** A stop inside the line before its bracket: a paragraph of sentences, not one headline. */
const INNER_STOP = /\p{Ll}{2,}[.!?]["'”’]?[ \t]+\p{Lu}/u;

/** The figures and dates of every line that is a dated link to another story. */
export function linkFigureSpans(text: string): Span[] {
  const out: Span[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    if (DATED_LINK.test(line) && !INNER_STOP.test(line)) {
      for (const m of line.matchAll(CAPTION_FIGURE)) out.push({ start: at + (m.index ?? 0), end: at + (m.index ?? 0) + m[0].length });
    }
    at += line.length + 1;
  }
  return out;
}

/** Lines with a photo credit. */
export function captionLines(text: string): Span[] {
  const out: Span[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    const body = line.trim();
    if (body && body.length <= MAX_CAPTION && CREDIT.test(body)) out.push({ start: at, end: at + line.length });
    at += line.length + 1;
  }
  return out;
}
