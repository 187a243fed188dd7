import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { buildTable, updateTable, type SourceText } from '../engine';

const SOURCE_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.html', '.htm']);

/** Source articles in a folder (not its table), as texts with paths relative to the table file. */
function readSources(folder: string, tableDir: string): { sources: SourceText[]; skipped: string[] } {
  const sources: SourceText[] = [];
  const skipped: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.') && entry.name !== 'node_modules') walk(full);
        continue;
      }
      if (!SOURCE_EXTENSIONS.has(path.extname(entry.name).toLowerCase()) || /(^|\.)facts\.yaml$/.test(entry.name)) continue;
      try {
        const buffer = fs.readFileSync(full);
        if (buffer.subarray(0, 8192).includes(0)) skipped.push(`${entry.name} (binary)`);
        else sources.push({ path: path.relative(tableDir, full).split(path.sep).join('/'), text: buffer.toString('utf8') });
      } catch (e) {
        skipped.push(`${entry.name} (${(e as NodeJS.ErrnoException).code ?? 'unreadable'})`);
      }
    }
  };
  walk(folder);
  return { sources, skipped };
}

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
  const tableDir = (vscode.workspace.getWorkspaceFolder(folder) ?? workspace)?.uri.fsPath ?? path.dirname(folder.fsPath);
  const tablePath = path.join(tableDir, 'facts.yaml');
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Crosscheck: building the fact table' },
    async (progress) => {
      progress.report({ message: 'reading sources' });
      const { sources, skipped } = readSources(folder.fsPath, tableDir);
      if (skipped.length) void vscode.window.showWarningMessage(`Crosscheck skipped: ${skipped.join(', ')}`);
      if (!sources.length) {
        void vscode.window.showErrorMessage(`Crosscheck: no source articles (.txt, .md, .html) in ${folder.fsPath}.`);
        return undefined;
      }
      progress.report({ message: `reading ${sources.length} articles` });
      await new Promise((r) => setImmediate(r));
      const existing = fs.existsSync(tablePath) ? fs.readFileSync(tablePath, 'utf8') : undefined;
      let yaml: string;
      try {
        yaml = existing === undefined ? buildTable(sources) : updateTable(existing, sources);
      } catch (e) {
        // An existing table with errors is never overwritten: its problems are in the Problems panel.
        void vscode.window.showErrorMessage(`Crosscheck: ${tablePath} has errors; fix them before updating it. ${(e as Error).message}`);
        return undefined;
      }
      if (yaml !== existing) fs.writeFileSync(tablePath, yaml);
      const uri = vscode.Uri.file(tablePath);
      await vscode.window.showTextDocument(uri);
      return uri;
    },
  );
}
