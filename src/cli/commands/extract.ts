import { parseArgs } from 'node:util';
import {
  check,
  describeClaims,
  describeValue,
  emptyTable,
  LineIndex,
  prepareTable,
  unresolvedRelativeDates,
  type ClaimRecord,
  type PreparedTable,
  type UnresolvedDate,
} from '../../engine';
import { displayPath } from '../files';
import type { Io } from '../io';
import { checkOptions, newInputs, planDrafts, readDraft } from '../tables';

export const EXTRACT_USAGE = `crosscheck extract [options] FILE|FOLDER...
  Prints every claim the engine reads in the drafts (figures, money, percentages, dates, names), matched to a fact or not.
  --table FILE    a fact table: its names help find people and places, and matched claims show their fact id
                  (default: the nearest facts.yaml or *.facts.yaml above each draft, if any; none is needed)
  --format F      text (default) or json
  --date D        the date (YYYY-MM-DD) relative dates resolve against (front matter 'date:' still comes first);
                  without any date known, relative dates are listed as unresolved
  A FILE of - reads the draft from standard input.
  Exit status: 0 done, 2 usage or input error.`;

const FORMATS = ['text', 'json'] as const;
type Format = (typeof FORMATS)[number];

interface ExtractedFile {
  path: string;
  text: string;
  documentDate?: string;
  claims: ClaimRecord[];
  /** Relative dates left unread because no date is known for the draft. */
  unresolved: UnresolvedDate[];
}

/** Claims with the 0-based line and character of their start, as `check --format json` counts them. */
function formatJson(files: ExtractedFile[]): string {
  const out = {
    version: 1,
    files: files.map((f) => {
      const index = new LineIndex(f.text);
      return {
        path: f.path,
        documentDate: f.documentDate,
        claims: f.claims.map((c) => ({ ...c, ...index.position(c.start) })),
        unresolved: f.unresolved.map((u) => ({ ...u, ...index.position(u.start) })),
      };
    }),
  };
  return JSON.stringify(out, null, 2) + '\n';
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * `path:line:col: kind text -> value [bound] [unit] [factId]` in the order of the text, an unresolved relative date as
 * `date text -> unresolved (no document date)`, then a count line.
 */
function formatText(files: ExtractedFile[]): string {
  const lines: string[] = [];
  let total = 0;
  let matched = 0;
  let unresolved = 0;
  for (const f of files) {
    const index = new LineIndex(f.text);
    const rows: { start: number; line: string }[] = [];
    const at = (start: number, kind: string, text: string, value: string): void => {
      const pos = index.position(start);
      // Newlines inside a claim (a name or figure wrapped across lines) would break the one-line shape.
      rows.push({ start, line: `${f.path}:${pos.line + 1}:${pos.character + 1}: ${kind} ${text.replace(/\s+/g, ' ')} -> ${value}` });
    };
    for (const c of f.claims) {
      const extras = [c.bound !== 'exact' ? c.bound : '', c.unit ?? '', c.factId ? `[${c.factId}]` : ''].filter(Boolean);
      at(c.start, c.kind, c.text, [describeValue(c), ...extras].join(' '));
      total++;
      if (c.factId) matched++;
    }
    for (const u of f.unresolved) at(u.start, 'date', u.text, 'unresolved (no document date)');
    unresolved += f.unresolved.length;
    lines.push(...rows.sort((a, b) => a.start - b.start).map((r) => r.line));
  }
  const counts = [plural(files.length, 'file'), plural(total, 'claim'), `${matched} matched to a fact`];
  if (unresolved) {
    counts.push(`${plural(unresolved, 'relative date')} unresolved: give a date with front matter 'date:', --date or the crosscheck.date setting`);
  }
  lines.push(counts.join(', '));
  return lines.join('\n') + '\n';
}

export function runExtract(args: string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      table: { type: 'string' },
      format: { type: 'string', default: 'text' },
      date: { type: 'string' },
    },
  });
  checkOptions({ format: values.format, formats: FORMATS, date: values.date });
  // checkOptions has just checked the value against FORMATS.
  const format = values.format as Format;
  // A table only helps find names, so extraction goes on without one that cannot be loaded, unless it was named.
  const inputs = newInputs(true);
  const none: PreparedTable = prepareTable(emptyTable());
  const files: ExtractedFile[] = [];
  for (const draft of planDrafts(positionals, inputs, { table: values.table, needsTable: false })) {
    const text = readDraft(draft.file, io, inputs.messages);
    if (text === undefined) continue;
    const choice = draft.table;
    let table = choice ? inputs.tables.get(choice.path) : none;
    if (!table) {
      if (choice?.origin === 'named') {
        inputs.messages.add(
          'error',
          `${displayPath(choice.path)}: the fact table named by --table cannot be used: fix the problems above or leave --table out`,
        );
        continue;
      }
      inputs.messages.add('note', `${displayPath(draft.file)}: extracting without the fact table ${displayPath(choice?.path ?? '')}`);
      table = none;
    }
    const options = { date: values.date, fallbackDate: draft.config.date };
    const result = check(text, table, options);
    files.push({
      path: displayPath(draft.file),
      text,
      documentDate: result.documentDate,
      claims: describeClaims(result),
      unresolved: unresolvedRelativeDates(text, options),
    });
  }
  if (inputs.messages.flush(io)) return 2;

  io.out(format === 'json' ? formatJson(files) : formatText(files));
  return 0;
}
