// What the user decided applies to the engine's result the same way in the CLI and the editor:
// configured severities, and the findings their comments suppress.
import type { CheckResult, Summary } from '../engine';
import type { Severities } from './defaults';
import { unsuppressed } from './suppress';

export function applyDecisions(text: string, result: CheckResult, severity: Severities): CheckResult {
  const findings = unsuppressed(text, result.findings).map((f) => (f.severity === severity[f.verdict] ? f : { ...f, severity: severity[f.verdict] }));
  if (findings.length === result.findings.length && findings.every((f, i) => f === result.findings[i])) return result;
  const summary: Summary = { ...result.summary, matched: findings.length, agrees: 0, contested: 0, unsupported: 0, disagrees: 0, misspelled: 0 };
  for (const f of findings) summary[f.verdict]++;
  return { ...result, findings, summary };
}
