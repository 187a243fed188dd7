// One source article as the builder sees it: plain prose, a stable id, a title, and the date its
// relative expressions ("on Sunday", "last week") are resolved against.

import { documentDateIn, findDocumentDate } from '../extract/dates';
import { datelineSpans } from '../text/datelines';
import { LineIndex } from '../text/lines';
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
  /** The outlet or wire service, when the text names it: a credit "(AP)", or a title's " | Site" part. */
  publisher?: string;
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

/**
 * A date a page was stored with, written before its text ("date 2018-09-14 Manila, ..."): not the headline,
 * and the page's own date only when the text gives none.
 */
const STORED_DATE = /^[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})\b[ \t]*/i;

/** Lines of site navigation that come before a saved page's headline. */
const FURNITURE = /^(?:skip to (?:main )?content|skip navigation|jump to|menu|navigation|search|sign in|log in|subscribe|advertisement|share|home)\b/i;

const PLACE = String.raw`\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*){0,2}`;
const CREDIT = String.raw`\((\p{Lu}[\p{L}]*(?:[ \t]\p{Lu}[\p{L}]*){0,2})\)`;
const DAY = String.raw`\p{Lu}\p{Ll}{2,8}\.?[ \t]+\d{1,2}`;
/**
 * A dateline opening the story, with the wire credit in brackets when there is one: a place (and its
 * country) before a dash ("LONDON (AP) —", "Caracas, Venezuela –"), or a place and a day ("Manila, Sep 16 (IANS)").
 */
const DATELINES = [
  new RegExp(String.raw`^${PLACE}(?:,[ \t]+${PLACE})?(?:,?[ \t]+${DAY})?[ \t]*(?:${CREDIT})?[ \t]*[—–-][ \t]+`, 'u'),
  new RegExp(String.raw`^${PLACE}(?:,[ \t]+${PLACE})?,[ \t]+${DAY}[ \t]*(?:${CREDIT})?[ \t]+`, 'u'),
];

function dateline(line: string): RegExpExecArray | undefined {
  for (const re of DATELINES) {
    const m = re.exec(line);
    if (m) return m;
  }
  return undefined;
}

/** A line with its stored-date prefix and dateline taken off: what is left of it as prose. */
function withoutPrefixes(line: string): string {
  const rest = line.replace(STORED_DATE, '');
  const m = dateline(rest);
  return m ? rest.slice(m[0].length) : rest;
}

