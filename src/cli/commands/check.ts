import { parseArgs } from 'node:util';
import { check, FAILING_VERDICTS } from '../../engine';
import { displayPath } from '../files';
import { formatJson } from '../formats/json';
import { formatSarif } from '../formats/sarif';
import { formatText } from '../formats/text';
import type { Io } from '../io';
import type { FileReport } from '../report';
import { publishedDateOf } from '../../host/published';
import { draftsFromArgs, readDrafts, TableCache, tablePathFor } from '../tables';
import { version } from '../version';

export const CHECK_USAGE = `crosscheck check [--table FILE] [--format text|json|sarif] [--date YYYY-MM-DD] [--all] FILE|FOLDER...
  Checks article drafts against a cross-source fact table.
  --table FILE    the fact table (default: the nearest facts.yaml or *.facts.yaml above each draft)
  --format F      text (default), json or sarif
  --date D        the date relative dates resolve against (front matter 'date:' still comes first)
  --all           text format: also list the claims that agree
  A FILE of - reads the draft from standard input.
  Exit status: 0 nothing disagrees, 1 a claim disagrees, is unsupported or misspelled, 2 usage or input error.`;

const FORMATS = ['text', 'json', 'sarif'] as const;
type Format = (typeof FORMATS)[number];

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
  const drafts = draftsFromArgs(positionals, { format, formats: FORMATS, date: values.date });
  const tables = new TableCache(io);
  const reports: FileReport[] = [];
  let inputError = false;
  for (const { file, text } of readDrafts(drafts, io, () => (inputError = true))) {
    const tablePath = tablePathFor(file, values.table);
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
    reports.push({ path: displayPath(file), text, result: check(text, table, { date: values.date, published: publishedDateOf(table.table, tablePath, file) }) });
  }

  if (format === 'json') io.out(formatJson(reports));
  else if (format === 'sarif') io.out(formatSarif(reports, version()));
  else io.out(formatText(reports, { showAgreeing: values.all }));

  if (inputError) return 2;
  const failing = reports.some((r) => r.result.findings.some((f) => FAILING_VERDICTS.has(f.verdict)));
  return failing ? 1 : 0;
}
