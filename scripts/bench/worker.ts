// Case 4: how long the extension's main thread is blocked while the worker thread loads the largest
// fact table (as the extension does for a large table) and checks a long draft. The work itself runs
// elsewhere; what is left on the main thread is posting texts and receiving (deserialising) results,
// and that is what must stay short. Measured in a child process, so the figure is that of a main
// thread doing only this, not of the benchmark's heap.

import { performance } from 'node:perf_hooks';
import { CheckWorkerClient, type CheckJob } from '../../src/worker/client';
import { runChild, reportToParent } from './child';
import { DRAFT_DATE, editSequence, generateInputs } from './generate';
import { BlockMonitor, round } from './measure';

export interface WorkerSample {
  /** From the request to its result. */
  elapsedMs: number;
  /** Longest gap between 1 ms timer ticks on the main thread meanwhile (an upper bound on the longest block). */
  longestBlockMs: number;
  /** Event-loop delay histogram maximum, as a cross-check. */
  maxLoopDelayMs: number;
  claims: number;
  matched: number;
}

export interface TableLoadSample {
  facts: number;
  elapsedMs: number;
  longestBlockMs: number;
  maxLoopDelayMs: number;
}

export interface WorkerReport {
  measured: boolean;
  reason?: string;
  facts: number;
  words: number;
  /** Loading the largest table through the client, as the extension loads a large table. */
  tableLoad?: TableLoadSample;
  cold?: WorkerSample;
  edits?: WorkerSample[];
  /** The largest block over the table load, the cold check and every edit: the figure held against the target. */
  longestBlockMs?: number;
}

export const WORKER_FLAG = '--child-worker';

async function loadSample(client: CheckWorkerClient, facts: number, text: string): Promise<TableLoadSample> {
  const monitor = new BlockMonitor();
  monitor.start();
  const t0 = performance.now();
  const loaded = await client.load({ key: 'bench.facts.yaml', table: { key: `bench-${facts}@load`, text } });
  const elapsedMs = performance.now() - t0;
  const block = await monitor.stop();
  if (loaded?.table?.facts.length !== facts) throw new Error(`the worker loaded ${loaded?.table?.facts.length ?? 'no'} facts of ${facts}`);
  return { facts, elapsedMs: round(elapsedMs), longestBlockMs: round(block.longestGapMs), maxLoopDelayMs: round(block.maxLoopDelayMs) };
}

async function sample(client: CheckWorkerClient, request: CheckJob): Promise<WorkerSample> {
  const monitor = new BlockMonitor();
  monitor.start();
  const t0 = performance.now();
  const result = await client.check(request);
  const elapsedMs = performance.now() - t0;
  const block = await monitor.stop();
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
 * Runs in the child: a load of the `loadFacts` table, then a cold check of the draft on the `facts`
 * table (table sent with the check, load, check), then checks after one-word edits, each awaited, as
 * the extension sends them after a pause in typing.
 */
export async function childWorker(seed: number, facts: number, words: number, edits: number, loadFacts: number): Promise<void> {
  const report: WorkerReport = { measured: false, facts, words };
  const inputs = generateInputs(seed, [facts, loadFacts], [words]);
  const texts = editSequence(inputs.drafts.get(words)!.text, seed, edits);
  const table = { key: `bench-${facts}@1`, text: inputs.tables.get(facts)! };
  const client = new CheckWorkerClient();
  try {
    report.tableLoad = await loadSample(client, loadFacts, inputs.tables.get(loadFacts)!);
    const samples: WorkerSample[] = [];
    for (const text of texts) samples.push(await sample(client, { key: 'bench-draft.md', text, table, date: DRAFT_DATE }));
    report.measured = true;
    report.cold = samples[0];
    report.edits = samples.slice(1);
    report.longestBlockMs = Math.max(report.tableLoad.longestBlockMs, ...samples.map((s) => s.longestBlockMs));
  } catch (e) {
    report.reason = `the client failed: ${e instanceof Error ? e.message : String(e)}`;
  } finally {
    client.dispose();
  }
  await reportToParent(report);
}

export function measureWorker(seed: number, facts: number, words: number, edits: number, loadFacts: number): Promise<WorkerReport> {
  const args = ['--seed', String(seed), '--facts', String(facts), '--words', String(words), '--edits', String(edits), '--load-facts', String(loadFacts)];
  return runChild<WorkerReport>(WORKER_FLAG, args);
}