/** The first sentence of a long line, cut at a word when even that is long, so the table stays readable. */
function shortTitle(line: string): string {
  // A sentence ends where the next one starts with a capital: "Russia... and" goes on.
  const sentence = /^(.{20,}?[.!?])(?=\s+["“‘]?\p{Lu}|$)/u.exec(line)?.[1] ?? line;
  return sentence.length > 100 ? `${sentence.slice(0, 100).replace(/\s+\S*$/, '')}…` : sentence;
}

/** A title's " | Site name" or " - Site name" ending: the site, when the rest is the headline. */
function splitSiteName(title: string): { title: string; site?: string } {
  const m = /^(.{12,}?)[ \t]+[|–—-][ \t]+(\p{Lu}[\p{L}&.'’ ]{1,40})$/u.exec(title);
  return m ? { title: m[1].trim(), site: m[2].trim() } : { title };
}

/** The title: front matter, else the first Markdown heading, else the first line with words in it. */
function findTitle(text: string, html: string | undefined): string {
  const fromMatter = frontMatterField(text, ['title']);
  if (fromMatter) return fromMatter;
  if (html !== undefined) {
    const t = htmlTitle(html);
    if (t) return t;
  }
  const body = lines(text, frontMatterEnd(text) ?? 0)
    .map((l) => withoutPrefixes(l.text.trim()).trim())
    .filter((l) => !FURNITURE.test(l));
  const heading = body.find((l) => /^#{1,6}\s+\S/.test(l));
  // Pages saved as text open with section names and menu items ("Politics", "Navigation"): a title has a few words.
  const first = heading ?? body.find((l) => wordCount(l) >= MIN_TITLE_WORDS) ?? body.find((l) => /\p{L}/u.test(l)) ?? '';
  const title = first
    .replace(/^#{1,6}\s+/, '')
    .replace(/[*_`]/g, '')
    .trim();
  // A first line that is a whole paragraph: its first sentence names the story.
  return shortTitle(title) || 'Untitled source';
}

/** The outlet, from a wire credit in the opening dateline ("LONDON (AP) —") or a title's site ending. */
function findPublisher(text: string, title: string): string | undefined {
  const site = splitSiteName(title).site;
  if (site) return site;
  const head = lines(text, frontMatterEnd(text) ?? 0)
    .map((l) => l.text.trim().replace(STORED_DATE, ''))
    .filter((l) => l !== '')
    .slice(0, HEAD_LINES);
  for (const line of head) {
    const credit = dateline(line)?.[1];
    if (credit) return credit;
  }
  return undefined;
}

/** The article's own date: front matter, else a short dateline among the first lines; never a date from the prose. */
function findPublished(text: string): { date: string; line?: Line } | undefined {
  const fromMatter = frontMatterField(text, ['date', 'published', 'pubdate', 'published_at']);
  if (fromMatter) {
    const date = findDocumentDate(`---\ndate: ${fromMatter}\n---\n`);
    if (date) return { date };
  }
  // The checker's own reading of the page's date first, so a source is dated as a draft would be: a wire
  // dateline ("Manila, Sep 16 (IANS)") over a stored-page date line before it.
  const own = documentDateIn(text);
  if (own?.line !== undefined) {
    const index = new LineIndex(text);
    const spans = datelineSpans(text).filter((sp) => index.position(sp.start).line + 1 === own.line);
    if (spans.length) {
      const start = Math.min(...spans.map((sp) => sp.start));
      const end = Math.max(...spans.map((sp) => sp.end));
      return { date: own.date, line: { text: text.slice(start, end), start } };
    }
  }
  const head = lines(text, frontMatterEnd(text) ?? 0)
    .filter((l) => l.text.trim() !== '')
    .slice(0, HEAD_LINES);
  for (const line of head) {
    if (line.text.trim().length > MAX_DATELINE) continue;
    const date = findDocumentDate(line.text);
    if (date) return { date, line };
  }
  const first = head[0];
  const stored = first && STORED_DATE.exec(first.text);
  if (first && stored) {
    const at = first.text.indexOf(stored[1]);
    return { date: stored[1], line: { text: first.text.slice(0, at + stored[1].length), start: first.start } };
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
  const words = slugify(title)
    .split('-')
    .filter((w) => w && !TITLE_SKIP.has(w));
  return words.slice(0, 3).join('-') || 'source';
}

/** Reads each source; ids are unique and depend only on the sources, in the order given. */
export function readSources(inputs: readonly SourceText[], taken: ReadonlySet<string> = new Set()): SourceInfo[] {
  const used = new Set(taken);
  return inputs.map((input) => {
    const raw = input.text.replace(/^\uFEFF/, '');
    const html = looksLikeHtml(input.path, raw) ? raw : undefined;
    const text = html !== undefined ? htmlToText(html) : raw;
    const found = findTitle(text, html);
    const publisher = findPublisher(text, found);
    const title = splitSiteName(found).title;
    // A file name a person chose says most; else the outlet; else the headline's words.
    const id = uniqueId(nameFromPath(input.path) ?? (publisher ? slugify(publisher) : undefined) ?? nameFromTitle(title), used);
    used.add(id);
    const info: SourceInfo = { id, title, path: input.path, text };
    if (publisher) info.publisher = publisher;
    const published = findPublished(text);
    if (published) {
      info.published = published.date;
      if (published.line) info.dateline = { start: published.line.start, end: published.line.start + published.line.text.length };
    }
    return info;
  });
}
