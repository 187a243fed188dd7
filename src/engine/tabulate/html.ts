// HTML source articles become plain text before anything is extracted: the builder reads prose, and
// quotes must be verbatim from what a reader sees, not from markup.

/** Elements whose content is never prose a reader sees. */
const HIDDEN = /<(script|style|noscript|template|svg|head|iframe|object)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
/** Elements that end a line of text: a paragraph, a heading, a list item, a table row. */
const BLOCK =
  /<\/?(?:p|div|section|article|header|footer|aside|main|nav|blockquote|pre|ul|ol|li|dl|dt|dd|table|thead|tbody|tr|td|th|figure|figcaption|h[1-6]|hr|br|title)\b[^>]*>/gi;

const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  middot: '·',
  bull: '•',
  euro: '€',
  pound: '£',
  yen: '¥',
  cent: '¢',
  copy: '©',
  reg: '®',
  trade: '™',
  deg: '°',
  times: '×',
  shy: '',
  zwj: '',
  zwnj: '',
};

/** Decodes character references: numeric ones always, named ones from a small table (others stay as written). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    const accented = /^([a-z])(acute|grave|circ|uml|tilde|cedil)$/i.exec(ref);
    if (accented) {
      const mark = { acute: '\u0301', grave: '\u0300', circ: '\u0302', uml: '\u0308', tilde: '\u0303', cedil: '\u0327' }[accented[2].toLowerCase() as 'acute'];
      return (accented[1] + mark).normalize('NFC');
    }
    return NAMED[ref] ?? NAMED[ref.toLowerCase()] ?? whole;
  });
}

/** The `<title>` or first `<h1>` of a page, as text. */
export function htmlTitle(html: string): string | undefined {
  for (const re of [/<h1\b[^>]*>([\s\S]*?)<\/h1\s*>/i, /<title\b[^>]*>([\s\S]*?)<\/title\s*>/i]) {
    const m = re.exec(html);
    const text = m ? collapse(decodeEntities(m[1].replace(/<[^>]*>/g, ''))) : '';
    if (text) return text;
  }
  return undefined;
}

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * The visible text of an HTML page: hidden elements and comments dropped, block elements on lines of their
 * own (so paragraphs stay paragraphs for the sentence splitter), inline tags removed, entities decoded.
 */
export function htmlToText(html: string): string {
  const body = html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, ' ')
    .replace(/<!doctype[^>]*>/gi, ' ')
    .replace(HIDDEN, ' ')
    .replace(BLOCK, '\n\n')
    .replace(/<\/?[a-z][^>]*>/gi, '');
  const lines = decodeEntities(body)
    .split('\n')
    .map((l) => l.replace(/[ \t\u00a0\r\f\v]+/g, ' ').trim());
  // Block tags leave runs of blank lines; one blank line is a paragraph break.
  return (
    lines
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim() + '\n'
  );
}

export function looksLikeHtml(path: string, text: string): boolean {
  if (/\.x?html?$/i.test(path)) return true;
  return /^\s*(?:<!doctype html|<html\b)/i.test(text);
}
