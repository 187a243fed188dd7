import * as vscode from 'vscode';
import { sourceIdsIn } from '../engine';

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
