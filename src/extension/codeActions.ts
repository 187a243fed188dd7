import * as vscode from 'vscode';
import type { Finding } from '../engine';
import { ignoreComment } from '../host/suppress';
import type { CheckController, DocumentCheck } from './checker';
import type { FindingDiagnostic } from './diagnostics';
import { OPEN_FACT_COMMAND } from './hover';
import { ACCEPT_ALIAS_COMMAND, ADD_TO_TABLE_COMMAND, unmatchedClaims, type ClaimRef } from './tableEdits';

export const APPLY_EDITS_COMMAND = 'crosscheck.applyEdits';
export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('crosscheck');

/** An edit together with the document version it was computed for. */
export interface GuardedEdits {
  uri: string;
  version: number;
  edits: { start: number; end: number; expected: string; text: string }[];
}

/**
 * Applies edits only to the text they were computed for: if the document has changed since,
 * nothing is overwritten and the writer is told why.
 */
export async function applyGuardedEdits(args: GuardedEdits): Promise<boolean> {
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === args.uri);
  const stale =
    !doc ||
    doc.version !== args.version ||
    args.edits.some((e) => doc.getText(new vscode.Range(doc.positionAt(e.start), doc.positionAt(e.end))) !== e.expected);
  if (!doc || stale) {
    void vscode.window.showWarningMessage('Crosscheck: the draft changed since this fix was computed, so nothing was replaced. Try again.');
    return false;
  }
  const edit = new vscode.WorkspaceEdit();
  for (const e of args.edits) edit.replace(doc.uri, new vscode.Range(doc.positionAt(e.start), doc.positionAt(e.end)), e.text);
  return vscode.workspace.applyEdit(edit);
}

const FIXABLE = new Set<Finding['verdict']>(['disagrees', 'unsupported', 'misspelled']);

/** Quick fixes per finding, and a fix-all source action, keyed by the verdict code as the diagnostics are. */
export class FindingCodeActions implements vscode.CodeActionProvider {
  static readonly providedCodeActionKinds = [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND];

  constructor(private readonly checker: CheckController) {}

  async provideCodeActions(doc: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    const checked = this.checker.current(doc);
    if (!checked) return [];
    const wants = (kind: vscode.CodeActionKind) => !context.only || context.only.contains(kind) || kind.contains(context.only);
    const actions: vscode.CodeAction[] = [];
    if (wants(vscode.CodeActionKind.QuickFix)) {
      // VS Code hands back copies of our diagnostics: find ours again by range and message.
      const ours = context.diagnostics.length
        ? checked.diagnostics.filter((d) => context.diagnostics.some((c) => c.source === 'crosscheck' && c.range.isEqual(d.range) && c.message === d.message))
        : checked.diagnostics.filter((d) => d.range.intersection(range) !== undefined);
      for (const d of ours) actions.push(...this.quickFixes(doc, checked, d));
      actions.push(...(await this.addToTableFixes(doc, range, context.triggerKind)));
    }
    if (wants(FIX_ALL_KIND)) {
      // A verdict set to `none` is hidden, and a fix-all must not change what the writer cannot see.
      const fixable = checked.result.findings.filter((f) => FIXABLE.has(f.verdict) && f.replacement !== null && f.severity !== 'none');
      if (fixable.length) {
        const action = new vscode.CodeAction('Fix all Crosscheck disagreements', FIX_ALL_KIND);
        action.command = this.applyCommand(
          doc,
          checked.version,
          fixable.map((f) => ({ finding: f, text: f.replacement ?? '' })),
        );
        actions.push(action);
      }
    }
    return actions;
  }

  /**
   * "Add to fact table" on each claim in the range that no fact covers. Those claims need a check that lists
   * claims: made when the writer asks (Ctrl+.), not for the light bulb on every cursor move, which uses one
   * already made.
   */
  private async addToTableFixes(doc: vscode.TextDocument, range: vscode.Range, trigger: vscode.CodeActionTriggerKind): Promise<vscode.CodeAction[]> {
    const checked = await this.checker.claimsOf(doc, trigger !== vscode.CodeActionTriggerKind.Invoke);
    if (!checked) return [];
    const start = doc.offsetAt(range.start);
    const end = doc.offsetAt(range.end);
    return unmatchedClaims(checked.result)
      .filter((c) => c.start <= end && start <= c.end)
      .map((claim) => {
        const action = new vscode.CodeAction(`Add to fact table: ${claim.text}`, vscode.CodeActionKind.QuickFix);
        const ref: ClaimRef = { uri: doc.uri.toString(), version: checked.basis.version, claim };
        action.command = { title: action.title, command: ADD_TO_TABLE_COMMAND, arguments: [ref] };
        return action;
      });
  }

  private applyCommand(doc: vscode.TextDocument, version: number, fixes: { finding: Finding; text: string }[]): vscode.Command {
    const args: GuardedEdits = {
      uri: doc.uri.toString(),
      version,
      edits: fixes.map(({ finding, text }) => ({ start: finding.start, end: finding.end, expected: finding.text, text })),
    };
    return { title: 'Apply', command: APPLY_EDITS_COMMAND, arguments: [args] };
  }

  private quickFixes(doc: vscode.TextDocument, checked: DocumentCheck, d: FindingDiagnostic): vscode.CodeAction[] {
    const { version } = checked;
    const f = d.finding;
    const out: vscode.CodeAction[] = [];
    const fix = (title: string, text: string, preferred = false) => {
      const a = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
      a.diagnostics = [d];
      a.isPreferred = preferred;
      a.command = this.applyCommand(doc, version, [{ finding: f, text }]);
      out.push(a);
    };
    if (f.verdict === 'contested') {
      for (const alt of f.alternatives ?? []) {
        if (alt.replacement !== null && alt.replacement !== f.text) fix(`Use ${alt.replacement} (${alt.sources.join(', ')})`, alt.replacement);
      }
    } else if (f.replacement !== null && f.verdict !== 'agrees') {
      fix(`Replace with cited value ${f.replacement}`, f.replacement, true);
    }
    const fact = checked.table.table?.facts.find((x) => x.id === f.factId);
    if (f.verdict === 'misspelled' && fact?.kind === 'entity') {
      // The writer says the name is right as written: the table learns it, and every draft citing it agrees.
      const accept = new vscode.CodeAction(`Accept as an alias of ${fact.value ?? fact.label}`, vscode.CodeActionKind.QuickFix);
      accept.diagnostics = [d];
      accept.command = { title: accept.title, command: ACCEPT_ALIAS_COMMAND, arguments: [checked.table.path, fact.id, f.text] };
      out.push(accept);
    }
    const line = doc.lineAt(d.range.start.line);
    const indent = line.text.slice(0, line.firstNonWhitespaceCharacterIndex);
    // The comment names this claim (its fact, or its text): a Markdown paragraph is one line, and a bare comment would hide all of it.
    const sameLine = checked.result.findings.filter((o) => doc.positionAt(o.start).line === line.lineNumber);
    const ignore = new vscode.CodeAction('Ignore this claim', vscode.CodeActionKind.QuickFix);
    ignore.diagnostics = [d];
    ignore.edit = new vscode.WorkspaceEdit();
    ignore.edit.insert(doc.uri, line.range.start, `${indent}${ignoreComment(f, sameLine)}\n`);
    out.push(ignore);
    const show = new vscode.CodeAction('Show fact in table', vscode.CodeActionKind.QuickFix);
    show.diagnostics = [d];
    show.command = { title: 'Show fact in table', command: OPEN_FACT_COMMAND, arguments: [checked.table.path, f.factId] };
    out.push(show);
    return out;
  }
}
