// What the command line and the editor both need to know of a file and its fact table, from paths alone.
import * as path from 'node:path';
import type { FactTable } from '../engine';

/** The id of the table's source a file is, if it is one (its `path`, relative to the table). */
export function sourceIdOf(table: FactTable, tablePath: string, file: string): string | undefined {
  if (file === '-') return undefined;
  const target = path.resolve(file);
  const base = path.dirname(path.resolve(tablePath));
  for (const [id, source] of table.sources) if (source.path && path.resolve(base, source.path) === target) return id;
  return undefined;
}

/**
 * The date a file carries in the table when it is one of the table's sources: a source article checked
 * against its own table is dated as the table records it, whatever its page's first lines say.
 */
export function publishedDateOf(table: FactTable, tablePath: string, file: string): string | undefined {
  const id = sourceIdOf(table, tablePath, file);
  return id === undefined ? undefined : table.sources.get(id)?.published;
}
