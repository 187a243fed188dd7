import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Claim } from '../engine';
import { aliasEdit, newFactEdit, type TableEdit } from '../engine/table/edits';
import type { CheckController } from './checker';

export const ACCEPT_ALIAS_COMMAND = 'crosscheck.acceptAlias';
export const ADD_TO_TABLE_COMMAND = 'crosscheck.addToTable';

/** The edit on the table's document as it is now (open and unsaved, or on disk), through the editor so it can be undone. */
async function applyToTable(table: vscode.TextDocument, edit: TableEdit): Promise<boolean> {
  const workspaceEdit = new vscode.WorkspaceEdit();
  workspaceEdit.replace(table.uri, new vscode.Range(table.positionAt(edit.start), table.positionAt(edit.end)), edit.text);
  return vscode.workspace.applyEdit(workspaceEdit);
}

/** Writes `alias` into the aliases of fact `factId`; the table is left unsaved, so the writer sees it and can undo it. */
export async function acceptAlias(tablePath: unknown, factId: unknown, alias: unknown): Promise<boolean> {
  if (typeof tablePath !== 'string' || typeof factId !== 'string' || typeof alias !== 'string') return false;
  const table = await vscode.workspace.openTextDocument(vscode.Uri.file(tablePath));
  const edit = aliasEdit(table.getText(), factId, alias);
  if (!edit) {
    void vscode.window.showWarningMessage(
      `Crosscheck: could not add "${alias}" to the aliases of ${factId} (already there, or the table does not parse, or the fact is written as a flow map).`,
    );
    return false;
  }
  return applyToTable(table, edit);
}

/** The claim under the cursor (or selection) that no fact covers. */
function claimAt(claims: readonly Claim[], matched: ReadonlySet<number>, start: number, end: number): Claim | undefined {
  return claims.find((c) => !matched.has(c.start) && c.start <= end && start <= c.end);
}

/**
 * Crosscheck: Add Claim to Fact Table: the claim at the cursor that matches no fact becomes a new fact at the
 * end of the table (kind and value from the claim, a label to rewrite, the draft's sentence as a note).
 */
export async function addToTableCommand(checker: CheckController): Promise<string | undefined> {
  const editor = vscode.window.activeTextEditor;
  const doc = editor?.document;
  // Unmatched claims are known only to a check that lists claims: the live checks send findings alone.
  const checked = doc && checker.isDraft(doc) ? await checker.checkText(`claims:${doc.uri.toString()}`, doc.uri, doc.getText(), true) : undefined;
  if (!editor || !doc || !checked) {
    void vscode.window.showInformationMessage('Crosscheck: open a draft that has a fact table, and put the cursor on a claim.');
    return undefined;
  }
  const matched = new Set(checked.result.findings.map((f) => f.start));
  const sel = editor.selection;
  const claim = claimAt(checked.result.claims, matched, doc.offsetAt(sel.start), doc.offsetAt(sel.end));
  if (!claim) {
    void vscode.window.showInformationMessage('Crosscheck: no claim without a fact at the cursor (a claim with a finding already has one).');
    return undefined;
  }
  const table = await vscode.workspace.openTextDocument(checked.table.uri);
  const draft = doc.uri.scheme === 'file' ? path.relative(path.dirname(checked.table.path), doc.uri.fsPath).split(path.sep).join('/') : doc.uri.toString();
  const text = doc.getText();
  const made = newFactEdit(table.getText(), { claim, sentence: text.slice(claim.sentence.start, claim.sentence.end), draft });
  if (!made || !(await applyToTable(table, made.edit))) {
    void vscode.window.showWarningMessage(
      `Crosscheck: could not add "${claim.text}" to ${vscode.workspace.asRelativePath(table.uri)} (its facts are not a block map, or the claim has no value a table can hold).`,
    );
    return undefined;
  }
  const shown = await vscode.window.showTextDocument(table, { preview: false });
  const at = table.positionAt(made.edit.start + (made.edit.text.startsWith('\n') ? 1 : 0));
  shown.selection = new vscode.Selection(at, at);
  shown.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return made.factId;
}
