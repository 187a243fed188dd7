import * as vscode from 'vscode';
import type { CheckController } from './checker';
import { FindingCodeActions } from './codeActions';
import { readSettings } from './config';
import { FindingHoverProvider } from './hover';

/**
 * Hover and code action providers for the configured draft languages, registered again when the
 * `crosscheck.languages` setting changes, so the selector never covers more than it should.
 */
export class DraftProviders implements vscode.Disposable {
  private registered: vscode.Disposable[] = [];
  private readonly listener: vscode.Disposable;

  constructor(private readonly checker: CheckController) {
    this.register();
    this.listener = vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('crosscheck.languages') && this.register());
  }

  private register(): void {
    for (const d of this.registered) d.dispose();
    const selector = readSettings().languages.map((language) => ({ language }));
    this.registered = [
      vscode.languages.registerHoverProvider(selector, new FindingHoverProvider(this.checker)),
      vscode.languages.registerCodeActionsProvider(selector, new FindingCodeActions(this.checker), {
        providedCodeActionKinds: FindingCodeActions.providedCodeActionKinds,
      }),
    ];
  }

  dispose(): void {
    for (const d of this.registered) d.dispose();
    this.listener.dispose();
  }
}
