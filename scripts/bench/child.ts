// Cases that need a process of their own (peak memory, the main thread's blocking) run in a fork of
// the compiled benchmark: a fresh heap holding only what that case needs, so neither the parent's
// inputs nor its garbage from earlier cases show up in the figures.

import { fork } from 'node:child_process';
import * as path from 'node:path';

/** Forks out/scripts/bench.js with `flag` and `args` and resolves with the one report the child sends. */
export function runChild<T>(flag: string, args: readonly string[]): Promise<T> {
  const bench = path.join(__dirname, '..', 'bench.js');
  return new Promise((resolve, reject) => {
    const child = fork(bench, [flag, ...args], { stdio: 'inherit' });
    let report: T | undefined;
    child.on('message', (m) => {
      report = m as T;
    });
    child.on('error', reject);
    child.on('exit', (code) => (report !== undefined ? resolve(report) : reject(new Error(`${flag} child exited with ${code} and no report`))));
  });
}

/** Sends the child's report to the parent, then lets the child end (an open IPC channel would keep it alive). */
export function reportToParent(report: object): Promise<void> {
  return new Promise((resolve, reject) => {
    if (!process.send) {
      reject(new Error('not started by the benchmark: run node out/scripts/bench.js'));
      return;
    }
    process.send(report, (e: Error | null) => {
      process.disconnect();
      if (e) reject(e);
      else resolve();
    });
  });
}
