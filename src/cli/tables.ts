// What a command reads: the drafts named or found in folders, the config and the fact table each one
// goes with, all through the host layer the editor uses too. Problems are collected, not printed as
// they come, so a run that cannot go on prints its errors and nothing else.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadTable, parseDocumentDate, prepareTable, tableProblemToString, type PreparedTable, type TableProblem } from '../engine';
import { ConfigCache, type CrosscheckConfig } from '../host/config';
import { readTextFile } from '../host/files';
import { draftCandidatesUnder, sourcePaths, tableFor, whyNotDraft, type TableChoice } from '../host/workspace';
import { displayPath, UsageError } from './files';
import type { Io } from './io';

/** Errors end the run (exit 2, no report); notes are said once on stderr and the run goes on. */
export class Messages {
  readonly errors: string[] = [];
  readonly notes: string[] = [];
  private readonly said = new Set<string>();

  /** `lenient`: errors do not stop the run (a table `extract` only uses for its names). */
  problems(file: string, problems: readonly TableProblem[], lenient = false): void {
    for (const p of problems) this.add(p.severity === 'error' && !lenient ? 'error' : 'note', tableProblemToString(displayPath(file), p));
  }

  add(kind: 'error' | 'note', line: string): void {
    if (this.said.has(line)) return;
    this.said.add(line);
    (kind === 'error' ? this.errors : this.notes).push(line);
  }

  /** Prints what was collected; true when the run must stop. */
  flush(io: Io): boolean {
    for (const line of [...this.notes, ...this.errors]) io.err(line + '\n');
    this.notes.length = 0;
    const fatal = this.errors.length > 0;
    this.errors.length = 0;
    return fatal;
  }
}

/** Tables are loaded once per path and shared by every draft under them. */
export class TableCache {
  private readonly loaded = new Map<string, PreparedTable | null>();
  constructor(
    private readonly messages: Messages,
    private readonly lenient = false,
  ) {}

  /** The prepared table, or null when it cannot be read or has errors (each problem is collected). */
  get(tablePath: string): PreparedTable | null {
    const known = this.loaded.get(tablePath);
    if (known !== undefined) return known;
    let prepared: PreparedTable | null = null;
    const read = readTextFile(tablePath);
    if (read.kind === 'text') {
      const { table, problems } = loadTable(read.text);
      this.messages.problems(tablePath, problems, this.lenient);
      if (table) prepared = prepareTable(table);
    } else {
      const why = read.kind === 'binary' ? 'a binary file' : read.reason;
      this.messages.add(this.lenient ? 'note' : 'error', `${displayPath(tablePath)}: cannot read the fact table (${why}): check its path`);
    }
    this.loaded.set(tablePath, prepared);
    return prepared;
  }

  sources(tablePath: string): ReadonlySet<string> | undefined {
    const t = this.get(tablePath);
    return t ? sourcePaths(t.table, tablePath) : undefined;
  }
}

/** One draft to read, with the config and the table that apply to it. */
export interface PlannedDraft {
  file: string;
  config: CrosscheckConfig;
  table?: TableChoice;
}

export interface Inputs {
  configs: ConfigCache;
  tables: TableCache;
  messages: Messages;
}

/** `lenientTables`: a table that cannot be loaded is noted, not an error (for commands a table only helps). */
export function newInputs(lenientTables = false): Inputs {
  const messages = new Messages();
  return { configs: new ConfigCache(), tables: new TableCache(messages, lenientTables), messages };
}

function configFor(inputs: Inputs, file: string, isDir = false): CrosscheckConfig {
  const { config, problems } = inputs.configs.forPath(file, isDir);
  if (config.file) inputs.messages.problems(config.file, problems);
  return config;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The drafts named on the command line. A folder stands for the drafts in it: not its sources,
 * READMEs, tables or ignored files, and a draft with no table above it is skipped with one note
 * (when `needsTable`). A file named on its own is read whatever it is, and must have a table, unless
 * `onlyDrafts` asks for it to be judged as a folder's files are.
 */
export function planDrafts(args: string[], inputs: Inputs, options: { table?: string; needsTable: boolean; onlyDrafts?: boolean }): PlannedDraft[] {
  if (!args.length) throw new UsageError('no drafts given: name files or folders, or - for standard input');
  const out: PlannedDraft[] = [];
  const noTable: string[] = [];
  for (const arg of args) {
    if (arg === '-') {
      const config = configFor(inputs, process.cwd(), true);
      out.push({ file: arg, config, table: tableFor(path.resolve('stdin'), config, options.table) });
      continue;
    }
    let isDir: boolean;
    try {
      isDir = fs.statSync(arg).isDirectory();
    } catch {
      throw new UsageError(`${arg}: no such file or folder`);
    }
    if (!isDir && !options.onlyDrafts) {
      const config = configFor(inputs, arg);
      const table = tableFor(arg, config, options.table);
      if (!table && options.needsTable) inputs.messages.add('error', `no fact table found above ${displayPath(arg)}: create facts.yaml or pass --table`);
      out.push({ file: arg, config, table });
      continue;
    }
    // With onlyDrafts, a named file is judged as a folder's files are (a pre-commit hook names every staged file).
    for (const file of isDir ? draftCandidatesUnder(arg, configFor(inputs, arg, true)) : [arg]) {
      const config = configFor(inputs, file);
      const table = tableFor(file, config, options.table);
      if (whyNotDraft(file, config, table && inputs.tables.sources(table.path))) continue;
      if (!table && options.needsTable) noTable.push(file);
      else out.push({ file, config, table });
    }
  }
  if (noTable.length) {
    const shown = noTable.slice(0, 3).map(displayPath).join(', ') + (noTable.length > 3 ? ', ...' : '');
    inputs.messages.add(
      'note',
      `crosscheck: skipped ${plural(noTable.length, 'draft')} with no fact table above (${shown}): create facts.yaml or pass --table`,
    );
  }
  // A hook that stages only a README has nothing to check, which is fine.
  if (!out.length && !noTable.length && !options.onlyDrafts) throw new UsageError(`no drafts (.md, .txt) found in ${args.join(', ')}`);
  return out;
}

/** A draft's text, or undefined (a binary file is noted and skipped, an unreadable one is an error). */
export function readDraft(file: string, io: Io, messages: Messages): string | undefined {
  if (file === '-') return io.stdin().replace(/^\uFEFF/, '');
  const read = readTextFile(file);
  if (read.kind === 'text') return read.text;
  if (read.kind === 'binary') messages.add('note', `${displayPath(file)}: skipped: a binary file, not a draft`);
  else messages.add('error', `${displayPath(file)}: cannot read (${read.reason})`);
  return undefined;
}

/** Checks the options `check` and `extract` share. */
export function checkOptions(options: { format: string; formats: readonly string[]; date?: string }): void {
  if (!options.formats.includes(options.format)) {
    throw new UsageError(`--format must be one of ${options.formats.join(', ')}, not '${options.format}'`);
  }
  if (options.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.date)) throw new UsageError(`--date must be YYYY-MM-DD, not '${options.date}'`);
  if (options.date !== undefined && !parseDocumentDate(options.date)) throw new UsageError(`--date '${options.date}' is not a calendar date`);
}
