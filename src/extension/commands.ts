import * as vscode from 'vscode';
import { LineIndex } from '../engine';
import { draftExtensions } from '../host/defaults';
import { readTextFile, walkFiles } from '../host/files';
import { whyNotDraft } from '../host/workspace';
import { showAgreement } from './agreementView';
import { buildTableCommand } from './buildCommand';
import { showClaimsCommand } from './claimsCommand';
import type { CheckController } from './checker';
import { APPLY_EDITS_COMMAND, applyGuardedEdits, type GuardedEdits } from './codeActions';
import { readSettings } from './config';
import { toDiagnostic, type FindingDiagnostic } from './diagnostics';
import { OPEN_FACT_COMMAND } from './hover';
import type { CheckWorkerClient } from '../worker/client';
import type { SourceLocator } from './sources';
import { isTableDocument, toRange, type TableStore } from './tables';
import { ACCEPT_ALIAS_COMMAND, ADD_TO_TABLE_COMMAND, acceptAlias, addToTableCommand } from './tableEdits';

export interface Services {
  tables: TableStore;
  checker: CheckController;
  locator: SourceLocator;
  readme: vscode.Uri;
  worker: CheckWorkerClient;
}

function activeTablePath(s: Services): string | undefined {
  const doc = vscode.window.activeTextEditor?.document;
  if (doc && isTableDocument(doc)) return doc.uri.fsPath;
  const fromDoc = doc ? s.tables.tablePathFor(doc.uri) : undefined;
  return fromDoc ?? s.tables.all()[0]?.path;
}

async function openFact(s: Services, tablePath: unknown, factId: unknown): Promise<void> {
  if (typeof tablePath !== 'string' || typeof factId !== 'string') return;
  const fact = (await s.tables.ready(tablePath)).table?.facts.find((f) => f.id === factId);
  const editor = await vscode.window.showTextDocument(vscode.Uri.file(tablePath));
  if (fact) {
    const range = toRange(fact.range);
    editor.selection = new vscode.Selection(range.start, range.start);
    editor.revealRange(range, vscode.TextEditorRevealType.AtTop);
  }
}

async function openTable(s: Services): Promise<void> {
  const tablePath = activeTablePath(s);
  if (!tablePath) {
    void vscode.window.showInformationMessage('Crosscheck: no fact table (facts.yaml or *.facts.yaml) found for this draft.');
    return;
  }
  await vscode.window.showTextDocument(vscode.Uri.file(tablePath));
}

/** Drafts on disk in the workspace's folders, chosen as the CLI's `check FOLDER` chooses them, and how many have no table. */
function workspaceDrafts(s: Services): { drafts: vscode.Uri[]; noTable: number } {
  const drafts: vscode.Uri[] = [];
  let noTable = 0;
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const extensions = draftExtensions(readSettings(folder.uri).languages);
    for (const file of walkFiles(folder.uri.fsPath, extensions)) {
      const uri = vscode.Uri.file(file);
      const settings = readSettings(uri);
      if (whyNotDraft(file, settings.config, s.tables.sourcesFor(uri), true)) continue;
      if (s.tables.tablePathFor(uri)) drafts.push(uri);
      else noTable++;
    }
  }
  return { drafts, noTable };
}

/** A closed draft's findings, as diagnostics for the Problems panel. */
async function checkClosed(s: Services, uri: vscode.Uri): Promise<FindingDiagnostic[]> {
  const read = readTextFile(uri.fsPath);
  if (read.kind !== 'text') return [];
  const checked = await s.checker.checkText(`workspace:${uri.toString()}`, uri, read.text);
  const table = checked?.table.table;
  if (!checked || !table) return [];
  const lines = new LineIndex(read.text);
  const positionAt = (o: number) => {
    const p = lines.position(o);
    return new vscode.Position(p.line, p.character);
  };
  const settings = readSettings(uri);
  return checked.result.findings
    .map((f) => toDiagnostic(positionAt, f, settings, { table, path: checked.table.path }, s.locator, s.readme))
    .filter((d): d is FindingDiagnostic => d !== undefined);
}

/** Checks every draft in the workspace, open or not, and puts the results in Problems. */
async function checkWorkspace(s: Services): Promise<number> {
  const { drafts, noTable } = workspaceDrafts(s);
  let findings = 0;
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Crosscheck: checking drafts', cancellable: true },
    async (progress, token) => {
      for (const uri of drafts) {
        if (token.isCancellationRequested) break;
        progress.report({ message: vscode.workspace.asRelativePath(uri), increment: 100 / drafts.length });
        const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
        if (open) {
          findings += (await s.checker.checkNow(open))?.diagnostics.length ?? 0;
          continue;
        }
        const diagnostics = await checkClosed(s, uri);
        s.checker.publishFor(uri, diagnostics);
        findings += diagnostics.length;
      }
    },
  );
  if (noTable) {
    void vscode.window
      .showInformationMessage(`Crosscheck: skipped ${noTable} draft${noTable === 1 ? '' : 's'} with no fact table above them.`, 'Build Fact Table from Sources')
      .then((choice) => choice && vscode.commands.executeCommand('crosscheck.buildTable'));
  }
  return findings;
}

async function showSourceAgreement(s: Services): Promise<vscode.WebviewPanel | undefined> {
  const tablePath = activeTablePath(s);
  const table = tablePath ? (await s.tables.ready(tablePath)).table : undefined;
  if (!tablePath || !table) {
    void vscode.window.showInformationMessage('Crosscheck: open a draft or a fact table first.');
    return undefined;
  }
  return showAgreement(table, tablePath, s.locator);
}

export function registerCommands(s: Services): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(OPEN_FACT_COMMAND, (tablePath: unknown, factId: unknown) => openFact(s, tablePath, factId)),
    vscode.commands.registerCommand(APPLY_EDITS_COMMAND, (args: GuardedEdits) => applyGuardedEdits(args)),
    vscode.commands.registerCommand('crosscheck.openTable', () => openTable(s)),
    vscode.commands.registerCommand('crosscheck.checkWorkspace', () => checkWorkspace(s)),
    vscode.commands.registerCommand('crosscheck.showAgreement', () => showSourceAgreement(s)),
    vscode.commands.registerCommand('crosscheck.buildTable', (folder?: unknown) => buildTableCommand(s.worker, folder)),
    vscode.commands.registerCommand('crosscheck.showClaims', () => showClaimsCommand(s.checker)),
    vscode.commands.registerCommand(ACCEPT_ALIAS_COMMAND, (tablePath: unknown, factId: unknown, alias: unknown) => acceptAlias(tablePath, factId, alias)),
    vscode.commands.registerCommand(ADD_TO_TABLE_COMMAND, (ref?: unknown) => addToTableCommand(s.checker, ref)),
  ];
}
