import * as path from 'node:path';
import * as vscode from 'vscode';
import { sourceIdsIn } from '../engine';
import { looksLikeFactTable } from '../host/tableFiles';

export const FACTS_LANGUAGE = 'crosscheck-facts';

/** `source:` inside a claim, block or flow style, with the id typed so far. */
const SOURCE_KEY = /(?:^|[{,\s])source:\s*["']?([\w.-]*)$/;

/** Completes source ids where a claim names its source. */
export class SourceIdCompletion implements vscode.CompletionItemProvider {
  provideCompletionItems(doc: vscode.TextDocument, position: vscode.Position): vscode.CompletionItem[] {
    const before = doc.lineAt(position.line).text.slice(0, position.character);
    const m = SOURCE_KEY.exec(before);
    if (!m) return [];
    const typed = new vscode.Range(position.translate(0, -m[1].length), position);
    return sourceIdsIn(doc.getText()).map((id) => {
      const item = new vscode.CompletionItem(id, vscode.CompletionItemKind.Reference);
      item.range = typed;
      item.detail = 'source';
      return item;
    });
  }
}

/**
 * `*.facts.yaml` is ours by its name (package.json); a plain `facts.yaml` only when its text is a fact
 * table, so another tool's facts.yaml (Ansible's, say) keeps its YAML language, schema and silence.
 */
export class FactsLanguageClaimer implements vscode.Disposable {
  private readonly listener = vscode.workspace.onDidOpenTextDocument((d) => this.claim(d));

  constructor() {
    for (const d of vscode.workspace.textDocuments) this.claim(d);
  }

  private claim(doc: vscode.TextDocument): void {
    if (doc.uri.scheme !== 'file' || doc.languageId === FACTS_LANGUAGE || path.basename(doc.uri.fsPath) !== 'facts.yaml') return;
    if (looksLikeFactTable(doc.getText())) void vscode.languages.setTextDocumentLanguage(doc, FACTS_LANGUAGE);
  }

  dispose(): void {
    this.listener.dispose();
  }
}
