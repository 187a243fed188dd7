import { parseArgs } from 'node:util';
import { check, FAILING_VERDICTS } from '../../engine';
import { applyDecisions } from '../../host/decisions';
import { publishedDateOf, sourceIdOf } from '../../host/published';
import { displayPath } from '../files';
import { formatJson } from '../formats/json';
import { formatSarif } from '../formats/sarif';
import { formatText, type Shown } from '../formats/text';
import type { Io } from '../io';
import type { FileReport } from '../report';
import { checkOptions, newInputs, planDrafts, readDraft } from '../tables';
import { version } from '../version';

export const CHECK_USAGE = `crosscheck check [options] FILE|FOLDER...
  Checks article drafts against a cross-source fact table. A FOLDER stands for the drafts in it: not
  the sources its table lists, READMEs, tables, or files the config ignores. A FILE of - is standard input.
  --table FILE    the fact table (default: .crosscheck.yaml's, else the nearest facts.yaml or
                  *.facts.yaml above each draft)
  --format F      text (default), json or sarif
  --date D        the date (YYYY-MM-DD) relative dates resolve against (front matter 'date:' still comes first)
  --quiet         text format: only the claims that fail the check, no summary
  --all           text format: also list the claims that agree
  --only-drafts   judge named files as a folder's files are: skip sources, READMEs and drafts with
                  no table (for hooks that pass every staged file)
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
      quiet: { type: 'boolean', short: 'q', default: false },
      'only-drafts': { type: 'boolean', default: false },
    },
  });
  checkOptions({ format: values.format, formats: FORMATS, date: values.date });
  // checkOptions has just checked the value against FORMATS.
  const format = values.format as Format;
  const inputs = newInputs();
  const planned = planDrafts(positionals, inputs, { table: values.table, needsTable: true, onlyDrafts: values['only-drafts'] });
  const reports: FileReport[] = [];
  for (const draft of planned) {
    const table = draft.table && inputs.tables.get(draft.table.path);
    const text = readDraft(draft.file, io, inputs.messages);
    if (!table || !draft.table || text === undefined) continue;
    const published = publishedDateOf(table.table, draft.table.path, draft.file);
    const source = sourceIdOf(table.table, draft.table.path, draft.file);
    const result = check(text, table, { date: values.date, fallbackDate: draft.config.date, published, source });
    reports.push({ path: displayPath(draft.file), text, table: displayPath(draft.table.path), result: applyDecisions(text, result, draft.config.severity) });
  }
  if (inputs.messages.flush(io)) return 2;

  const shown: Shown = values.quiet ? 'flags' : values.all ? 'all' : 'flags and contested';
  if (format === 'json') io.out(formatJson(reports));
  else if (format === 'sarif') io.out(formatSarif(reports, version()));
  else io.out(formatText(reports, shown));

  const failing = reports.some((r) => r.result.findings.some((f) => FAILING_VERDICTS.has(f.verdict) && f.severity !== 'none'));
  return failing ? 1 : 0;
}
