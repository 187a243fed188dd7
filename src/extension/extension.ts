import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { CheckWorkerClient } from '../worker/client';
import { CheckController } from './checker';
import { registerCommands } from './commands';
import { ConfigFileWatcher } from './configFile';
import { FACTS_LANGUAGE, FactsLanguageClaimer, SourceIdCompletion } from './factsLanguage';
import { DraftProviders } from './providers';
import { SourceLocator } from './sources';
import { StatusBar } from './statusBar';
import { TableStore } from './tables';

/** What activate() returns: the integration tests reach the live controllers through it. */
export interface CrosscheckApi {
  tables: TableStore;
  checker: CheckController;
  status: StatusBar;
}

/** The README the diagnostics' codes link to: vsce ships it as readme.md, a checkout has README.md. */
function readmeUri(extensionUri: vscode.Uri): vscode.Uri {
  const packaged = vscode.Uri.joinPath(extensionUri, 'readme.md');
  return fs.existsSync(packaged.fsPath) ? packaged : vscode.Uri.joinPath(extensionUri, 'README.md');
}

export function activate(context: vscode.ExtensionContext): CrosscheckApi {
  const readme = readmeUri(context.extensionUri);
  // One worker thread loads large tables and runs every check, off the extension host.
  const worker = new CheckWorkerClient();
  // What was loaded, from where, and the date each draft was read with.
  const log = vscode.window.createOutputChannel('Crosscheck', { log: true });
  const tables = new TableStore(worker, log);
  const locator = new SourceLocator();
  const checker = new CheckController(tables, worker, locator, readme, log);
  const status = new StatusBar(checker, tables);
  context.subscriptions.push(
    log,
    worker,
    tables,
    checker,
    new FactsLanguageClaimer(),
    new ConfigFileWatcher(checker),
    status,
    new DraftProviders(checker),
    vscode.languages.registerCompletionItemProvider({ language: FACTS_LANGUAGE }, new SourceIdCompletion(), ':', ' '),
    ...registerCommands({ tables, checker, locator, readme, worker }),
  );
  return { tables, checker, status };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
