// What a draft's layout says a figure is about beyond its own words: in a table, its row's label and its column's
// header; in a Q&A, the question the answer after it answers.

import type { Span } from '../types';
import type { Given } from '../match/frame';
import { tableCells } from './tables';

/** A question set as a line of its own, bold or a heading: "**How much will fares go up?**", "## Who pays?". */
const QUESTION_LINE = /^[ \t]*(?:#{1,6}[ \t]+(?:[*_]{2})?[^\n]*\?(?:[*_]{2})?|(\*\*|__)[^\n]*\?\1)[ \t]*$/;

/** The span is a question standing alone, as a Q&A sets its questions. */
export function isQuestionLine(visible: string, span: Span): boolean {
  return QUESTION_LINE.test(visible.slice(span.start, span.end));
}

/** A run-in question opening a paragraph: "**How much will fares go up?** By $2 a ride." */
function isRunInQuestion(visible: string, sentence: Span): boolean {
  return /^[ \t]*(\*\*|__)[^\n]*\?\1$/.test(visible.slice(sentence.start, sentence.end).trimEnd());
}

/**
 * A function giving each figure of a paragraph what its layout adds. `question` is a question line standing just before
 * the paragraph; a run-in question inside it works the same way. A question is the subject of its answer's first sentence.
 */
export function layoutOf(visible: string, para: Span, sentences: readonly Span[], question: Span | undefined): (claim: Span) => Given | undefined {
  const cells = tableCells(visible, para);
  const answered: { answer: Span; question: Span }[] = [];
  if (!cells.length) {
    if (question && sentences[0]) answered.push({ answer: sentences[0], question });
    sentences.forEach((s, i) => {
      if (i + 1 < sentences.length && isRunInQuestion(visible, s)) answered.push({ answer: sentences[i + 1], question: s });
    });
  }
  return (claim) => {
    const cell = cells.find((c) => claim.start >= c.span.start && claim.end <= c.span.end);
    if (cell) {
      // A cell's subject is its row's label, at full strength however many cells stand between them. A header that
      // says which side of a change the column gives, or that it holds dates, names no subject; another names what
      // the column's figures are ("Damage").
      const header = cell.header && !cell.role && !cell.dateColumn ? [cell.header] : [];
      return { subject: [...(cell.label ? [cell.label] : []), ...header], role: cell.role };
    }
    const qa = answered.find(({ answer }) => claim.start >= answer.start && claim.end <= answer.end);
    return qa ? { subject: [qa.question] } : undefined;
  };
}
