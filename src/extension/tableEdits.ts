import * as path from 'node:path';
import * as vscode from 'vscode';
import type { CheckResult, Claim, FactTable } from '../engine';
import { aliasEdit, canRecord, newFactEdit, type TableEdit } from '../engine/table/edits';
import type { CheckController } from './checker';
import type { TableState } from './tables';

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

/** The claims no finding is about: no fact covers them. */
export function unmatchedClaims(result: CheckResult): Claim[] {
  const matched = new Set(result.findings.map((f) => f.start));
  return result.claims.filter((c) => !matched.has(c.start) && canRecord(c));
}

/** Where the quick fix's command finds its claim again: the draft, the version it was read in, the claim. */
export interface ClaimRef {
  uri: string;
  version: number;
  claim: Claim;
}

function isClaimRef(value: unknown): value is ClaimRef {
  return typeof value === 'object' && value !== null && 'uri' in value && 'version' in value && 'claim' in value;
}

interface RecordChoice extends vscode.QuickPickItem {
  /** The source said to report the claim; absent for a draft note. */
  source?: string;
}

/** Asks who reports the claim: one of the table's sources, or no one yet (a `draft` note). Undefined when dismissed. */
async function pickRecord(table: FactTable, claim: Claim): Promise<RecordChoice | undefined> {
  const sources: RecordChoice[] = [...table.sources.values()].map((s) => ({
    label: s.id,
    description: s.title,
    detail: [s.publisher, s.published].filter(Boolean).join(', ') || undefined,
    source: s.id,
  }));
  const note: RecordChoice = { label: 'Record as a draft note', description: 'the value alone, with this sentence; no source is said to report it' };
  return vscode.window.showQuickPick([...sources, { label: '', kind: vscode.QuickPickItemKind.Separator }, note], {
    title: `Add "${claim.text}" to the fact table: which source reports it?`,
    placeHolder: "The new fact quotes this draft's sentence until you put in the source's own words",
    matchOnDescription: true,
  });
}

/** The draft as the table names it: relative to the table's folder. */
function draftPath(doc: vscode.TextDocument, tablePath: string): string {
  return doc.uri.scheme === 'file' ? path.relative(path.dirname(tablePath), doc.uri.fsPath).split(path.sep).join('/') : doc.uri.toString();
}

/** Writes `claim` as a new fact at the end of the draft's table, as the writer chooses, and shows it there. */
async function addClaim(doc: vscode.TextDocument, claim: Claim, tableState: TableState): Promise<string | undefined> {
  if (!tableState.table) return undefined;
  const choice = await pickRecord(tableState.table, claim);
  if (!choice) return undefined;
  const table = await vscode.workspace.openTextDocument(tableState.uri);
  const sentence = doc.getText(new vscode.Range(doc.positionAt(claim.sentence.start), doc.positionAt(claim.sentence.end)));
  const made = newFactEdit(table.getText(), { claim, sentence, draft: draftPath(doc, tableState.path), source: choice.source });
  if (!made || !(await applyToTable(table, made.edit))) {
    void vscode.window.showWarningMessage(
      `Crosscheck: could not add "${claim.text}" to ${vscode.workspace.asRelativePath(table.uri)} (its facts are not a block map, or it no longer lists ${choice.source ?? 'its sources'}).`,
    );
    return undefined;
  }
  const shown = await vscode.window.showTextDocument(table, { preview: false });
  const at = table.positionAt(made.edit.start + (made.edit.text.startsWith('\n') ? 1 : 0));
  shown.selection = new vscode.Selection(at, at);
  shown.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return made.factId;
}

/** The claim a quick fix names, if the draft has not changed since the fix was offered. */
function claimOf(checker: CheckController, ref: ClaimRef): { doc: vscode.TextDocument; claim: Claim; table: TableState } | undefined {
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === ref.uri);
  const checked = doc ? checker.current(doc) : undefined;
  if (!doc || !checked || doc.version !== ref.version) {
    void vscode.window.showWarningMessage('Crosscheck: the draft changed since this fix was offered, so nothing was added. Try again.');
    return undefined;
  }
  return { doc, claim: ref.claim, table: checked.table };
}

/** The claim at the cursor (or selection) of the active draft that no fact covers. */
async function claimAtCursor(checker: CheckController): Promise<{ doc: vscode.TextDocument; claim: Claim; table: TableState } | undefined> {
  const editor = vscode.window.activeTextEditor;
  const doc = editor?.document;
  const checked = doc && checker.isDraft(doc) ? await checker.claimsOf(doc) : undefined;
  if (!editor || !doc || !checked) {
    void vscode.window.showInformationMessage('Crosscheck: open a draft that has a fact table, and put the cursor on a claim.');
    return undefined;
  }
  const start = doc.offsetAt(editor.selection.start);
  const end = doc.offsetAt(editor.selection.end);
  const claim = unmatchedClaims(checked.result).find((c) => c.start <= end && start <= c.end);
  if (!claim) {
    void vscode.window.showInformationMessage('Crosscheck: no claim without a fact at the cursor (a claim with a finding already has one).');
    return undefined;
  }
  return { doc, claim, table: checked.basis.table };
}

/**
 * Add to fact table (the quick fix on a claim no fact covers, and Crosscheck: Add Claim to Fact Table at
 * the cursor): the claim becomes a new fact at the end of the table, reported by the source the writer
 * picks (quoting the draft's sentence), or kept as a draft note. One WorkspaceEdit, so undo takes it back.
 */
export async function addToTableCommand(checker: CheckController, ref?: unknown): Promise<string | undefined> {
  const found = isClaimRef(ref) ? claimOf(checker, ref) : await claimAtCursor(checker);
  return found ? addClaim(found.doc, found.claim, found.table) : undefined;
}
