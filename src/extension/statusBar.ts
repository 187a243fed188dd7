import * as vscode from 'vscode';
import type { CheckController } from './checker';

/** The current draft's counts; a click opens the Problems panel, as the spell checker's item does. */
export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('crosscheck.status', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly checker: CheckController) {
    this.item.name = 'Crosscheck';
    this.item.command = 'workbench.actions.view.problems';
    this.disposables = [
      this.item,
      checker.onDidCheck(() => this.update()),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
    ];
    this.update();
  }

  update(): void {
    const editor = vscode.window.activeTextEditor;
    const checked = editor && this.checker.latest(editor.document.uri);
    if (!checked) {
      this.item.hide();
      return;
    }
    const s = checked.result.summary;
    const wrong = s.disagrees + s.unsupported + s.misspelled;
    const stale = checked.table.broken ? ' (table has errors: using its last valid version)' : '';
    this.item.text = `${wrong ? '$(warning)' : '$(check)'} ${wrong} $(question) ${s.contested} $(pass) ${s.agrees}${checked.table.broken ? ' $(error)' : ''}`;
    this.item.tooltip = new vscode.MarkdownString(
      `**Crosscheck**${stale}\n\n${s.disagrees} disagree, ${s.unsupported} unsupported, ${s.misspelled} misspelled, ` +
        `${s.contested} contested, ${s.agrees} agree (${s.matched} of ${s.claims} claims matched to a fact)\n\nClick to open the Problems panel.`,
    );
    this.item.show();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
