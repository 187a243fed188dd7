// Case 5: peak memory of checking the longest draft against the largest table, in a child process of
// its own, because the parent's peak already holds every input and every earlier case.

import { check, loadTable, prepareTable } from '../../src/engine';
import { runChild, reportToParent } from './child';
import { generateInputs } from './generate';

export interface MemoryReport {
  facts: number;
  words: number;
  /** process.resourceUsage().maxRSS in KB at each step: the peak only grows, so each bounds the steps before it. */
  maxRssKbAfterInputs: number;
  maxRssKbAfterTable: number;
  maxRssKbAfterCheck: number;
  /** V8 heap in use after the check, before any forced collection: what the peak is made of. */
  heapUsedMbAfterCheck: number;
  claims: number;
  matched: number;
}

export const MEMORY_FLAG = '--child-memory';

/** Runs in the child: generate the inputs, load and prepare the table, check, report to the parent. */
export async function childMemory(seed: number, facts: number, words: number): Promise<void> {
  const inputs = generateInputs(seed, [facts], [words]);
  const draft = inputs.drafts.get(words)!.text;
  const yaml = inputs.tables.get(facts)!;
  const afterInputs = process.resourceUsage().maxRSS;
  const { table, problems } = loadTable(yaml);
  if (!table) throw new Error(`the generated table does not load: ${problems[0]?.message}`);
  const prepared = prepareTable(table);
  const afterTable = process.resourceUsage().maxRSS;
  const result = check(draft, prepared);
  const report: MemoryReport = {
    facts,
    words,
    maxRssKbAfterInputs: afterInputs,
    maxRssKbAfterTable: afterTable,
    maxRssKbAfterCheck: process.resourceUsage().maxRSS,
    heapUsedMbAfterCheck: Math.round(process.memoryUsage().heapUsed / 2 ** 20),
    claims: result.summary.claims,
    matched: result.summary.matched,
  };
  await reportToParent(report);
}

export function measureMemory(seed: number, facts: number, words: number): Promise<MemoryReport> {
  return runChild<MemoryReport>(MEMORY_FLAG, ['--seed', String(seed), '--facts', String(facts), '--words', String(words)]);
}
