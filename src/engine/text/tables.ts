// Markdown tables: "| Bus fare, adult | $2 | $3 |" under "| Fare | Before | After |". A row is read as a sentence; a
// cell is about its row's label (however many cells stand between them) and is what its column's header says.

import type { Span } from '../types';

/** Which side of a change a column's header puts its cells on. */
export type ColumnRole = 'from' | 'to';

export interface TableCell {
  /** The cell's text, without its pipes and the spaces around it. */
  span: Span;
  /** The first cell of the row, when this is another: what the row is about. */
  label?: Span;
  /** The header of the cell's column, when the row is under one. */
  header?: Span;
  /** "Before" / "After", "Old" / "New", "From" / "To", "Was" / "Now": the side of a change the column gives. */
  role?: ColumnRole;
  /** The column's header is "Date", "When", "Day"...: its cells are dates. */
  dateColumn: boolean;
}

const ROW = /^[ \t]*\|/;
const SEPARATOR = /^[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$/;
const FROM_HEADER = /^(?:before|old|from|was|previous(?:ly)?|prior|former|then|earlier)$/i;
const TO_HEADER = /^(?:after|new|to|now|current|later)$/i;
const DATE_HEADER = /^(?:date|dates|when|day|month|year)$/i;

/** The line of `visible` that holds `at`. */
function lineAt(visible: string, at: number): Span {
  const start = visible.lastIndexOf('\n', at - 1) + 1;
  const nl = visible.indexOf('\n', at);
  return { start, end: nl < 0 ? visible.length : nl };
}

/** A row's cells, trimmed; a cell with no text is still a cell, so columns keep their places. */
function rowCells(visible: string, row: Span): Span[] {
  const line = lineAt(visible, row.start);
  const text = visible.slice(line.start, line.end);
  const out: Span[] = [];
  let from = text.indexOf('|') + 1;
  for (let bar = text.indexOf('|', from); from > 0; bar = text.indexOf('|', from)) {
    const end = bar < 0 ? text.length : bar;
    let s = from;
    let e = end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    // The text after the last pipe is a cell only if it has words: "| a | b |" ends with an empty remainder.
    if (bar >= 0 || e > s) out.push({ start: line.start + s, end: line.start + e });
    if (bar < 0) break;
    from = bar + 1;
  }
  return out;
}

/** The header row of the table a row stands in: the row just above its separator line. */
function headerRow(visible: string, row: Span): Span | undefined {
  let line = lineAt(visible, row.start);
  while (line.start > 0) {
    const above = lineAt(visible, line.start - 1);
    const text = visible.slice(above.start, above.end);
    if (SEPARATOR.test(text)) {
      const head = above.start > 0 ? lineAt(visible, above.start - 1) : undefined;
      return head && ROW.test(visible.slice(head.start, head.end)) ? head : undefined;
    }
    if (!ROW.test(text)) return undefined;
    line = above;
  }
  return undefined;
}

/** The cells of a table row, each with its row's label and its column's header. None for a separator line. */
export function tableCells(visible: string, row: Span): TableCell[] {
  const line = lineAt(visible, row.start);
  const text = visible.slice(line.start, line.end);
  // Prose with a pipe in it ("A | B") is no table.
  if (!ROW.test(text) || SEPARATOR.test(text)) return [];
  const cells = rowCells(visible, row);
  const head = headerRow(visible, row);
  const headers = head ? rowCells(visible, head) : [];
  return cells.map((span, i) => {
    const header = headers[i] && headers[i].end > headers[i].start ? headers[i] : undefined;
    const name = header ? visible.slice(header.start, header.end).replace(/[*_]/g, '').trim() : '';
    return {
      span,
      label: i > 0 && cells[0].end > cells[0].start ? cells[0] : undefined,
      header,
      role: FROM_HEADER.test(name) ? 'from' : TO_HEADER.test(name) ? 'to' : undefined,
      dateColumn: DATE_HEADER.test(name),
    };
  });
}
