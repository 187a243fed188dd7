// Where a fact table can be cut into one piece per fact. `yaml`'s document model costs some seventy
// times the text it holds, so a 4 MB table parsed whole peaks near 300 MB; parsed a fact at a time,
// each piece's model is garbage before the next is built. Only the plain layout every writer and
// `crosscheck build` use is cut: block style, `facts:` as the last top-level key, no document markers.
// Anything else (and any piece that does not parse cleanly on its own) is read as one document.

/** A span of the table's text, as offsets [start, end). */
export interface TextSpan {
  start: number;
  end: number;
}

export interface TablePieces {
  /** Everything up to and including the `facts:` line: version, sources, comments. */
  head: TextSpan;
  /** One span per fact, from its id's line to the line before the next id (comments and blank lines included). */
  facts: TextSpan[];
}

const FACTS_LINE = /^facts:[ \t]*(?:#.*)?$/;
const DOCUMENT_MARKER = /^(?:---|\.\.\.)(?:\s|$)/;
/** A fact id's line must begin a plain or quoted key; anything else (lists, flow, anchors, tags, complex keys) is left whole. */
const KEY_START = /^[^\s\-?:,[\]{}#&*!|>%@`]|^-[^\s]/;

/** The pieces of `text`, or undefined when the table must be read as one document. */
export function splitFactPieces(text: string): TablePieces | undefined {
  let factsLineEnd = -1;
  let factIndent = -1;
  const facts: TextSpan[] = [];
  let lineStart = 0;
  while (lineStart < text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    const next = newline < 0 ? text.length : newline + 1;
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    if (factsLineEnd < 0) {
      if (DOCUMENT_MARKER.test(line) && lineStart > 0) return undefined;
      if (FACTS_LINE.test(line)) factsLineEnd = next;
      lineStart = next;
      continue;
    }
    const content = line.trimStart();
    const indent = line.length - content.length;
    if (content === '' || content.startsWith('#')) {
      lineStart = next;
      continue;
    }
    // A tab in the indentation, another top-level key or a second document: not the plain layout.
    if (/^ *\t/.test(line) || indent === 0) return undefined;
    if (factIndent < 0) factIndent = indent;
    if (indent < factIndent) return undefined;
    if (indent === factIndent) {
      if (!KEY_START.test(content)) return undefined;
      if (facts.length > 0) facts[facts.length - 1].end = lineStart;
      facts.push({ start: lineStart, end: text.length });
    }
    lineStart = next;
  }
  if (factsLineEnd < 0 || facts.length === 0) return undefined;
  return { head: { start: 0, end: factsLineEnd }, facts };
}
