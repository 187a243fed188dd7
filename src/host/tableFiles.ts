// Which files are fact tables, and which table applies to a draft when nothing names one.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { discoverTable } from '../engine';
import { listDir, readIfExists } from './files';

const TABLE_NAME = 'facts.yaml';
const TABLE_SUFFIX = '.facts.yaml';

/**
 * A fact table's text, read from its top-level keys only: `version:` and `facts:` or `sources:`.
 * Many repositories have a facts.yaml of their own (Ansible's, for one) that is nothing of ours.
 */
export function looksLikeFactTable(text: string): boolean {
  return /^version[ \t]*:/m.test(text) && /^(facts|sources)[ \t]*:/m.test(text);
}

/**
 * What each facts.yaml on disk turned out to be, by modification time: the editor asks on every check,
 * and a large table should not be read again for it.
 */
const onDisk = new Map<string, { mtimeMs: number; isTable: boolean }>();

function isTableOnDisk(file: string): boolean {
  let mtimeMs: number;
  try {
    mtimeMs = fs.statSync(file).mtimeMs;
  } catch {
    return false;
  }
  const known = onDisk.get(file);
  if (known?.mtimeMs === mtimeMs) return known.isTable;
  const text = readIfExists(file);
  const isTable = text !== undefined && looksLikeFactTable(text);
  onDisk.set(file, { mtimeMs, isTable });
  return isTable;
}

/** `*.facts.yaml` is always a table; `facts.yaml` only when its text is one (read from disk unless given). */
export function isFactTable(file: string, text?: string): boolean {
  const name = path.basename(file);
  if (name.endsWith(TABLE_SUFFIX) && name.length > TABLE_SUFFIX.length) return true;
  if (name !== TABLE_NAME) return false;
  return text !== undefined ? looksLikeFactTable(text) : isTableOnDisk(file);
}

/** A folder's file names as table discovery should see them: a facts.yaml that is not a table is not there. */
function tableNamesIn(dir: string): string[] | undefined {
  const names = listDir(dir);
  if (!names?.includes(TABLE_NAME) || isFactTable(path.join(dir, TABLE_NAME))) return names;
  return names.filter((n) => n !== TABLE_NAME);
}

/** The nearest fact table above a file (its own folder first). */
export function nearestTable(file: string): string | undefined {
  return discoverTable(path.resolve(file), tableNamesIn);
}
