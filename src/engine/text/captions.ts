// Photo captions and credits: a page's pictures, not its story; and lines a page prints twice. A caption's date ("Rescuers carry a boy on
// August 3, 2014") is when the picture was taken, and its figures are rarely the story's. Masked like code.

import type { Span } from '../types';

/** A credit marks its line as a caption: "(Photo: ...)", "Picture: ...", "AP Photo/...", "Getty Images". */
const CREDIT = /\((?:photo|picture|image|file photo)s?\s*:|\b(?:photo|picture|photograph|image|credit)s?\s*:\s*\S|\b(?:AP|AFP|EPA|Reuters|REUTERS)\s*(?:Photo|\/)|Getty Images|\bPhoto by\b/i;
/** A caption is a line, not a paragraph of story: longer lines with a credit word are prose that mentions one. */
const MAX_CAPTION = 320;
/** A line a page prints twice (an image's alt text and its caption, a summary over the story) is read once, where it
 *  first stands: its claims are reported once, not twice. */
const MIN_REPEATED = 40;

export function captionSpans(text: string): Span[] {
  const out: Span[] = [];
  const seen = new Map<string, Span>();
  let at = 0;
  for (const line of text.split('\n')) {
    const span = { start: at, end: at + line.length };
    at += line.length + 1;
    const body = line.trim();
    if (!body) continue;
    if (body.length <= MAX_CAPTION && CREDIT.test(body)) out.push(span);
    if (body.length >= MIN_REPEATED) {
      if (seen.has(body)) out.push(span);
      else seen.set(body, span);
    }
  }
  return out;
}
