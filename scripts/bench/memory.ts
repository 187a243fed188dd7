// Case 5: peak memory of checking the longest draft against the largest table. Measured in a child
// process of its own, because the parent's peak already holds every input and every earlier case.

import { fork } from 'node:child_process';
import * as path from 'node:path';
import { check, loadTable, prepareTable } from '../../src/engine';
import { DRAFT_DATE, generateInputs } from './generate';

export interface MemoryReport {
  facts: number;
  words: number;
  /** process.resourceUsage().maxRSS in KB at each step: the peak is monotonic, so each bounds what came before. */
  maxRssKbAfterInputs: number;
  maxRssKbAfterTable: number;
  maxRssKbAfterCheck: number;
  claims: number;
  matched: number;
}

export const CHILD_FLAG = '--child-memory';

/** Runs in the child: generate the inputs, load and prepare the table, check, report to the parent. */
export function childMemory(seed: number, facts: number, words: number): void {
  const inputs = generateInputs(seed, [facts], [words]);
  const draft = inputs.drafts.get(words)!.text;
  const yaml = inputs.tables.get(facts)!;
  const afterInputs = process.resourceUsage().maxRSS;
  const { table, problems } = loadTable(yaml);
  if (!table) throw new Error(`the generated table does not load: ${problems[0]?.message}`);
  const prepared = prepareTable(table);
  const afterTable = process.resourceUsage().maxRSS;
  const result = check(draft, prepared, { date: DRAFT_DATE });
  const report: MemoryReport = {
    facts,
    words,
    maxRssKbAfterInputs: afterInputs,
    maxRssKbAfterTable: afterTable,
    maxRssKbAfterCheck: process.resourceUsage().maxRSS,
    claims: result.summary.claims,
    matched: result.summary.matched,
  };
  // The open IPC channel would keep the child alive; close it once the report is on its way.
  process.send?.(report, () => process.disconnect());
}

/** Forks the compiled benchmark with the child flag and waits for its report. */
export function measureMemory(seed: number, facts: number, words: number): Promise<MemoryReport> {
  const bench = path.join(__dirname, '..', 'bench.js');
  return new Promise((resolve, reject) => {
    const child = fork(bench, [CHILD_FLAG, '--seed', String(seed), '--facts', String(facts), '--words', String(words)], { stdio: 'inherit' });
    let report: MemoryReport | undefined;
    child.on('message', (m) => {
      report = m as MemoryReport;
    });
    child.on('error', reject);
    child.on('exit', (code) => (report ? resolve(report) : reject(new Error(`the memory child exited with ${code} and no report`))));
  });
}
