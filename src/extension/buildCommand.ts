import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { dateValueToIso, loadTable, TableUpdateError, type BuildStep, type Fact, type FactValue } from '../engine';
import { readSources, sourceFiles, tableForSources } from '../host/build';
import type { CheckWorkerClient } from '../worker/client';
import { configFor } from './config';
import { toRange } from './tables';

/** What a build wrote: the table, and the ids of the facts its sources contest. */
export interface BuildOutcome {
  uri: vscode.Uri;
  contested: string[];
}

async function pickFolder(): Promise<vscode.Uri | undefined> {
  const picked = await vscode.window.showOpenDialog({
    canSelectFiles: false,
    canSelectFolders: true,
    canSelectMany: false,
    defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
    openLabel: 'Build Fact Table',
    title: 'Folder of source articles',
  });
  return picked?.[0];
}

function stepMessage(step: BuildStep): string {
  const which = `${step.done} of ${step.total}: ${path.basename(step.path)}`;
  return step.pass === 'claims' ? `Reading ${which}` : `Finding places and organisations, ${which}`;
}

function valueText(value: FactValue): string {
  return typeof value === 'object' ? dateValueToIso(value) : String(value);
}

/** What each source says of a contested fact: "ledger 1200, courier 1500". */
function whoSaysWhat(fact: Fact): string {
  return fact.claims.map((c) => `${c.source} ${valueText(c.value)}`).join(', ');
}

/** Puts the cursor on a fact of the table just written. */
async function revealFact(uri: vscode.Uri, fact: Fact): Promise<void> {
  const editor = await vscode.window.showTextDocument(uri, { preview: false });
  const range = toRange(fact.range);
  editor.selection = new vscode.Selection(range.start, range.start);
  editor.revealRange(range, vscode.TextEditorRevealType.AtTop);
}

/** The notification after a build: what was written and which facts the sources contest, with a way to each. */
function announce(uri: vscode.Uri, yaml: string, updated: boolean): string[] {
  const table = loadTable(yaml).table;
  const contested = table?.facts.filter((f) => f.contested) ?? [];
  const name = vscode.workspace.asRelativePath(uri);
  const what = `${updated ? 'updated' : 'wrote'} ${name}: ${table?.sources.size ?? 0} sources, ${table?.facts.length ?? 0} facts`;
  if (!contested.length) {
    void vscode.window.showInformationMessage(`Crosscheck: ${what}, none contested.`);
    return [];
  }
  const list = contested.map((f) => `${f.label} (${whoSaysWhat(f)})`).join('; ');
  const show = 'Show Contested Facts';
  void vscode.window.showInformationMessage(`Crosscheck: ${what}; ${contested.length} contested: ${list}`, show).then(async (choice) => {
    if (choice !== show) return;
    const items = contested.map((fact) => ({ label: fact.label, description: fact.id, detail: whoSaysWhat(fact), fact }));
    const pick = items.length === 1 ? items[0] : await vscode.window.showQuickPick(items, { title: `Contested facts in ${name}`, matchOnDetail: true });
    if (pick) await revealFact(uri, pick.fact);
  });
  return contested.map((f) => f.id);
}

/**
 * Crosscheck: Build Fact Table from Sources, on a folder picked (or the Explorer's folder): reads its source
 * articles (the files `crosscheck build FOLDER` reads), drafts the table beside them, or merges new sources
 * into the one there, in the worker thread with progress per source; then opens it and names the contested facts.
 */
export async function buildTableCommand(worker: CheckWorkerClient, target?: unknown): Promise<BuildOutcome | undefined> {
  const folder = target instanceof vscode.Uri ? target : await pickFolder();
  if (!folder) return undefined;
  const config = configFor(folder);
  const tablePath = tableForSources(folder.fsPath, config);
  const { sources, skipped } = readSources(
    sourceFiles([folder.fsPath], () => config),
    path.dirname(tablePath),
  );
  if (skipped.length) void vscode.window.showWarningMessage(`Crosscheck skipped: ${skipped.map((k) => `${path.basename(k.file)} (${k.why})`).join(', ')}`);
  if (!sources.length) {
    void vscode.window.showErrorMessage(`Crosscheck: no source articles (.txt, .md, .html) in ${folder.fsPath}.`);
    return undefined;
  }
  const existing = fs.existsSync(tablePath) ? fs.readFileSync(tablePath, 'utf8') : undefined;
  let yaml: string | undefined;
  try {
    yaml = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `Crosscheck: building ${path.basename(tablePath)} from ${sources.length} sources` },
      (progress) => worker.build({ key: tablePath, sources, existing }, (step) => progress.report({ message: stepMessage(step), increment: 50 / step.total })),
    );
  } catch (e) {
    if (!(e instanceof TableUpdateError)) throw e;
    // An existing table with errors is never overwritten: its problems are in the Problems panel.
    void vscode.window.showErrorMessage(`Crosscheck: ${tablePath} has errors; fix them before updating it. ${e.message}`);
    return undefined;
  }
  if (yaml === undefined) return undefined;
  if (yaml !== existing) fs.writeFileSync(tablePath, yaml);
  const uri = vscode.Uri.file(tablePath);
  await vscode.window.showTextDocument(uri, { preview: false });
  return { uri, contested: announce(uri, yaml, existing !== undefined) };
}
