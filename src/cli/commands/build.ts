import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { loadTable, tableProblemToString, TableUpdateError } from '../../engine';
import { buildOrUpdate, readSources, sourceFiles } from '../../host/build';
import { ConfigCache } from '../../host/config';
import { displayPath, UsageError } from '../files';
import type { Io } from '../io';

export const BUILD_USAGE = `crosscheck build [options] SOURCE...
  Drafts a cross-source fact table from source articles (.txt, .md, .html, or folders of them):
  every figure, date and name they state, lined up across sources, contested values marked.
  A folder stands for the source articles in it: not READMEs, tables, drafts (the config's, else drafts/ folders)
  or files the config ignores; a folder with a sources/ folder stands for the articles in that.
  --out FILE      write the table to FILE (default: standard output); an existing FILE needs --update
  --update        merge new sources into FILE, keeping every edit made to it
  --min-sources N keep facts at least N sources state (default 2); the others are written commented out
  --base DIR      write source paths relative to DIR (default: the folder of FILE, or the current folder)
  Exit status: 0 written, 2 usage or input error.`;

function summary(yaml: string): string {
  const { table } = loadTable(yaml);
  if (!table) return '';
  const shared = table.facts.filter((f) => new Set(f.claims.map((c) => c.source)).size > 1).length;
  const contested = table.facts.filter((f) => f.contested).length;
  return `${table.sources.size} sources, ${table.facts.length} facts (${shared} from two or more sources, ${contested} contested)`;
}

export function runBuild(args: string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      update: { type: 'boolean', default: false },
      'min-sources': { type: 'string' },
      base: { type: 'string' },
    },
  });
  const minSources = values['min-sources'] === undefined ? undefined : Number(values['min-sources']);
  if (minSources !== undefined && !(Number.isInteger(minSources) && minSources >= 1)) {
    throw new UsageError(`--min-sources needs a whole number of 1 or more, not ${values['min-sources']}`);
  }
  if (!positionals.length) throw new UsageError('no sources given');
  if (positionals.includes('-')) throw new UsageError('build reads source files, not standard input');
  if (values.update && values.out === undefined) throw new UsageError('--update needs --out FILE: the table to merge into');
  for (const p of positionals) if (!fs.existsSync(p)) throw new UsageError(`${p}: no such file or folder`);
  const configs = new ConfigCache();
  const files = sourceFiles(positionals, (dir) => configs.forPath(dir, true).config);
  if (!files.length) throw new UsageError(`no sources (.txt, .md, .html) found in ${positionals.join(', ')}`);
  const out = values.out;
  const tableDir = values.base !== undefined ? path.resolve(values.base) : out === undefined ? process.cwd() : path.dirname(path.resolve(out));
  const { sources, skipped } = readSources(files, tableDir);
  for (const s of skipped) io.err(`${displayPath(s.file)}: skipped: ${s.why}\n`);
  if (!sources.length) {
    io.err('crosscheck build: no readable sources; nothing to build\n');
    return 2;
  }
  let existing: string | undefined;
  if (out !== undefined && fs.existsSync(out)) {
    if (!values.update) {
      io.err(`${displayPath(out)}: already exists; use --update to merge new sources into it (a rebuild would drop its edits)\n`);
      return 2;
    }
    existing = fs.readFileSync(out, 'utf8');
  }

  let yaml: string;
  try {
    yaml = buildOrUpdate(existing, sources, minSources === undefined ? {} : { minSources });
  } catch (e) {
    if (!(e instanceof TableUpdateError) || out === undefined) throw e;
    for (const p of e.problems) io.err(tableProblemToString(displayPath(out), p) + '\n');
    io.err(`${displayPath(out)}: ${e.message}\n`);
    return 2;
  }
  if (out === undefined) {
    io.out(yaml);
    return 0;
  }
  if (yaml === existing) {
    io.err(`${displayPath(out)}: unchanged: every source is already in the table\n`);
    return 0;
  }
  fs.writeFileSync(out, yaml);
  io.err(`${displayPath(out)}: ${existing === undefined ? 'wrote' : 'updated'}: ${summary(yaml)}\n`);
  return 0;
}
