import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { discoverTable, loadTable, prepareTable, type PreparedTable, type TableProblem } from '../engine';
import { readSettings } from './config';

/** What the extension knows of one fact table file. */
export interface TableState {
  path: string;
  uri: vscode.Uri;
  /** The last valid version: drafts keep being checked against it while the file is broken. */
  prepared: PreparedTable | null;
  /** The current text has errors (prepared is then an older version, or null). */
  broken: boolean;
  problems: TableProblem[];
  /** The YAML text of `prepared`, for the check worker, and its version: both change together. */
  validText: string | null;
  version: number;
}

const TABLE_NAME = /(^|[\\/])(facts\.yaml|[^\\/]+\.facts\.yaml)$/;

export function isTablePath(p: string): boolean {
  return TABLE_NAME.test(p);
}

function listDir(dir: string): string[] | undefined {
  try {
    return fs.readdirSync(dir);
  } catch {
    return undefined;
  }
}

export function toRange(r: { start: { line: number; column: number }; end: { line: number; column: number } }): vscode.Range {
  return new vscode.Range(r.start.line - 1, r.start.column - 1, r.end.line - 1, r.end.column - 1);
}

/**
 * Fact tables: found for each draft, loaded from the editor's text when open (saved or not) and
 * from disk otherwise, reloaded on every change, with their problems shown in the table file.
 */
export class TableStore implements vscode.Disposable {
  private readonly states = new Map<string, TableState>();
  private readonly changed = new vscode.EventEmitter<TableState>();
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('crosscheck-facts');
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly disposables: vscode.Disposable[] = [];
  readonly onDidChange = this.changed.event;

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher('**/{facts.yaml,*.facts.yaml}');
    const fromDisk = (uri: vscode.Uri) => {
      const open = vscode.workspace.textDocuments.find((d) => d.uri.fsPath === uri.fsPath);
      if (!open?.isDirty) this.reload(uri.fsPath);
    };
    this.disposables.push(
      this.changed,
      this.diagnostics,
      watcher,
      watcher.onDidChange(fromDisk),
      watcher.onDidCreate(fromDisk),
      watcher.onDidDelete(fromDisk),
      vscode.workspace.onDidChangeTextDocument((e) => this.onEdit(e.document)),
      vscode.workspace.onDidOpenTextDocument((d) => this.onEdit(d)),
      // Closing an unsaved table drops its edits: the file on disk is the table again.
      vscode.workspace.onDidCloseTextDocument((d) => d.uri.scheme === 'file' && this.states.has(d.uri.fsPath) && this.reload(d.uri.fsPath)),
    );
  }

  /** The table a draft is checked against: the `crosscheck.factTable` setting, else the nearest one above it. */
  tablePathFor(uri: vscode.Uri): string | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(uri) ?? vscode.workspace.workspaceFolders?.[0];
    const setting = readSettings(uri).factTable;
    if (setting) return path.isAbsolute(setting) || !folder ? setting : path.join(folder.uri.fsPath, setting);
    if (uri.scheme === 'file') return discoverTable(uri.fsPath, listDir);
    return folder ? discoverTable(path.join(folder.uri.fsPath, 'untitled'), listDir) : undefined;
  }

  get(tablePath: string): TableState {
    return this.states.get(tablePath) ?? this.reload(tablePath, false);
  }

  /** Loaded tables, for commands that look across them. */
  all(): TableState[] {
    return [...this.states.values()];
  }

  private onEdit(doc: vscode.TextDocument): void {
    if (doc.uri.scheme !== 'file' || !isTablePath(doc.uri.fsPath)) return;
    const key = doc.uri.fsPath;
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        this.reload(key);
      }, 150),
    );
  }

  private readText(tablePath: string): string | undefined {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'file' && d.uri.fsPath === tablePath);
    if (open) return open.getText();
    try {
      return fs.readFileSync(tablePath, 'utf8');
    } catch {
      return undefined;
    }
  }

  /** Reads and validates the table again; `notify` re-checks the drafts that use it. */
  reload(tablePath: string, notify = true): TableState {
    const uri = vscode.Uri.file(tablePath);
    const previous = this.states.get(tablePath);
    const text = this.readText(tablePath);
    const loaded = text === undefined ? undefined : loadTable(text);
    const state: TableState = {
      path: tablePath,
      uri,
      prepared: loaded?.table ? prepareTable(loaded.table) : previous?.prepared ?? null,
      broken: !loaded?.table,
      problems: loaded?.problems ?? [],
      validText: loaded?.table ? text ?? null : previous?.validText ?? null,
      version: loaded?.table ? (previous?.version ?? 0) + 1 : previous?.version ?? 0,
    };
    this.states.set(tablePath, state);
    this.diagnostics.set(
      uri,
      state.problems.map((p) => {
        const d = new vscode.Diagnostic(
          toRange(p.range),
          p.message,
          p.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning,
        );
        d.source = 'crosscheck';
        d.code = 'fact-table';
        return d;
      }),
    );
    if (notify) this.changed.fire(state);
    return state;
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    for (const d of this.disposables) d.dispose();
  }
}
