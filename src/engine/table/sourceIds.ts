import { isMap, isScalar, parseDocument } from 'yaml';

/**
 * The source ids a table declares, read leniently: completion inside `claims` must work while the
 * table is being typed and is not yet valid.
 */
export function sourceIdsIn(text: string): string[] {
  const doc = parseDocument(text, { uniqueKeys: false, prettyErrors: false });
  const sources = isMap(doc.contents) ? doc.contents.get('sources', true) : undefined;
  if (!isMap(sources)) return [];
  return sources.items.map((pair) => (isScalar(pair.key) ? String(pair.key.value) : '')).filter(Boolean);
}
