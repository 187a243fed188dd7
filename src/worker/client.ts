import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { TableUpdateError, type BuildStep, type CheckResult, type Fact, type LoadedTable, type SourceText } from '../engine';
import {
  KEEP_TABLES,
  SHARED_INTS,
  SLOTS,
  TAKEN,
  type BuildRequest,
  type CheckRequest,
  type LoadRequest,
  type WorkerRequest,
  type WorkerResponse,
} from './protocol';

export interface CheckJob {
  /** The document: a newer job with the same key supersedes an older one. */
  key: string;
  text: string;
  /** The table's identity and version (e.g. path#version) and its YAML text. */
  table: { key: string; text: string };
  date?: string;
  /** The table's date for this text when it is one of the table's sources. */
  published?: string;
  /** The table's id for this text when it is one of the table's sources. */
  source?: string;
  /** A date to read the text against only when it gives none itself. */
  fallbackDate?: string;
  /** Also return every claim (result.claims is empty otherwise; the summary still counts them). */
  withClaims?: boolean;
}

export interface LoadJob {
  /** The table file: a newer load with the same key supersedes an older one. */
  key: string;
  /** The identity checks will name this version by, and its YAML text. */
  table: { key: string; text: string };
}

export interface BuildJob {
  /** The table being built: a newer build of the same table supersedes an older one. */
  key: string;
  sources: SourceText[];
  /** The table's text when it exists: the sources are merged into it. */
  existing?: string;
  minSources?: number;
}

/** A request in flight: what its responses are folded into, and how it ends. */
interface Pending {
  key: string;
  /** Takes one response; true when it was the last. */
  take(msg: WorkerResponse): boolean;
  /** Superseded or shut down: resolves to undefined. */
  drop(): void;
  reject(error: Error): void;
}

/**
 * Runs checks and table loads in a worker thread. Posting a job and receiving its result are all the
 * calling thread does, so it never blocks for long; a newer job with the same key cancels the older
 * one, in the queue or between paragraphs of a running check, and the older promise resolves to undefined.
 */
export class CheckWorkerClient {
  private worker: Worker | undefined;
  private readonly shared = new SharedArrayBuffer(SHARED_INTS * Int32Array.BYTES_PER_ELEMENT);
  private readonly newest = new Int32Array(this.shared);
  private readonly slots = new Map<string, number>();
  private readonly pending = new Map<number, Pending>();
  private sentTables = new Set<string>();
  private nextId = 0;

  constructor(private readonly script = path.join(__dirname, 'checkWorker.js')) {}

  check(job: CheckJob): Promise<CheckResult | undefined> {
    const sendTable = !this.sentTables.has(job.table.key);
    if (sendTable) this.sent(job.table.key);
    return this.send(
      job.key,
      (id, slot): CheckRequest => ({
        type: 'check',
        id,
        slot,
        text: job.text,
        table: { key: job.table.key, text: sendTable ? job.table.text : undefined },
        date: job.date,
        published: job.published,
        source: job.source,
        fallbackDate: job.fallbackDate,
        withClaims: job.withClaims,
      }),
      (resolve) => (msg) => {
        if ('result' in msg) resolve(msg.result);
        else if ('cancelled' in msg) resolve(undefined);
        return true;
      },
    );
  }

  /**
   * Loads a table in the worker, which keeps it for checks that name `job.table.key`. Resolves to
   * the table's facts and problems, or undefined when a newer load of the same file superseded it.
   */
  load(job: LoadJob): Promise<LoadedTable | undefined> {
    // Counted as sent now, in the order the worker will take it up, so the client forgets tables in the
    // worker's order. A load the worker finds invalid is uncounted; a superseded one stays counted,
    // which can only make the client forget a table sooner than the worker does (costing a resend).
    this.sent(job.table.key);
    const notKept = () => this.sentTables.delete(job.table.key);
    const facts: Fact[] = [];
    return this.send(
      `table:${job.key}`,
      (id, slot): LoadRequest => ({ type: 'load', id, slot, table: job.table }),
      (resolve) => (msg) => {
        if ('facts' in msg) {
          facts.push(...msg.facts);
          return false;
        }
        if ('loaded' in msg) {
          const { sources, problems } = msg.loaded;
          if (!sources) notKept();
          resolve({ table: sources ? { version: 1, sources, facts } : null, problems });
        } else if ('cancelled' in msg) {
          notKept();
          resolve(undefined);
        }
        return true;
      },
    );
  }

  /**
   * Builds (or updates) a table in the worker, telling `onStep` each source as it is read. Rejects with a
   * TableUpdateError when the existing table has errors; undefined when a newer build superseded it.
   */
  build(job: BuildJob, onStep: (step: BuildStep) => void = () => undefined): Promise<string | undefined> {
    let failed: TableUpdateError | undefined;
    const built = this.send<string>(
      `build:${job.key}`,
      (id, slot): BuildRequest => ({ type: 'build', id, slot, sources: job.sources, existing: job.existing, minSources: job.minSources }),
      (resolve) => (msg) => {
        if ('step' in msg) {
          onStep(msg.step);
          return false;
        }
        if ('updateError' in msg) failed = new TableUpdateError(msg.updateError, msg.problems);
        resolve('built' in msg ? msg.built : undefined);
        return true;
      },
    );
    return built.then((yaml) => {
      if (failed) throw failed;
      return yaml;
    });
  }

  private send<T>(
    key: string,
    request: (id: number, slot: number) => WorkerRequest,
    handler: (resolve: (value: T | undefined) => void) => (msg: WorkerResponse) => boolean,
  ): Promise<T | undefined> {
    const worker = this.ensureWorker();
    const id = ++this.nextId;
    const slot = this.slotFor(key);
    Atomics.store(this.newest, slot, id);
    for (const [otherId, p] of this.pending) {
      if (p.key === key) {
        this.pending.delete(otherId);
        p.drop();
      }
    }
    return new Promise((resolve, reject) => {
      const take = handler(resolve);
      this.pending.set(id, {
        key,
        take: (msg) => {
          if ('error' in msg) {
            reject(new Error(msg.error));
            return true;
          }
          return take(msg);
        },
        drop: () => resolve(undefined),
        reject,
      });
      worker.postMessage(request(id, slot));
    });
  }

  private sent(tableKey: string): void {
    this.sentTables.add(tableKey);
    if (this.sentTables.size > KEEP_TABLES) this.sentTables.delete(this.sentTables.values().next().value as string);
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
    worker.on('message', (msg: WorkerResponse) => this.settle(msg));
    // A crashed worker fails what it held; the next job starts a new one, which must be sent tables again.
    worker.on('error', (e) => this.fail(e));
    worker.on('exit', (code) => code !== 0 && this.fail(new Error(`check worker exited with code ${code}`)));
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private settle(msg: WorkerResponse): void {
    // Every batch is counted as taken, even one of a dropped load: the worker waits for the count.
    if ('facts' in msg) {
      Atomics.add(this.newest, TAKEN, 1);
      Atomics.notify(this.newest, TAKEN);
    }
    const p = this.pending.get(msg.id);
    if (p?.take(msg)) this.pending.delete(msg.id);
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
    for (const p of this.pending.values()) p.drop();
    this.pending.clear();
    void worker?.terminate();
  }
}
