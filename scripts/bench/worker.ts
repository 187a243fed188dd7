// Case 4: how long the extension's main thread is blocked while a long draft is checked in the
// worker thread. The check itself runs elsewhere; what remains on the main thread is sending the
// draft and table, and receiving (deserialising) the result, and that is what must stay short.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { CheckResult } from '../../src/engine';
import { BlockMonitor, round } from './measure';

/** The API of src/worker/client.ts, written down here so this script compiles before and without it. */
export interface CheckRequest {
  key: string;
  text: string;
  table: { key: string; text: string };
  date?: string;
}

export interface WorkerClient {
  check(request: CheckRequest): Promise<CheckResult | undefined>;
  dispose(): unknown;
}

type WorkerClientClass = new () => WorkerClient;

/** The compiled client, next to the compiled engine: out/src/worker/client.js. */
export const CLIENT_JS = path.join(__dirname, '..', '..', 'src', 'worker', 'client.js');

/** The client's constructor, or why it is not available (not written or not compiled yet, or another API). */
export function loadClient(): WorkerClientClass | string {
  if (!fs.existsSync(CLIENT_JS)) return `${path.relative(process.cwd(), CLIENT_JS)} does not exist`;
  // Loaded at run time rather than imported, so the benchmark builds while the worker is being written.
  const mod: unknown = require(CLIENT_JS);
  const ctor = typeof mod === 'object' && mod !== null ? (mod as Record<string, unknown>).CheckWorkerClient : undefined;
  if (typeof ctor !== 'function') return `${CLIENT_JS} does not export CheckWorkerClient`;
  return ctor as WorkerClientClass;
}

export interface WorkerSample {
  /** From the request to its result. */
  elapsedMs: number;
  /** Longest gap between 1 ms timer ticks on the main thread meanwhile. */
  longestBlockMs: number;
  /** Event-loop delay histogram maximum, as a cross-check. */
  maxLoopDelayMs: number;
  claims: number;
  matched: number;
}

export interface WorkerReport {
  measured: boolean;
  reason?: string;
  cold?: WorkerSample;
  edits?: WorkerSample[];
  /** The largest block over the cold check and every edit: the figure held against the target. */
  longestBlockMs?: number;
}

async function sample(client: WorkerClient, request: CheckRequest): Promise<WorkerSample> {
  const monitor = new BlockMonitor();
  monitor.start();
  const t0 = performance.now();
  const result = await client.check(request);
  const elapsedMs = performance.now() - t0;
  const block = monitor.stop();
  if (!result) throw new Error('the worker reported the check superseded though no newer request was made');
  return {
    elapsedMs: round(elapsedMs),
    longestBlockMs: round(block.longestGapMs),
    maxLoopDelayMs: round(block.maxLoopDelayMs),
    claims: result.summary.claims,
    matched: result.summary.matched,
  };
}

/**
 * A cold check of the draft on a fresh client (worker start, table load, check), then checks
 * after one-word edits, each awaited, as the extension issues them after a pause in typing.
 */
export async function measureWorker(draft: string, edits: readonly string[], tableText: string, date: string): Promise<WorkerReport> {
  const Client = loadClient();
  if (typeof Client === 'string') return { measured: false, reason: Client };
  const client = new Client();
  try {
    const table = { key: 'bench-table@1', text: tableText };
    const cold = await sample(client, { key: 'bench-draft.md', text: draft, table, date });
    const samples: WorkerSample[] = [];
    for (const text of edits) samples.push(await sample(client, { key: 'bench-draft.md', text, table, date }));
    const longestBlockMs = Math.max(cold.longestBlockMs, ...samples.map((s) => s.longestBlockMs));
    return { measured: true, cold, edits: samples, longestBlockMs };
  } catch (e) {
    return { measured: false, reason: `the client failed: ${e instanceof Error ? e.message : String(e)}` };
  } finally {
    await client.dispose();
  }
}
