// Drafting a cross-source fact table from source articles: pure functions over texts, no file system,
// so the command line and the editor extension build the same table from the same sources.

import { assignIds, DEFAULT_MIN_SOURCES, draftFacts, extract, publishersOf, splitBySources, type BuildOptions } from './draft';
import { readSources, type SourceText } from './source';
import { writeTable } from './write';

export { DEFAULT_MIN_SOURCES, type BuildOptions, type BuildStep } from './draft';
export type { SourceText } from './source';
export { updateTable, TableUpdateError } from './update';
export { htmlToText } from './html';

/**
 * A v1 fact table (YAML text) drafted from source articles. `path` is written into the table as given,
 * so callers pass it relative to where the table will be saved. Same sources, same bytes.
 */
export function buildTable(sources: readonly SourceText[], options: BuildOptions = {}): string {
  const infos = readSources(sources);
  const ex = extract(infos, [], options.onSource);
  const order = new Map(infos.map((s, i) => [s.id, i]));
  const min = options.minSources ?? DEFAULT_MIN_SOURCES;
  // Ids are given in table order over both parts, so uncommenting a fact never makes a duplicate id.
  const { kept, aside } = splitBySources(draftFacts(ex, ex.claims, ex.people, order, ex.names, publishersOf(infos)), min);
  const written = assignIds([...kept, ...aside]);
  return writeTable(infos, written.slice(0, kept.length), { facts: written.slice(kept.length), min });
}
