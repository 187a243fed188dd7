import * as vscode from 'vscode';
import type { CheckResult } from '../engine';
import { applyDecisions } from '../host/decisions';
import { publishedDateOf, sourceIdOf } from '../host/published';
import { whyNotDraft } from '../host/workspace';
import type { CheckWorkerClient } from '../worker/client';
import { readSettings } from './config';
import { toDiagnostic, type FindingDiagnostic } from './diagnostics';
import type { SourceLocator } from './sources';
import { isTableDocument, type TableState, type TableStore } from './tables';

/** The latest check of one document, and the exact text version it was computed for. */
export interface DocumentCheck {
  uri: vscode.Uri;
  version: number;
  result: CheckResult;
  table: TableState;
  diagnostics: FindingDiagnostic[];
}

/**
 * Checks drafts as they are edited: debounced per document, results dropped when the document has
 * moved on meanwhile, diagnostics published per document.
 */
export class CheckController implements vscode.Disposable {
  private readonly results = new Map<string, DocumentCheck>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly collection = vscode.languages.createDiagnosticCollection('crosscheck');
  private readonly checked = new vscode.EventEmitter<DocumentCheck | undefined>();
  private readonly disposables: vscode.Disposable[] = [];
  /** What the log last said of each document's table, config and date: said again only when it changes. */
  private readonly logged = new Map<string, string>();
  /** Each document's claims, matched or not, read by a check of its own for the live check they go with. */
  private readonly claimChecks = new Map<string, { basis: DocumentCheck; result: Promise<CheckResult | undefined> }>();
  /** Fires after each published check (undefined when a document's results were cleared). */
  readonly onDidCheck = this.checked.event;
  constructor(
    private readonly tables: TableStore,
    /** Checks run in a worker thread, so the extension host is never blocked by one. */
    private readonly worker: CheckWorkerClient,
    private readonly locator: SourceLocator,
    private readonly readme: vscode.Uri,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.disposables.push(
      this.collection,
      this.checked,
      vscode.workspace.onDidOpenTextDocument((d) => this.schedule(d, 0)),
      vscode.workspace.onDidChangeTextDocument((e) => e.contentChanges.length && this.schedule(e.document)),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d.uri)),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('crosscheck') && this.recheckOpen()),
      tables.onDidChange((t) => this.recheckOpen(t)),
    );
    this.recheckOpen();
  }

  /** A draft by its language, and (on disk) by the rules the CLI's `check FOLDER` follows: not a source, README, table or ignored file. */
  isDraft(doc: vscode.TextDocument): boolean {
    const settings = readSettings(doc.uri);
    if (!settings.enable || !settings.languages.includes(doc.languageId) || doc.uri.scheme === 'output' || isTableDocument(doc)) return false;
    return doc.uri.scheme !== 'file' || whyNotDraft(doc.uri.fsPath, settings.config, this.tables.sourcesFor(doc.uri), true) === undefined;
  }

  /** The latest check of a document, only if it was computed for the text the document has now. */
  current(doc: vscode.TextDocument): DocumentCheck | undefined {
    const r = this.results.get(doc.uri.toString());
    return r && r.version === doc.version ? r : undefined;
  }

  /** The latest check, even if the document has been edited since (for the status bar). */
  latest(uri: vscode.Uri): DocumentCheck | undefined {
    return this.results.get(uri.toString());
  }

  /**
   * Every claim of the document as it is now, matched or not (the live checks send findings alone), from a
   * check with claims made once per live check; `knownOnly` answers only from one already made.
   */
  async claimsOf(doc: vscode.TextDocument, knownOnly = false): Promise<{ result: CheckResult; basis: DocumentCheck } | undefined> {
    const basis = knownOnly ? this.current(doc) : await this.checkOfNow(doc);
    if (!basis) return undefined;
    const key = doc.uri.toString();
    let known = this.claimChecks.get(key);
    if (known?.basis !== basis) {
      if (knownOnly) return undefined;
      known = { basis, result: this.checkText(`claims:${key}`, doc.uri, doc.getText(), true).then((c) => c?.result) };
      this.claimChecks.set(key, known);
    }
    const result = await known.result;
    return result && doc.version === basis.version ? { result, basis } : undefined;
  }

  /** The check of the text as it is now: the latest, or a new one (again, if one scheduled by the last edit supersedes it). */
  private async checkOfNow(doc: vscode.TextDocument): Promise<DocumentCheck | undefined> {
    const version = doc.version;
    for (let attempt = 0; attempt < 3 && doc.version === version && !doc.isClosed; attempt++) {
      const checked = this.current(doc) ?? (await this.checkNow(doc)) ?? this.current(doc);
      if (checked) return checked;
    }
    return undefined;
  }

  schedule(doc: vscode.TextDocument, delay = readSettings(doc.uri).debounceMs): void {
    if (!this.isDraft(doc)) return;
    const key = doc.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        if (!doc.isClosed) void this.checkNow(doc).catch((e: Error) => console.error(`crosscheck: ${e.message}`));
      }, delay),
    );
  }

  /** The table a document is checked against, when it has a valid version (once a load in progress is done). */
  private async tableOf(uri: vscode.Uri): Promise<TableState | undefined> {
    const tablePath = this.tables.tablePathFor(uri);
    const table = tablePath ? await this.tables.ready(tablePath) : undefined;
    return table?.table && table.key !== null && table.validText !== null ? table : undefined;
  }

  /** Checks text in the worker; undefined when a newer check of the same document superseded it. */
  async checkText(key: string, uri: vscode.Uri, text: string, withClaims = false): Promise<{ result: CheckResult; table: TableState } | undefined> {
    const table = await this.tableOf(uri);
    if (!table?.key || table.validText === null) return undefined;
    const settings = readSettings(uri);
    const published = table.table && uri.scheme === 'file' ? publishedDateOf(table.table, table.path, uri.fsPath) : undefined;
    const source = table.table && uri.scheme === 'file' ? sourceIdOf(table.table, table.path, uri.fsPath) : undefined;
    const result = await this.worker.check({
      key,
      text,
      table: { key: table.key, text: table.validText },
      date: settings.date || undefined,
      fallbackDate: settings.config.date,
      published,
      source,
      withClaims,
    });
    // The writer's decisions (severities, ignore comments) apply here, as the CLI applies them.
    return result ? { result: applyDecisions(text, result, settings.severity), table } : undefined;
  }

  /** Checks a document's current text and publishes the result, unless the document moved on meanwhile. */
  async checkNow(doc: vscode.TextDocument): Promise<DocumentCheck | undefined> {
    if (!this.isDraft(doc) || !(await this.tableOf(doc.uri))) {
      this.forget(doc.uri);
      return undefined;
    }
    const version = doc.version;
    const checked = await this.checkText(doc.uri.toString(), doc.uri, doc.getText());
    if (!checked || doc.isClosed || doc.version !== version || !checked.table.table) return undefined;
    const settings = readSettings(doc.uri);
    this.logContext(doc.uri, checked.table.path, settings.config.file, checked.result.documentDate);
    const table = { table: checked.table.table, path: checked.table.path };
    const diagnostics = checked.result.findings
      .map((f) => toDiagnostic((o) => doc.positionAt(o), f, settings, table, this.locator, this.readme))
      .filter((d): d is FindingDiagnostic => d !== undefined);
    const entry: DocumentCheck = { uri: doc.uri, version, result: checked.result, table: checked.table, diagnostics };
    this.results.set(doc.uri.toString(), entry);
    this.collection.set(doc.uri, diagnostics);
    this.checked.fire(entry);
    return entry;
  }

  private logContext(uri: vscode.Uri, tablePath: string, configFile: string | undefined, date: string | undefined): void {
    const line = `${vscode.workspace.asRelativePath(uri)}: checked against ${tablePath}, config ${configFile ?? '(none)'}, document date ${date ?? '(none: relative dates skipped)'}`;
    if (this.logged.get(uri.toString()) === line) return;
    this.logged.set(uri.toString(), line);
    this.log.info(line);
  }

  /** Publishes the findings of a draft that is not open (Check All Drafts in Workspace). */
  publishFor(uri: vscode.Uri, diagnostics: vscode.Diagnostic[]): void {
    this.collection.set(uri, diagnostics);
  }

  recheckOpen(table?: TableState): void {
    for (const doc of vscode.workspace.textDocuments) {
      if (!this.isDraft(doc)) continue;
      if (!table || this.results.get(doc.uri.toString())?.table.path === table.path || this.tables.tablePathFor(doc.uri) === table.path) {
        this.schedule(doc, 0);
      }
    }
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.logged.delete(key);
    this.claimChecks.delete(key);
    if (this.results.delete(key)) this.checked.fire(undefined);
    this.collection.delete(uri);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    for (const d of this.disposables) d.dispose();
  }
}
