import { LineIndex } from '../../engine';
import { totalSummary, type FileReport } from '../report';

/** `path:line:col: severity verdict: message [fact-id]`, the shape problem matchers and editors read. */
export function formatText(files: FileReport[], options: { showAgreeing?: boolean } = {}): string {
  const lines: string[] = [];
  for (const file of files) {
    const dated = datedLine(file);
    if (dated) lines.push(dated);
    const index = new LineIndex(file.text);
    for (const f of file.result.findings) {
      if (f.verdict === 'agrees' && !options.showAgreeing) continue;
      const pos = index.position(f.start);
      lines.push(`${file.path}:${pos.line + 1}:${pos.character + 1}: ${f.severity} ${f.verdict}: ${f.message} [${f.factId}]`);
    }
  }
  const s = totalSummary(files);
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  lines.push(
    `${plural(s.files, 'file')}, ${plural(s.claims, 'claim')}, ${s.matched} matched: ${s.disagrees} disagree, ` +
      `${s.unsupported} unsupported, ${s.misspelled} misspelled, ${s.contested} contested, ${s.agrees} agree`,
  );
  return lines.join('\n') + '\n';
}

/** Which date the file was read against and why, or how many relative dates went unresolved without one. */
function datedLine(file: FileReport): string | undefined {
  const d = file.result.dated;
  if (d) return `${file.path}: dated ${d.date} (${d.origin}${d.line ? `, line ${d.line}` : ''})`;
  const n = file.result.unresolvedRelative;
  if (!n) return undefined;
  return `${file.path}: no date known, ${n} relative date${n === 1 ? '' : 's'} not checked; give one with front matter 'date:', --date or the crosscheck.date setting`;
}
