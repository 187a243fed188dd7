import * as vscode from 'vscode';
import type { FactTable, Finding } from '../engine';
import { toDiagnosticSeverity, type Settings } from './config';
import type { SourceLocator } from './sources';

/** Diagnostics remember the finding they came from, so code actions can find it again. */
export class FindingDiagnostic extends vscode.Diagnostic {
  constructor(
    range: vscode.Range,
    message: string,
    severity: vscode.DiagnosticSeverity,
    readonly finding: Finding,
  ) {
    super(range, message, severity);
  }
}

/** One diagnostic per finding, in the conventions of the spell checker and markdownlint: source, code with a link, related quotes. */
export function toDiagnostic(
  positionAt: (offset: number) => vscode.Position,
  finding: Finding,
  settings: Settings,
  table: { table: FactTable; path: string },
  locator: SourceLocator,
  readme: vscode.Uri,
): FindingDiagnostic | undefined {
  const severity = toDiagnosticSeverity(settings.severity[finding.verdict]);
  if (severity === undefined) return undefined;
  const range = new vscode.Range(positionAt(finding.start), positionAt(finding.end));
  const d = new FindingDiagnostic(range, finding.message, severity, finding);
  d.source = 'crosscheck';
  d.code = { value: finding.verdict, target: readme.with({ fragment: `verdicts-${finding.verdict}` }) };
  const fact = table.table.facts.find((f) => f.id === finding.factId);
  const related: vscode.DiagnosticRelatedInformation[] = [];
  for (const claim of fact?.claims ?? []) {
    const at = locator.locate(table.table, table.path, claim.source, claim.quote);
    if (at) related.push(new vscode.DiagnosticRelatedInformation(at, `${claim.source}: ${claim.quote}`));
  }
  if (related.length) d.relatedInformation = related;
  return d;
}
