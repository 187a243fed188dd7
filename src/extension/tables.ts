import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { loadTable, type FactTable, type LoadedTable, type TableProblem } from '../engine';
import { isFactTable } from '../host/tableFiles';
import { sourcePaths, tableFor } from '../host/workspace';
import type { CheckWorkerClient } from '../worker/client';
import { readSettings } from './config';

/** What the extension knows of one fact table file. */
export interface TableState {
  path: string;
  uri: vscode.Uri;
  /** The last valid version: drafts keep being checked against it while the file is broken. */
  table: FactTable | null;
  /** The current text has errors (table is then an older version, or null). */
  broken: boolean;
  problems: TableProblem[];
  /** The check worker's name for `table`, and its YAML text for a worker that lacks it: all three change together. */
  key: string | null;
  validText: string | null;
  /** A newer text is being loaded off the extension host; the fields above are the previous version's. */
  loading: boolean;
}

/**
 * Tables up to this size load on the extension host in a few milliseconds and are there for the
 * first check at once; a larger one would block the host (10,000 facts take seconds), so it loads in
 * the check worker, which keeps it for the checks that follow.
 */
const LOAD_OFF_HOST_FROM = 64 * 1024;

/** A load that failed in the worker (it crashed): shown on the table's first line, like any problem. */
function workerProblem(e: Error): TableProblem {
  const at = { line: 1, column: 1 };
  return { severity: 'error', message: `the table could not be loaded: ${e.message}`, range: { start: at, end: at, offset: { start: 0, end: 0 } } };
}

/** A document that is a fact table: `*.facts.yaml`, or a `facts.yaml` whose text is one (see host/tableFiles.ts). */
export function isTableDocument(doc: vscode.TextDocument): boolean {
  if (doc.uri.scheme !== 'file') return false;
  // Only a plain facts.yaml needs its text read; a draft's name settles it without copying the draft.
  return path.basename(doc.uri.fsPath) === 'facts.yaml' ? isFactTable(doc.uri.fsPath, doc.getText()) : isFactTable(doc.uri.fsPath, '');
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
  /** Loads of each file, counted: a load that finishes after a newer one started is dropped. */
  private readonly generations = new Map<string, number>();
  private readonly loads = new Map<string, Promise<void>>();
  private readonly disposables: vscode.Disposable[] = [];
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly worker: CheckWorkerClient,
    private readonly log: vscode.LogOutputChannel,
  ) {
    const watcher = vscode.workspace.createFileSystemWatcher('**/{facts.yaml,*.facts.yaml}');
    const fromDisk = (uri: vscode.Uri) => {
      const open = vscode.workspace.textDocuments.find((d) => d.uri.fsPath === uri.fsPath);
      // Someone else's facts.yaml (Ansible's, say) is not ours to load or mark.
      if (!open?.isDirty && (this.states.has(uri.fsPath) || isFactTable(uri.fsPath))) this.reload(uri.fsPath);
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

  /** The table a draft is checked against: the `crosscheck.factTable` setting, else .crosscheck.yaml's, else the nearest one above it. */
  tablePathFor(uri: vscode.Uri): string | undefined {
    const settings = readSettings(uri);
    if (uri.scheme === 'file') return tableFor(uri.fsPath, settings.config, settings.factTable)?.path;
    const folder = vscode.workspace.workspaceFolders?.[0];
    return folder ? tableFor(path.join(folder.uri.fsPath, 'untitled'), settings.config, settings.factTable)?.path : settings.factTable;
  }

  /** The files the table a draft goes with lists as its sources (none known while it is not loaded). */
  sourcesFor(uri: vscode.Uri): ReadonlySet<string> | undefined {
    const tablePath = this.tablePathFor(uri);
    const table = tablePath ? this.get(tablePath).table : null;
    return table && tablePath ? sourcePaths(table, tablePath) : undefined;
  }

  get(tablePath: string): TableState {
    return this.states.get(tablePath) ?? this.reload(tablePath, false);
  }

  /** Loaded tables, for commands that look across them. */
  all(): TableState[] {
    return [...this.states.values()];
  }

  private onEdit(doc: vscode.TextDocument): void {
    if (!isTableDocument(doc)) return;
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

  /** The table once any load of it in progress has finished: for commands that need its facts now. */
  async ready(tablePath: string): Promise<TableState> {
    let state = this.get(tablePath);
    // A newer load may start while one is awaited (the file was edited again): wait for that one too.
    for (let load = this.loads.get(tablePath); state.loading && load;) {
      await load;
      state = this.states.get(tablePath) ?? state;
      const next = this.loads.get(tablePath);
      load = next !== load ? next : undefined;
    }
    return state;
  }

  /**
   * Reads and validates the table again; `notify` re-checks the drafts that use it. A large table
   * loads off the extension host: the state returned is then the previous one, marked loading, and
   * drafts are re-checked when the load is done.
   */
  reload(tablePath: string, notify = true): TableState {
    const previous = this.states.get(tablePath);
    const text = this.readText(tablePath);
    const generation = (this.generations.get(tablePath) ?? 0) + 1;
    this.generations.set(tablePath, generation);
    const key = `${tablePath}#${generation}`;
    if (text === undefined || text.length < LOAD_OFF_HOST_FROM) {
      this.loads.delete(tablePath);
      return this.settle(tablePath, text === undefined ? undefined : { text, key, loaded: loadTable(text) }, notify);
    }
    const waiting: TableState = previous
      ? { ...previous, loading: true }
      : { path: tablePath, uri: vscode.Uri.file(tablePath), table: null, broken: false, problems: [], key: null, validText: null, loading: true };
    this.states.set(tablePath, waiting);
    const current = () => this.generations.get(tablePath) === generation;
    const load = this.worker.load({ key: tablePath, table: { key, text } }).then(
      (loaded) => {
        if (loaded && current()) this.settle(tablePath, { text, key, loaded }, true);
      },
      (e: Error) => {
        if (current()) this.settle(tablePath, { text, key, loaded: { table: null, problems: [workerProblem(e)] } }, true);
      },
    );
    this.loads.set(tablePath, load);
    return waiting;
  }

  /** Records what a load found (undefined: the file cannot be read) and shows its problems. */
  private settle(tablePath: string, read: { text: string; key: string; loaded: LoadedTable } | undefined, notify: boolean): TableState {
    const uri = vscode.Uri.file(tablePath);
    const previous = this.states.get(tablePath);
    const valid = read?.loaded.table ? read : undefined;
    const state: TableState = {
      path: tablePath,
      uri,
      table: valid?.loaded.table ?? previous?.table ?? null,
      broken: !valid,
      problems: read?.loaded.problems ?? [],
      key: valid ? valid.key : (previous?.key ?? null),
      validText: valid ? valid.text : (previous?.validText ?? null),
      loading: false,
    };
    this.states.set(tablePath, state);
    const errors = state.problems.filter((p) => p.severity === 'error').length;
    if (!read) this.log.warn(`fact table ${tablePath}: cannot be read`);
    else if (valid)
      this.log.info(
        `fact table ${tablePath}: ${state.table?.facts.length ?? 0} facts, ${state.table?.sources.size ?? 0} sources, ${state.problems.length} problems`,
      );
    else this.log.warn(`fact table ${tablePath}: ${errors} errors; ${state.table ? 'drafts keep its last valid version' : 'no valid version yet'}`);
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
