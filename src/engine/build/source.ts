// One source article as the builder sees it: plain prose, a stable id, a title, and the date its
// relative expressions ("on Sunday", "last week") are resolved against.

import { findDocumentDate } from '../extract/dates';
import { frontMatterEnd } from '../text/mask';
import { htmlTitle, htmlToText, looksLikeHtml } from './html';
import { slugify, uniqueId } from './ids';

/** What a caller hands the builder: the source's path as it should appear in the table, and its text. */
export interface SourceText {
  path: string;
  text: string;
}

export interface SourceInfo {
  id: string;
  title: string;
  /** YYYY-MM-DD, when the source states its own date. */
  published?: string;
  path: string;
  /** The prose the claims are read from (HTML already reduced to text). Quotes are verbatim from it. */
  text: string;
  /** Offsets of the dateline that gave `published`: its date is the article's, not a claim. */
  dateline?: { start: number; end: number };
}

/** A dateline is a short line; a full date inside a long paragraph is news, not the article's date. */
const MAX_DATELINE = 100;
const HEAD_LINES = 6;

interface Line {
  text: string;
  start: number;
}

function lines(text: string, from: number): Line[] {
  const out: Line[] = [];
  const re = /[^\n]*(?:\n|$)/g;
  re.lastIndex = from;
  for (let m = re.exec(text); m && m[0] !== ''; m = re.exec(text)) {
    out.push({ text: m[0].replace(/\r?\n$/, ''), start: m.index });
  }
  return out;
}

function frontMatterField(text: string, keys: readonly string[]): string | undefined {
  const end = frontMatterEnd(text);
  if (end === undefined) return undefined;
  const block = text.slice(0, end);
  for (const key of keys) {
    const m = new RegExp(`^${key}[ \\t]*:[ \\t]*(.+?)[ \\t]*$`, 'im').exec(block);
    if (m) return m[1].replace(/^(["'])(.*)\1$/, '$2').trim();
  }
  return undefined;
}

const MIN_TITLE_WORDS = 4;

function wordCount(line: string): number {
  return (line.match(/\p{L}[\p{L}\p{M}'’-]*/gu) ?? []).length;
}

/** The title: front matter, else the first Markdown heading, else the first line with words in it. */
function findTitle(text: string, html: string | undefined): string {
  const fromMatter = frontMatterField(text, ['title']);
  if (fromMatter) return fromMatter;
  if (html !== undefined) {
    const t = htmlTitle(html);
    if (t) return t;
  }
  const body = lines(text, frontMatterEnd(text) ?? 0).map((l) => l.text.trim());
  const heading = body.find((l) => /^#{1,6}\s+\S/.test(l));
  // Pages saved as text open with section names and menu items ("Politics", "Navigation"): a title has a few words.
  const first = heading ?? body.find((l) => wordCount(l) >= MIN_TITLE_WORDS) ?? body.find((l) => /\p{L}/u.test(l)) ?? '';
  const title = first.replace(/^#{1,6}\s+/, '').replace(/[*_`]/g, '').trim();
  // A first line that is a whole paragraph is cut at a word so the table stays readable.
  return title.length > 100 ? `${title.slice(0, 100).replace(/\s+\S*$/, '')}…` : title || 'Untitled source';
}

/** The article's own date: front matter, else a short dateline among the first lines; never a date from the prose. */
function findPublished(text: string): { date: string; line?: Line } | undefined {
  const fromMatter = frontMatterField(text, ['date', 'published', 'pubdate', 'published_at']);
  if (fromMatter) {
    const date = findDocumentDate(`---\ndate: ${fromMatter}\n---\n`);
    if (date) return { date };
  }
  const head = lines(text, frontMatterEnd(text) ?? 0)
    .filter((l) => l.text.trim() !== '')
    .slice(0, HEAD_LINES);
  for (const line of head) {
    if (line.text.trim().length > MAX_DATELINE) continue;
    const date = findDocumentDate(line.text);
    if (date) return { date, line };
  }
  return undefined;
}

/** The stem of a file name, or undefined when it is machine-made (a hash, a number) and says nothing. */
function nameFromPath(path: string): string | undefined {
  const base = path.split(/[\\/]/).pop() ?? '';
  const stem = base.replace(/\.[^.]*$/, '');
  const slug = slugify(stem);
  if (!slug || /[0-9a-f]{8,}/i.test(stem) || !/[a-z]{3,}/.test(slug)) return undefined;
  return slug.split('-').slice(0, 4).join('-');
}

const TITLE_SKIP = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'as', 'by', 'with', 'from', 'is', 'are']);

function nameFromTitle(title: string): string {
  const words = slugify(title).split('-').filter((w) => w && !TITLE_SKIP.has(w));
  return words.slice(0, 3).join('-') || 'source';
}

/** Reads each source; ids are unique and depend only on the sources, in the order given. */
export function readSources(inputs: readonly SourceText[], taken: ReadonlySet<string> = new Set()): SourceInfo[] {
  const used = new Set(taken);
  return inputs.map((input) => {
    const raw = input.text.replace(/^\uFEFF/, '');
    const html = looksLikeHtml(input.path, raw) ? raw : undefined;
    const text = html !== undefined ? htmlToText(html) : raw;
    const title = findTitle(text, html);
    const id = uniqueId(nameFromPath(input.path) ?? nameFromTitle(title), used);
    used.add(id);
    const info: SourceInfo = { id, title, path: input.path, text };
    const published = findPublished(text);
    if (published) {
      info.published = published.date;
      if (published.line) info.dateline = { start: published.line.start, end: published.line.start + published.line.text.length };
    }
    return info;
  });
}
