import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { buildOrUpdate, readSources, sourceFiles } from '../host/build';
import { configFor } from './config';

/**
 * Crosscheck: Build Fact Table from Sources. Picks a folder of source articles and drafts (or, when
 * the table exists, updates) the facts.yaml of the workspace folder, then opens it for review.
 */
export async function buildTableCommand(): Promise<vscode.Uri | undefined> {
  const workspace = vscode.workspace.workspaceFolders?.[0];
  const picked = await vscode.window.showOpenDialog({
    canSelectFiles: false,
    canSelectFolders: true,
    canSelectMany: false,
    defaultUri: workspace?.uri,
    openLabel: 'Build Fact Table',
    title: 'Folder of source articles',
  });
  const folder = picked?.[0];
  if (!folder) return undefined;
  const config = configFor(folder);
  const tableDir = (vscode.workspace.getWorkspaceFolder(folder) ?? workspace)?.uri.fsPath ?? path.dirname(folder.fsPath);
  // The config's table when it names one: the table the drafts will be checked against.
  const tablePath = config.table ?? path.join(tableDir, 'facts.yaml');
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Crosscheck: building the fact table' }, async (progress) => {
    progress.report({ message: 'reading sources' });
    // The same files `crosscheck build FOLDER` reads: not READMEs, tables, ignored files or the config's drafts.
    const { sources, skipped } = readSources(
      sourceFiles([folder.fsPath], () => config),
      path.dirname(tablePath),
    );
    if (skipped.length) void vscode.window.showWarningMessage(`Crosscheck skipped: ${skipped.map((k) => `${path.basename(k.file)} (${k.why})`).join(', ')}`);
    if (!sources.length) {
      void vscode.window.showErrorMessage(`Crosscheck: no source articles (.txt, .md, .html) in ${folder.fsPath}.`);
      return undefined;
    }
    progress.report({ message: `reading ${sources.length} articles` });
    await new Promise((r) => setImmediate(r));
    const existing = fs.existsSync(tablePath) ? fs.readFileSync(tablePath, 'utf8') : undefined;
    let yaml: string;
    try {
      yaml = buildOrUpdate(existing, sources);
    } catch (e) {
      // An existing table with errors is never overwritten: its problems are in the Problems panel.
      void vscode.window.showErrorMessage(`Crosscheck: ${tablePath} has errors; fix them before updating it. ${(e as Error).message}`);
      return undefined;
    }
    if (yaml !== existing) fs.writeFileSync(tablePath, yaml);
    const uri = vscode.Uri.file(tablePath);
    await vscode.window.showTextDocument(uri);
    return uri;
  });
}
