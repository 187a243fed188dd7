// The worker thread that runs checks, so the editor's extension host never waits on one.
import { parentPort, workerData } from 'node:worker_threads';
import { check, CheckCancelled, loadTable, ParagraphCache, prepareTable, type PreparedTable } from '../engine';
import { KEEP_TABLES, type CheckRequest, type CheckResponse } from './protocol';

interface LoadedTable {
  prepared: PreparedTable;
  cache: ParagraphCache;
}

/** Recent table versions, newest last: an edit of the table makes a new version, drafts move to it. */
const tables = new Map<string, LoadedTable>();
const newest = new Int32Array(workerData as SharedArrayBuffer);

function tableFor(ref: CheckRequest['table']): LoadedTable {
  const known = tables.get(ref.key);
  if (known) return known;
  if (ref.text === undefined) throw new Error(`table ${ref.key} was never sent`);
  const { table, problems } = loadTable(ref.text);
  if (!table) throw new Error(`table ${ref.key} is invalid: ${problems[0]?.message ?? 'unknown problem'}`);
  const loaded = { prepared: prepareTable(table), cache: new ParagraphCache() };
  tables.set(ref.key, loaded);
  if (tables.size > KEEP_TABLES) tables.delete(tables.keys().next().value as string);
  return loaded;
}

function handle(req: CheckRequest): CheckResponse {
  // A newer request for the same document arrived while this one waited: skip it.
  const superseded = () => Atomics.load(newest, req.slot) !== req.id;
  try {
    // Load the table even for a superseded request: it carries the table's text only once.
    const { prepared, cache } = tableFor(req.table);
    if (superseded()) return { id: req.id, cancelled: true };
    // The editor needs findings; thousands of claims would only cost time to place and to send.
    const result = check(req.text, prepared, { date: req.date, cache, shouldStop: superseded, withClaims: req.withClaims ?? false });
    return { id: req.id, result };
  } catch (e) {
    if (e instanceof CheckCancelled) return { id: req.id, cancelled: true };
    return { id: req.id, error: e instanceof Error ? e.message : String(e) };
  }
}

parentPort?.on('message', (req: CheckRequest) => parentPort?.postMessage(handle(req)));
