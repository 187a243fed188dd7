import { FAILING_VERDICTS, LineIndex, type Finding } from '../../engine';
import { totalSummary, type FileReport } from '../report';

/** `flags`: what fails the check; by default also contested claims; `all` adds the claims that agree. */
export type Shown = 'flags' | 'flags and contested' | 'all';

function shows(f: Finding, shown: Shown): boolean {
  if (shown === 'all') return true;
  if (f.severity === 'none') return false;
  return FAILING_VERDICTS.has(f.verdict) || (shown === 'flags and contested' && f.verdict === 'contested');
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * `path:line:col: severity verdict: message [fact-id]`, the shape problem matchers and editors read,
 * then (unless only flags are shown) one summary line naming the tables used.
 */
export function formatText(files: FileReport[], shown: Shown = 'flags and contested'): string {
  const lines: string[] = [];
  for (const file of files) {
    // --quiet prints flags only: not which date each file was read against.
    const dated = shown === 'flags' ? undefined : datedLine(file);
    if (dated) lines.push(dated);
    const index = new LineIndex(file.text);
    for (const f of file.result.findings) {
      if (!shows(f, shown)) continue;
      const pos = index.position(f.start);
      lines.push(`${file.path}:${pos.line + 1}:${pos.character + 1}: ${f.severity === 'none' ? 'hint' : f.severity} ${f.verdict}: ${f.message} [${f.factId}]`);
    }
  }
  if (shown !== 'flags') {
    const s = totalSummary(files);
    const tables = [...new Set(files.map((f) => f.table).filter((t): t is string => t !== undefined))];
    const against = tables.length ? `; ${tables.length === 1 ? 'table' : 'tables'} ${tables.join(', ')}` : '';
    lines.push(
      `${plural(s.files, 'file')}, ${plural(s.claims, 'claim')}, ${s.matched} matched: ${s.disagrees} disagree, ` +
        `${s.unsupported} unsupported, ${s.misspelled} misspelled, ${s.contested} contested, ${s.agrees} agree${against}`,
    );
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}

/** Which date the file was read against and why, or how many relative dates went unresolved without one. */
function datedLine(file: FileReport): string | undefined {
  const d = file.result.dated;
  if (d) return `${file.path}: dated ${d.date} (${d.origin}${d.line ? `, line ${d.line}` : ''})`;
  const n = file.result.unresolvedRelative;
  if (!n) return undefined;
  return `${file.path}: no date known, ${n} relative date${n === 1 ? '' : 's'} not checked; give one with front matter 'date:', --date or the crosscheck.date setting`;
}
