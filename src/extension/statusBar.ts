import * as vscode from 'vscode';
import { describeDated } from '../host/dated';
import type { CheckController } from './checker';
import { escapeMarkdown } from './markdown';
import type { TableStore } from './tables';

/**
 * The current draft's counts; a click opens the Problems panel, as the spell checker's item does.
 * A draft with no table above it says so, and a click offers to build one.
 */
export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('crosscheck.status', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[];
  private visible = false;

  constructor(
    private readonly checker: CheckController,
    private readonly tables: TableStore,
  ) {
    this.item.name = 'Crosscheck';
    this.disposables = [
      this.item,
      checker.onDidCheck(() => this.update()),
      tables.onDidChange(() => this.update()),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
    ];
    this.update();
  }

  update(): void {
    const editor = vscode.window.activeTextEditor;
    const checked = editor && this.checker.latest(editor.document.uri);
    if (!checked) {
      if (editor && this.checker.isDraft(editor.document) && !this.tables.tablePathFor(editor.document.uri)) this.showNoTable();
      else this.hide();
      return;
    }
    this.item.command = 'workbench.actions.view.problems';
    const s = checked.result.summary;
    const wrong = s.disagrees + s.unsupported + s.misspelled;
    const stale = checked.table.broken ? ' (table has errors: using its last valid version)' : '';
    this.item.text = `${wrong ? '$(warning)' : '$(check)'} ${wrong} $(question) ${s.contested} $(pass) ${s.agrees}${checked.table.broken ? ' $(error)' : ''}`;
    this.item.tooltip = new vscode.MarkdownString(
      `**Crosscheck**${stale}\n\n${s.disagrees} disagree, ${s.unsupported} unsupported, ${s.misspelled} misspelled, ` +
        `${s.contested} contested, ${s.agrees} agree (${s.matched} of ${s.claims} claims matched to a fact)\n\n${escapeMarkdown(describeDated(checked.result))}\n\nClick to open the Problems panel.`,
    );
    this.show();
  }

  /** What the item shows now, for the integration tests (a status bar item cannot be read back through the API). */
  get shown(): { text: string; tooltip: string; command?: string } | undefined {
    const command = typeof this.item.command === 'string' ? this.item.command : this.item.command?.command;
    const tooltip = typeof this.item.tooltip === 'string' ? this.item.tooltip : (this.item.tooltip?.value ?? '');
    return this.visible ? { text: this.item.text, tooltip, command } : undefined;
  }

  private hide(): void {
    this.visible = false;
    this.item.hide();
  }

  private show(): void {
    this.visible = true;
    this.item.show();
  }

  private showNoTable(): void {
    this.item.text = '$(info) No fact table';
    this.item.tooltip =
      'Crosscheck: no facts.yaml or *.facts.yaml above this draft, and no table in .crosscheck.yaml. Click to build one from source articles.';
    this.item.command = { title: 'Build Fact Table from Sources', command: 'crosscheck.buildTable' };
    this.show();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
