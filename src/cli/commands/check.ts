import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { check, discoverTable, FAILING_VERDICTS, loadTable, prepareTable, tableProblemToString, type PreparedTable } from '../../engine';
import { displayPath, expandDrafts, isBinary, listDir, UsageError } from '../files';
import { formatJson } from '../formats/json';
import { formatSarif } from '../formats/sarif';
import { formatText } from '../formats/text';
import type { Io } from '../io';
import type { FileReport } from '../report';
import { version } from '../version';

export const CHECK_USAGE = `crosscheck check [--table FILE] [--format text|json|sarif] [--date YYYY-MM-DD] [--all] FILE|FOLDER...
  Checks article drafts against a cross-source fact table.
  --table FILE    the fact table (default: the nearest facts.yaml or *.facts.yaml above each draft)
  --format F      text (default), json or sarif
  --date D        the date relative dates resolve against when a draft carries none
  --all           text format: also list the claims that agree
  A FILE of - reads the draft from standard input.
  Exit status: 0 nothing disagrees, 1 a claim disagrees, is unsupported or misspelled, 2 usage or input error.`;

const FORMATS = ['text', 'json', 'sarif'] as const;
type Format = (typeof FORMATS)[number];

/** Tables are loaded once per path and shared by every draft under them. */
class TableCache {
  private readonly loaded = new Map<string, PreparedTable | null>();
  constructor(private readonly io: Io) {}

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

function readDraft(file: string, io: Io): string | undefined | 'binary' {
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

export function runCheck(args: string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      table: { type: 'string' },
      format: { type: 'string', default: 'text' },
      date: { type: 'string' },
      all: { type: 'boolean', default: false },
    },
  });
  const format = values.format as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not '${values.format}'`);
  if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) throw new UsageError(`--date must be YYYY-MM-DD, not '${values.date}'`);
  if (!positionals.length) throw new UsageError('no drafts given');

  const drafts = expandDrafts(positionals);
  if (!drafts.length) throw new UsageError(`no drafts (.md, .txt) found in ${positionals.join(', ')}`);
  const tables = new TableCache(io);
  const reports: FileReport[] = [];
  let inputError = false;
  for (const file of drafts) {
    const text = readDraft(file, io);
    if (text === 'binary') {
      io.err(`${displayPath(file)}: skipped: a binary file, not a draft\n`);
      continue;
    }
    if (text === undefined) {
      inputError = true;
      continue;
    }
    const tablePath = values.table ?? discoverTable(path.resolve(file === '-' ? 'stdin' : file), listDir);
    if (!tablePath) {
      io.err(`${displayPath(file)}: no fact table found (facts.yaml or *.facts.yaml in its folder or above); use --table\n`);
      inputError = true;
      continue;
    }
    const table = tables.get(tablePath);
    if (!table) {
      inputError = true;
      continue;
    }
    reports.push({ path: displayPath(file), text, result: check(text, table, { date: values.date }) });
  }

  if (format === 'json') io.out(formatJson(reports));
  else if (format === 'sarif') io.out(formatSarif(reports, version()));
  else io.out(formatText(reports, { showAgreeing: values.all }));

  if (inputError) return 2;
  const failing = reports.some((r) => r.result.findings.some((f) => FAILING_VERDICTS.has(f.verdict)));
  return failing ? 1 : 0;
}
