import * as path from 'node:path';
import * as vscode from 'vscode';
import { loadConfig } from '../host/config';
import { CONFIG_NAMES } from '../host/defaults';
import type { CheckController } from './checker';
import { toRange } from './tables';

/**
 * .crosscheck.yaml in the editor: its problems shown on it with line and column as the CLI prints
 * them, and open drafts checked again when it is saved (settings come from the file on disk).
 */
export class ConfigFileWatcher implements vscode.Disposable {
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('crosscheck-config');
  private readonly disposables: vscode.Disposable[];

  constructor(checker: CheckController) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/{${CONFIG_NAMES.join(',')}}`);
    const changed = () => checker.recheckOpen();
    this.disposables = [
      this.diagnostics,
      watcher,
      watcher.onDidChange(changed),
      watcher.onDidCreate(changed),
      watcher.onDidDelete(changed),
      vscode.workspace.onDidOpenTextDocument((d) => this.show(d)),
      vscode.workspace.onDidChangeTextDocument((e) => this.show(e.document)),
      vscode.workspace.onDidCloseTextDocument((d) => this.diagnostics.delete(d.uri)),
    ];
    for (const d of vscode.workspace.textDocuments) this.show(d);
  }

  private show(doc: vscode.TextDocument): void {
    if (doc.uri.scheme !== 'file' || !CONFIG_NAMES.includes(path.basename(doc.uri.fsPath))) return;
    const { problems } = loadConfig(doc.getText(), doc.uri.fsPath);
    this.diagnostics.set(
      doc.uri,
      problems.map((p) => {
        const severity = p.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning;
        const d = new vscode.Diagnostic(toRange(p.range), p.message, severity);
        d.source = 'crosscheck';
        d.code = 'config';
        return d;
      }),
    );
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
