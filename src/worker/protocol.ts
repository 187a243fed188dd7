import type { BuildStep, CheckResult, Fact, FactTable, SourceText, TableProblem } from '../engine';

/** The table a check runs against: its identity and version, with its text the first time the worker sees it. */
export interface TableRef {
  key: string;
  text?: string;
}

export interface CheckRequest {
  type: 'check';
  id: number;
  /** Slot in the shared array where the client writes the newest request id for this document. */
  slot: number;
  text: string;
  table: TableRef;
  date?: string;
  /** The table's date for this text when it is one of the table's sources. */
  published?: string;
  /** The table's id for this text when it is one of the table's sources. */
  source?: string;
  /** A date to read the text against only when it gives none itself. */
  fallbackDate?: string;
  /** Send every claim back too (for listing them); otherwise only findings and the summary cross threads. */
  withClaims?: boolean;
}

/** Load a table for the editor: the worker keeps it (prepared) for checks and sends back its facts and problems. */
export interface LoadRequest {
  type: 'load';
  id: number;
  /** As for checks: a newer load of the same file supersedes this one. */
  slot: number;
  table: Required<TableRef>;
}

/** Build a table from source texts (or merge them into `existing`): the editor's build, off the extension host. */
export interface BuildRequest {
  type: 'build';
  id: number;
  slot: number;
  sources: SourceText[];
  existing?: string;
  minSources?: number;
}

export type WorkerRequest = CheckRequest | LoadRequest | BuildRequest;

export type CheckResponse = { id: number; result: CheckResult } | { id: number; cancelled: true } | { id: number; error: string };

/**
 * A loaded table crosses in parts: facts a batch at a time, then the rest. Each message is
 * deserialised in one task of the receiving thread, and 10,000 facts in one message take ~80 ms.
 */
export type LoadResponse =
  | { id: number; facts: Fact[] }
  | { id: number; loaded: { sources: FactTable['sources'] | null; problems: TableProblem[] } }
  | { id: number; cancelled: true }
  | { id: number; error: string };

/** A build tells each source as it reads it, then sends the table (or why there is none: an existing table's problems). */
export type BuildResponse =
  | { id: number; step: BuildStep }
  | { id: number; built: string }
  | { id: number; updateError: string; problems: TableProblem[] }
  | { id: number; error: string };

export type WorkerResponse = CheckResponse | LoadResponse | BuildResponse;

/** Facts per message of a loaded table: a few milliseconds to deserialise. */
export const FACTS_PER_MESSAGE = 500;

/** Documents checked at once without sharing a cancellation slot; more only means an earlier slot is reused. */
export const SLOTS = 1024;

/**
 * After the slots, one counter in the shared array: the batches of facts the client has taken. The
 * worker posts the next batch only once the last is taken, because a receiving thread takes every
 * message already queued in one task: 21 batches posted at once blocked it for 55 ms.
 */
export const TAKEN = SLOTS;
export const SHARED_INTS = SLOTS + 1;

/** Table versions the worker keeps loaded; the client forgets having sent older ones in the same order. */
export const KEEP_TABLES = 4;
