import * as vscode from 'vscode';
import { describeClaims, describeValue } from '../engine';
import type { CheckController } from './checker';

/** Crosscheck: Show Claims in This File: every claim the engine read, matched or not; picking one jumps to it. */
export async function showClaimsCommand(checker: CheckController): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  const doc = editor?.document;
  // Claims are listed from a check of their own: the live checks send only findings across threads.
  const checked = doc && checker.isDraft(doc) ? await checker.checkText(`claims:${doc.uri.toString()}`, doc.uri, doc.getText(), true) : undefined;
  if (!editor || !doc || !checked) {
    void vscode.window.showInformationMessage('Crosscheck: open a draft that has a fact table to see its claims.');
    return;
  }
  const items = describeClaims(checked.result).map((r) => ({
    label: r.text,
    description: `${r.kind}: ${describeValue(r)}${r.bound && r.bound !== 'exact' ? ` [${r.bound}]` : ''}${r.unit ? ` ${r.unit}` : ''}`,
    detail: r.factId ? `fact ${r.factId}` : 'not matched to a fact',
    start: r.start,
    end: r.end,
  }));
  const pick = await vscode.window.showQuickPick(items, { title: `Claims in ${vscode.workspace.asRelativePath(doc.uri)}`, matchOnDescription: true });
  if (!pick) return;
  const range = new vscode.Range(doc.positionAt(pick.start), doc.positionAt(pick.end));
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
