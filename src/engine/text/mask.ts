import type { Span } from '../types';
import { captionFigureSpans, linkFigureSpans } from './captions';
import { datelineSpans } from './datelines';

/**
 * Text that is not prose a reader checks: code, URLs, e-mail addresses, front matter, markup,
 * and what the writer asked Crosscheck to skip. Masking replaces it with spaces (keeping line
 * breaks) so every later stage sees the same offsets as the document.
 */

const IGNORE_NEXT_LINE = /<!--\s*crosscheck-ignore-next-line\s*-->/g;
const DISABLE = /<!--\s*crosscheck-disable\s*-->/g;
const ENABLE = /<!--\s*crosscheck-enable\s*-->/g;

/** Patterns masked wherever they occur, in this order. */
const INLINE_PATTERNS: RegExp[] = [
  /`[^`\n]+`/g, // inline code
  /<!--[\s\S]*?-->/g, // comments
  /\]\([^)\s]*(?:\s+"[^"]*")?\)/g, // link targets: [text](target "title")
  /\b(?:https?|ftp):\/\/[^\s<>()"']+[^\s<>()"'.,;:!?]/gi, // URLs
  /\bwww\.[^\s<>()"']+[^\s<>()"'.,;:!?]/gi,
  /<\/?[a-zA-Z][^<>\n]*>/g, // HTML tags
];

/** Spans to blank out; overlapping and unsorted spans are fine. */
type Masks = Span[];

export function maskRange(masks: Masks, start: number, end: number): void {
  if (end > start) masks.push({ start, end });
}

/** The text with every masked span replaced by spaces, its line breaks kept. */
function applyMasks(text: string, masks: Masks): string {
  if (!masks.length) return text;
  masks.sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let at = 0;
  for (const m of masks) {
    const start = Math.max(m.start, at);
    const end = Math.min(m.end, text.length);
    if (end <= start) continue;
    parts.push(text.slice(at, start), text.slice(start, end).replace(/[^\r\n]/g, ' '));
    at = end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** The span of a YAML front matter block at the very start, or undefined. */
export function frontMatterEnd(text: string): number | undefined {
  const m = /^\uFEFF?---[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
  return m ? m[0].length : undefined;
}

function maskFencedCode(text: string, chars: Masks): void {
  const fence = /^[ \t]{0,3}(`{3,}|~{3,})[^\n]*$/gm;
  let open: { marker: string; start: number } | undefined;
  for (let m = fence.exec(text); m; m = fence.exec(text)) {
    const marker = m[1];
    if (!open) {
      open = { marker, start: m.index };
    } else if (marker[0] === open.marker[0] && marker.length >= open.marker.length && m[0].trim() === marker) {
      maskRange(chars, open.start, m.index + m[0].length);
      open = undefined;
    }
  }
  // An unclosed fence runs to the end of the document, as Markdown renders it.
  if (open) maskRange(chars, open.start, text.length);
}

function maskIgnoreDirectives(text: string, chars: Masks): void {
  for (const m of text.matchAll(IGNORE_NEXT_LINE)) {
    const afterComment = (m.index ?? 0) + m[0].length;
    const lineEnd = text.indexOf('\n', afterComment);
    if (lineEnd < 0) continue;
    // The next line that has text: blank lines between the comment and its target do not count.
    let start = lineEnd + 1;
    while (start < text.length) {
      const end = text.indexOf('\n', start);
      const stop = end < 0 ? text.length : end;
      if (text.slice(start, stop).trim()) {
        maskRange(chars, start, stop);
        break;
      }
      start = stop + 1;
    }
  }
  const enables = [...text.matchAll(ENABLE)].map((m) => m.index ?? 0);
  for (const m of text.matchAll(DISABLE)) {
    const from = m.index ?? 0;
    const until = enables.find((e) => e > from) ?? text.length;
    maskRange(chars, from, until);
  }
}

/** E-mail addresses, found from their '@' outwards: a pattern tried at every word of a book costs more than the rest of masking. */
function maskEmails(text: string, masks: Masks): void {
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && /[\w.+-]/.test(text[start - 1])) start--;
    let end = at + 1;
    while (end < text.length && /[\w.-]/.test(text[end])) end++;
    while (end > at + 1 && text[end - 1] === '.') end--; // a full stop after the address
    if (start < at && /^[\w-]+(?:\.[\w-]+)+$/.test(text.slice(at + 1, end))) maskRange(masks, start, end);
  }
}

/** The document with everything that is not checkable prose replaced by spaces. */
export function maskDocument(text: string): string {
  // Replacing code units one for one keeps the document's offsets, emoji and all.
  const chars: Masks = [];
  const fm = frontMatterEnd(text);
  if (fm !== undefined) maskRange(chars, 0, fm);
  maskFencedCode(text, chars);
  maskIgnoreDirectives(text, chars);
  maskEmails(text, chars);
  for (const d of datelineSpans(text)) maskRange(chars, d.start, d.end);
  for (const c of captionFigureSpans(text)) maskRange(chars, c.start, c.end);
  for (const c of linkFigureSpans(text)) maskRange(chars, c.start, c.end);
  for (const pattern of INLINE_PATTERNS) {
    for (const m of text.matchAll(pattern)) maskRange(chars, m.index ?? 0, (m.index ?? 0) + m[0].length);
  }
  return applyMasks(text, chars);
}
