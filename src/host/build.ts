// Building or updating a fact table from source files, as `crosscheck build` and the editor's
// "Build Fact Table from Sources" both do.
import * as path from 'node:path';
import { buildTable, updateTable, type BuildOptions, type SourceText } from '../engine';
import type { CrosscheckConfig } from './config';
import { isDirectory, readTextFile, relativePosix } from './files';
import { SOURCE_FOLDER } from './defaults';
import { sourcesUnder } from './workspace';

export interface SkippedSource {
  file: string;
  why: string;
}

/** The source files named: a folder stands for the source articles in it (see `sourcesUnder`). */
export function sourceFiles(paths: readonly string[], configFor: (dir: string) => CrosscheckConfig): string[] {
  return paths.flatMap((p) => (isDirectory(p) ? sourcesUnder(p, configFor(p)) : [p]));
}

/** Each source's text with its path as the table records it (relative to the table's folder); unreadable and binary files are skipped. */
export function readSources(files: readonly string[], tableDir: string): { sources: SourceText[]; skipped: SkippedSource[] } {
  const sources: SourceText[] = [];
  const skipped: SkippedSource[] = [];
  for (const file of files) {
    const read = readTextFile(file);
    if (read.kind === 'text') sources.push({ path: relativePosix(tableDir, path.resolve(file)), text: read.text });
    else skipped.push({ file, why: read.kind === 'binary' ? 'a binary file, not a source article' : `cannot read (${read.reason})` });
  }
  return { sources, skipped };
}

/** A new table, or the existing one with the new sources merged in (its edits kept; throws TableUpdateError when it has errors). */
export function buildOrUpdate(existing: string | undefined, sources: readonly SourceText[], options: BuildOptions = {}): string {
  return existing === undefined ? buildTable([...sources], options) : updateTable(existing, [...sources], options);
}

/**
 * Where the editor's build writes a folder's table: beside the story's sources, so the story's drafts find
 * it above them (`story/facts.yaml` for `story/` and for `story/sources/`), unless the config names one.
 */
export function tableForSources(folder: string, config: CrosscheckConfig): string {
  if (config.table) return config.table;
  const dir = path.resolve(folder);
  return path.join(path.basename(dir) === SOURCE_FOLDER ? path.dirname(dir) : dir, 'facts.yaml');
}
