import * as vscode from 'vscode';
import { CheckController } from './checker';
import { registerCommands } from './commands';
import { FACTS_LANGUAGE, SourceIdCompletion } from './factsLanguage';
import { DraftProviders } from './providers';
import { SourceLocator } from './sources';
import { StatusBar } from './statusBar';
import { TableStore } from './tables';

/** What activate() returns: the integration tests reach the live controllers through it. */
export interface CrosscheckApi {
  tables: TableStore;
  checker: CheckController;
}

export function activate(context: vscode.ExtensionContext): CrosscheckApi {
  const readme = vscode.Uri.joinPath(context.extensionUri, 'README.md');
  const tables = new TableStore();
  const locator = new SourceLocator();
  const checker = new CheckController(tables, locator, readme);
  context.subscriptions.push(
    tables,
    checker,
    new StatusBar(checker),
    new DraftProviders(checker),
    vscode.languages.registerCompletionItemProvider({ language: FACTS_LANGUAGE }, new SourceIdCompletion(), ':', ' '),
    ...registerCommands({ tables, checker, locator, readme }),
  );
  return { tables, checker };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
