import * as path from 'node:path';
import * as vscode from 'vscode';
import type { CrosscheckApi } from '../../../src/extension/extension';

export const WORKSPACE = path.resolve(__dirname, '..', '..', '..', '..', 'test', 'integration', 'workspace');

export function workspaceUri(...parts: string[]): vscode.Uri {
  return vscode.Uri.file(path.join(WORKSPACE, ...parts));
}

export async function api(): Promise<CrosscheckApi> {
  const ext = vscode.extensions.getExtension<CrosscheckApi>('crosscheck.crosscheck');
  if (!ext) throw new Error('the extension under test is not loaded');
  return ext.activate();
}

/** Waits for an event-driven condition instead of sleeping: resolves as soon as `probe` returns a value. */
export async function waitFor<T>(probe: () => T | undefined, what: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise<void>((resolve) => {
      const timer = setTimeout(done, 250);
      const sub = vscode.languages.onDidChangeDiagnostics(done);
      function done() {
        clearTimeout(timer);
        sub.dispose();
        resolve();
      }
    });
  }
}

export function crosscheckDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'crosscheck');
}

export function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

export async function openDraft(name: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(workspaceUri('drafts', name));
  await vscode.window.showTextDocument(doc);
  return doc;
}

/** Replaces the whole text of an open document in the editor (unsaved), as a person typing would. */
export async function setText(doc: vscode.TextDocument, text: string): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.replace(doc.uri, new vscode.Range(0, 0, doc.lineCount, 0), text);
  await vscode.workspace.applyEdit(edit);
}

/** Polls an asynchronous probe until it returns a value (a check in the worker, say). */
export async function eventually<T>(probe: () => Promise<T | undefined>, what: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * Runs a command that asks with a QuickPick, and answers it as a person does from the keyboard: focus the
 * first or the last item, press Enter. Asked again until the command is done, since the picker shows a
 * moment after the command starts.
 */
export async function answerPick<T>(run: () => Thenable<T>, item: 'first' | 'last', timeoutMs = 20_000): Promise<T> {
  let done = false;
  const result = Promise.resolve(run()).finally(() => {
    done = true;
  });
  const deadline = Date.now() + timeoutMs;
  while (!done && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    if (done) break;
    await vscode.commands.executeCommand(item === 'first' ? 'quickInput.first' : 'quickInput.last');
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
  }
  return result;
}
