import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CheckResult } from '../engine';
import { KEEP_TABLES, SLOTS, type CheckRequest, type CheckResponse } from './protocol';

export interface CheckJob {
  /** The document: a newer job with the same key supersedes an older one. */
  key: string;
  text: string;
  /** The table's identity and version (e.g. path#version) and its YAML text. */
  table: { key: string; text: string };
  date?: string;
  /** Also return every claim (result.claims is empty otherwise; the summary still counts them). */
  withClaims?: boolean;
}

interface Pending {
  key: string;
  resolve: (result: CheckResult | undefined) => void;
  reject: (error: Error) => void;
}

/**
 * Runs checks in a worker thread. Posting a job and receiving its result are all the calling thread
 * does, so it never blocks for long; a newer job for a document cancels the older one, in the queue or
 * between paragraphs of a running check, and the older promise resolves to undefined.
 */
export class CheckWorkerClient {
  private worker: Worker | undefined;
  private readonly shared = new SharedArrayBuffer(SLOTS * Int32Array.BYTES_PER_ELEMENT);
  private readonly newest = new Int32Array(this.shared);
  private readonly slots = new Map<string, number>();
  private readonly pending = new Map<number, Pending>();
  private sentTables = new Set<string>();
  private nextId = 0;

  constructor(private readonly script = path.join(__dirname, 'checkWorker.js')) {}

  check(job: CheckJob): Promise<CheckResult | undefined> {
    const worker = this.ensureWorker();
    const id = ++this.nextId;
    const slot = this.slotFor(job.key);
    Atomics.store(this.newest, slot, id);
    for (const [otherId, p] of this.pending) {
      if (p.key === job.key) {
        this.pending.delete(otherId);
        p.resolve(undefined);
      }
    }
    const sendTable = !this.sentTables.has(job.table.key);
    if (sendTable) {
      this.sentTables.add(job.table.key);
      if (this.sentTables.size > KEEP_TABLES) this.sentTables.delete(this.sentTables.values().next().value as string);
    }
    const request: CheckRequest = {
      id,
      slot,
      text: job.text,
      table: { key: job.table.key, text: sendTable ? job.table.text : undefined },
      date: job.date,
      withClaims: job.withClaims,
    };
    return new Promise((resolve, reject) => {
      this.pending.set(id, { key: job.key, resolve, reject });
      worker.postMessage(request);
    });
  }

  private slotFor(key: string): number {
    let slot = this.slots.get(key);
    if (slot === undefined) {
      slot = this.slots.size % SLOTS;
      this.slots.set(key, slot);
    }
    return slot;
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.script, { workerData: this.shared });
    worker.on('message', (msg: CheckResponse) => this.settle(msg));
    // A crashed worker fails what it held; the next job starts a new one, which must be sent tables again.
    worker.on('error', (e) => this.fail(e));
    worker.on('exit', (code) => code !== 0 && this.fail(new Error(`check worker exited with code ${code}`)));
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private settle(msg: CheckResponse): void {
    const p = this.pending.get(msg.id);
    if (!p) return;
    this.pending.delete(msg.id);
    if ('result' in msg) p.resolve(msg.result);
    else if ('cancelled' in msg) p.resolve(undefined);
    else p.reject(new Error(msg.error));
  }

  private fail(error: Error): void {
    this.worker = undefined;
    this.sentTables = new Set();
    for (const p of this.pending.values()) p.reject(error);
    this.pending.clear();
  }

  dispose(): void {
    const worker = this.worker;
    this.worker = undefined;
    for (const p of this.pending.values()) p.resolve(undefined);
    this.pending.clear();
    void worker?.terminate();
  }
}
