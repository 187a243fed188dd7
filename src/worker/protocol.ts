import type { CheckResult } from '../engine';

/** The table a check runs against: its identity and version, with its text the first time the worker sees it. */
export interface TableRef {
  key: string;
  text?: string;
}

export interface CheckRequest {
  id: number;
  /** Slot in the shared array where the client writes the newest request id for this document. */
  slot: number;
  text: string;
  table: TableRef;
  date?: string;
  /** Send every claim back too (for listing them); otherwise only findings and the summary cross threads. */
  withClaims?: boolean;
}

export type CheckResponse =
  | { id: number; result: CheckResult }
  | { id: number; cancelled: true }
  | { id: number; error: string };

/** Documents checked at once without sharing a cancellation slot; more only means an earlier slot is reused. */
export const SLOTS = 1024;

/** Table versions the worker keeps loaded; the client forgets having sent older ones in the same order. */
export const KEEP_TABLES = 4;
