// The worker thread that loads fact tables and runs checks, so the editor's extension host never
// waits on either.
import { parentPort, workerData } from 'node:worker_threads';
import { check, CheckCancelled, loadTable, ParagraphCache, prepareTable, TableUpdateError, type BuildStep, type PreparedTable } from '../engine';
import { buildOrUpdate } from '../host/build';
import {
  FACTS_PER_MESSAGE,
  KEEP_TABLES,
  TAKEN,
  type BuildRequest,
  type BuildResponse,
  type CheckRequest,
  type CheckResponse,
  type LoadRequest,
  type LoadResponse,
  type WorkerRequest,
} from './protocol';

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
    const result = check(req.text, prepared, {
      date: req.date,
      published: req.published,
      source: req.source,
      fallbackDate: req.fallbackDate,
      cache,
      shouldStop: stop,
      withClaims: req.withClaims ?? false,
    });
    return { id: req.id, result };
  } catch (e) {
    if (e instanceof CheckCancelled) return { id: req.id, cancelled: true };
    return { id: req.id, error: e instanceof Error ? e.message : String(e) };
  }
}

/** Batches of facts posted so far, against the client's count of those it has taken (which outlives a crashed worker). */
let batchesPosted = Atomics.load(newest, TAKEN);
/** A client that stops taking batches (it is shutting down) only slows the worker down this much per batch. */
const MAX_PACING_WAIT_MS = 1000;

function postBatch(response: LoadResponse): void {
  const deadline = Date.now() + MAX_PACING_WAIT_MS;
  for (let taken = Atomics.load(newest, TAKEN); taken < batchesPosted && Date.now() < deadline; taken = Atomics.load(newest, TAKEN)) {
    Atomics.wait(newest, TAKEN, taken, MAX_PACING_WAIT_MS);
  }
  batchesPosted++;
  parentPort?.postMessage(response);
}

function runLoad(req: LoadRequest): void {
  if (superseded(req)()) {
    parentPort?.postMessage({ id: req.id, cancelled: true });
    return;
  }
  let reply: LoadResponse;
  try {
    const { table, problems } = loadTable(req.table.text);
    if (table) {
      keep(req.table.key, prepareTable(table));
      for (let i = 0; i < table.facts.length; i += FACTS_PER_MESSAGE) postBatch({ id: req.id, facts: table.facts.slice(i, i + FACTS_PER_MESSAGE) });
    }
    reply = { id: req.id, loaded: { sources: table?.sources ?? null, problems } };
  } catch (e) {
    reply = { id: req.id, error: e instanceof Error ? e.message : String(e) };
  }
  parentPort?.postMessage(reply);
}

function runBuild(req: BuildRequest): BuildResponse {
  try {
    const onSource = (step: BuildStep) => parentPort?.postMessage({ id: req.id, step });
    return { id: req.id, built: buildOrUpdate(req.existing, req.sources, { minSources: req.minSources, onSource }) };
  } catch (e) {
    if (e instanceof TableUpdateError) return { id: req.id, updateError: e.message, problems: e.problems };
    return { id: req.id, error: e instanceof Error ? e.message : String(e) };
  }
}

parentPort?.on('message', (req: WorkerRequest) => {
  if (req.type === 'check') parentPort?.postMessage(runCheck(req));
  else if (req.type === 'build') parentPort?.postMessage(runBuild(req));
  else runLoad(req);
});
