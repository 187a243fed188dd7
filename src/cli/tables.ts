// What a command reads: drafts, and the fact table each draft is checked against (given or discovered).
// Shared by `check` and `extract` so both find and report tables the same way.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { discoverTable, loadTable, parseDocumentDate, prepareTable, tableProblemToString, type PreparedTable } from '../engine';
import { displayPath, expandDrafts, isBinary, listDir, UsageError } from './files';
import type { Io } from './io';

/** Tables are loaded once per path and shared by every draft under them. */
export class TableCache {
  private readonly loaded = new Map<string, PreparedTable | null>();
  constructor(private readonly io: Io) {}

  /** The prepared table, or null when it cannot be read or has errors (each problem is reported on stderr). */
  get(tablePath: string): PreparedTable | null {
    if (this.loaded.has(tablePath)) return this.loaded.get(tablePath) ?? null;
    let prepared: PreparedTable | null = null;
    const shown = displayPath(tablePath);
    let text: string | undefined;
    try {
      text = fs.readFileSync(tablePath, 'utf8');
    } catch (e) {
      this.io.err(`${shown}: cannot read the fact table: ${(e as Error).message}\n`);
    }
    if (text !== undefined) {
      const { table, problems } = loadTable(text);
      for (const p of problems) this.io.err(tableProblemToString(shown, p) + '\n');
      if (table) prepared = prepareTable(table);
    }
    this.loaded.set(tablePath, prepared);
    return prepared;
  }
}


/** The table for a draft: `--table` when given, else the nearest facts.yaml or *.facts.yaml above it (stdin: above the working folder). */
export function tablePathFor(file: string, explicit: string | undefined): string | undefined {
  return explicit ?? discoverTable(path.resolve(file === '-' ? 'stdin' : file), listDir);
}

/** A draft's text (BOM removed), 'binary' for a binary file, or undefined when unreadable (reported on stderr). */
export function readDraft(file: string, io: Io): string | undefined | 'binary' {
  if (file === '-') return io.stdin();
  let buffer: Buffer;
  try {
    buffer = fs.readFileSync(file);
  } catch (e) {
    io.err(`${displayPath(file)}: cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
    return undefined;
  }
  return isBinary(buffer) ? 'binary' : buffer.toString('utf8').replace(/^\uFEFF/, '');
}

/** Checks the options `check` and `extract` share, and expands the drafts named on the command line. */
export function draftsFromArgs(positionals: string[], options: { format: string; formats: readonly string[]; date?: string }): string[] {
  if (!options.formats.includes(options.format)) {
    throw new UsageError(`--format must be one of ${options.formats.join(', ')}, not '${options.format}'`);
  }
  if (options.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.date)) throw new UsageError(`--date must be YYYY-MM-DD, not '${options.date}'`);
  if (options.date !== undefined && !parseDocumentDate(options.date)) throw new UsageError(`--date '${options.date}' is not a calendar date`);
  if (!positionals.length) throw new UsageError('no drafts given');
  const drafts = expandDrafts(positionals);
  if (!drafts.length) throw new UsageError(`no drafts (.md, .txt) found in ${positionals.join(', ')}`);
  return drafts;
}

/**
 * The drafts' texts, in order. A binary file is skipped with a note; an unreadable one is reported,
 * skipped, and marks the run as failed through `failed()`.
 */
export function readDrafts(drafts: string[], io: Io, failed: () => void): { file: string; text: string }[] {
  const out: { file: string; text: string }[] = [];
  for (const file of drafts) {
    const text = readDraft(file, io);
    if (text === 'binary') io.err(`${displayPath(file)}: skipped: a binary file, not a draft\n`);
    else if (text === undefined) failed();
    else out.push({ file, text });
  }
  return out;
}
