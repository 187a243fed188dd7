// The worker thread that loads fact tables and runs checks, so the editor's extension host never
// waits on either.
import { parentPort, workerData } from 'node:worker_threads';
import { check, CheckCancelled, loadTable, ParagraphCache, prepareTable, type PreparedTable } from '../engine';
import { FACTS_PER_MESSAGE, KEEP_TABLES, type CheckRequest, type CheckResponse, type LoadRequest, type LoadResponse, type WorkerRequest } from './protocol';

interface ReadyTable {
  prepared: PreparedTable;
  cache: ParagraphCache;
}

/** Recent table versions, newest last: an edit of the table makes a new version, drafts move to it. */
const tables = new Map<string, ReadyTable>();
const newest = new Int32Array(workerData as SharedArrayBuffer);

function keep(key: string, prepared: PreparedTable): ReadyTable {
  const ready = { prepared, cache: new ParagraphCache() };
  tables.set(key, ready);
  if (tables.size > KEEP_TABLES) tables.delete(tables.keys().next().value as string);
  return ready;
}

function tableFor(ref: CheckRequest['table']): ReadyTable {
  const known = tables.get(ref.key);
  if (known) return known;
  if (ref.text === undefined) throw new Error(`table ${ref.key} was never sent`);
  const { table, problems } = loadTable(ref.text);
  if (!table) throw new Error(`table ${ref.key} is invalid: ${problems[0]?.message ?? 'unknown problem'}`);
  return keep(ref.key, prepareTable(table));
}

/** A newer request in the same slot arrived while this one waited or ran. */
const superseded = (req: WorkerRequest) => () => Atomics.load(newest, req.slot) !== req.id;

function runCheck(req: CheckRequest): CheckResponse {
  const stop = superseded(req);
  try {
    // Load the table even for a superseded request: it carries the table's text only once.
    const { prepared, cache } = tableFor(req.table);
    if (stop()) return { id: req.id, cancelled: true };
    // The editor needs findings; thousands of claims would only cost time to place and to send.
    const result = check(req.text, prepared, { date: req.date, cache, shouldStop: stop, withClaims: req.withClaims ?? false });
    return { id: req.id, result };
  } catch (e) {
    if (e instanceof CheckCancelled) return { id: req.id, cancelled: true };
    return { id: req.id, error: e instanceof Error ? e.message : String(e) };
  }
}

function runLoad(req: LoadRequest): LoadResponse[] {
  if (superseded(req)()) return [{ id: req.id, cancelled: true }];
  try {
    const { table, problems } = loadTable(req.table.text);
    if (!table) return [{ id: req.id, loaded: { sources: null, problems } }];
    keep(req.table.key, prepareTable(table));
    const out: LoadResponse[] = [];
    for (let i = 0; i < table.facts.length; i += FACTS_PER_MESSAGE) out.push({ id: req.id, facts: table.facts.slice(i, i + FACTS_PER_MESSAGE) });
    out.push({ id: req.id, loaded: { sources: table.sources, problems } });
    return out;
  } catch (e) {
    return [{ id: req.id, error: e instanceof Error ? e.message : String(e) }];
  }
}

parentPort?.on('message', (req: WorkerRequest) => {
  if (req.type === 'check') parentPort?.postMessage(runCheck(req));
  else for (const part of runLoad(req)) parentPort?.postMessage(part);
});
