import * as vscode from 'vscode';
import type { Fact, Finding, Source } from '../engine';
import { describeDated } from '../host/dated';
import type { CheckController } from './checker';
import { escapeMarkdown } from './markdown';

export const OPEN_FACT_COMMAND = 'crosscheck.openFact';

const VERDICT_TEXT: Record<Finding['verdict'], string> = {
  agrees: 'agrees with the sources',
  unsupported: 'says more than the sources support',
  disagrees: 'disagrees with the sources',
  contested: 'the sources disagree',
  misspelled: 'looks misspelled',
};

function quoteCell(text: string | undefined): string {
  return text ? `“${escapeMarkdown(text)}”` : '';
}

/** The card: the fact, the verdict, the cited value, and what each source says in its own words. */
export function hoverCard(finding: Finding, fact: Fact, sources: Map<string, Source>, tablePath: string, dated?: string): vscode.MarkdownString {
  const md = new vscode.MarkdownString(undefined, false);
  md.supportHtml = false;
  // Only our own command may run from the card; nothing the table contains is a link.
  md.isTrusted = { enabledCommands: [OPEN_FACT_COMMAND] };
  md.appendMarkdown(`**${escapeMarkdown(fact.label)}**  \n`);
  md.appendMarkdown(`Crosscheck: \`${finding.verdict}\`, ${VERDICT_TEXT[finding.verdict]}  \n`);
  md.appendMarkdown(`Cited value: **${escapeMarkdown(finding.cited)}**\n\n`);
  md.appendMarkdown('| Source | Says | Quote |\n|---|---|---|\n');
  for (const view of finding.sources) {
    const claim = fact.claims.find((c) => c.source === view.source);
    const title = sources.get(view.source)?.title ?? view.source;
    const mark = view.agrees ? '✓' : '✗';
    md.appendMarkdown(`| ${escapeMarkdown(title)} | ${mark} ${escapeMarkdown(view.value)} | ${quoteCell(claim?.quote)} |\n`);
  }
  // A date claim is judged against the day the draft was read against: the card says which.
  if (dated) md.appendMarkdown(`\n_${escapeMarkdown(dated)}_\n`);
  const args = encodeURIComponent(JSON.stringify([tablePath, fact.id]));
  md.appendMarkdown(`\n[Open fact in table](command:${OPEN_FACT_COMMAND}?${args} "Show ${escapeMarkdown(fact.id)} in the fact table")`);
  return md;
}

/** Hover cards on every matched claim, agreeing ones included. */
export class FindingHoverProvider implements vscode.HoverProvider {
  constructor(private readonly checker: CheckController) {}

  provideHover(doc: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const checked = this.checker.current(doc);
    const table = checked?.table.table;
    if (!checked || !table) return undefined;
    const offset = doc.offsetAt(position);
    const finding = checked.result.findings.find((f) => f.start <= offset && offset <= f.end);
    const fact = finding && table.facts.find((f) => f.id === finding.factId);
    if (!finding || !fact) return undefined;
    const range = new vscode.Range(doc.positionAt(finding.start), doc.positionAt(finding.end));
    return new vscode.Hover(hoverCard(finding, fact, table.sources, checked.table.path, describeDated(checked.result)), range);
  }
}
