import type { NameInRun } from '../cache';
import type { EntityClaim, Span } from '../types';
import type { SpanSet } from '../text/spans';
import { capitalizedRuns, nlpEntities } from './entities';

/** Function words that open sentences with a capital letter without being names. */
const SENTENCE_OPENERS = new Set(
  (
    'a an the and but or nor so yet for in on at by to of from with without into onto over under after before since until ' +
    'when while where if as though although because once then now today yesterday tomorrow meanwhile however still also ' +
    'he she it they we i you his her its their our my your this that these those there here some many most all both each ' +
    'every other another such no not one two three four five six seven eight nine ten what which who why how according ' +
    'asked speaking earlier later last next first finally instead despite during among about'
  ).split(' '),
);

/** compromise's names inside one run of capitalised words, computed once per distinct run text. */
export function namesInRun(run: string, memo: Map<string, readonly NameInRun[]>): readonly NameInRun[] {
  let found = memo.get(run);
  if (!found) {
    found = nlpEntities(run, { start: 0, end: run.length }).map((m) => ({ start: m.start, end: m.end, entityType: m.entityType }));
    memo.set(run, found);
  }
  return found;
}

/**
 * Names the table does not know. Name recognition costs far more than everything else, so it runs
 * only where a name can be: on each run of capitalised words that is not a known name, a date or a
 * function word opening a sentence, and only once per distinct run (a story repeats its names), so
 * the result for a run depends on its text alone.
 */
export function unknownNames(visible: string, sentence: Span, known: SpanSet<Span>, memo: Map<string, readonly NameInRun[]>): EntityClaim[] {
  const out: EntityClaim[] = [];
  for (const run of capitalizedRuns(visible, sentence)) {
    const opener = run.length === 1 && run[0].start === sentence.start && SENTENCE_OPENERS.has(run[0].text.toLowerCase());
    if (opener || run.every((w) => known.has(w))) continue;
    const start = run[0].start;
    const text = visible.slice(start, run[run.length - 1].end);
    for (const n of namesInRun(text, memo)) {
      const span = { start: start + n.start, end: start + n.end };
      if (known.has(span)) continue;
      const name = visible.slice(span.start, span.end);
      out.push({ kind: 'entity', name, entityType: n.entityType, text: name, ...span, sentence, bound: 'exact' });
    }
  }
  return out;
}
