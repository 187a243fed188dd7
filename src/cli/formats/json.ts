import { LineIndex } from '../../engine';
import { totalSummary, type FileReport } from '../report';

/** The documented JSON shape (version 1); keys may be added, never renamed. */
export function formatJson(files: FileReport[]): string {
  const out = {
    version: 1,
    files: files.map((file) => {
      const index = new LineIndex(file.text);
      return {
        path: file.path,
        documentDate: file.result.documentDate,
        dated: file.result.dated,
        unresolvedRelative: file.result.unresolvedRelative,
        findings: file.result.findings.map((f) => ({
          verdict: f.verdict,
          severity: f.severity,
          factId: f.factId,
          kind: f.claim.kind,
          text: f.text,
          start: f.start,
          end: f.end,
          range: { start: index.position(f.start), end: index.position(f.end) },
          message: f.message,
          cited: f.cited,
          replacement: f.replacement,
          sources: f.sources,
          alternatives: f.alternatives,
        })),
      };
    }),
    summary: totalSummary(files),
  };
  return JSON.stringify(out, null, 2) + '\n';
}
