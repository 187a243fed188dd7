import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../../src/cli/main';
import { check, loadTable, prepareTable, type Fact, type FactTable, type Finding, type PreparedTable } from '../../../src/engine';
import { scratchDir } from './scratch';

/** A table that must load without errors (warnings allowed): the tests' drafted tables. */
export function loadClean(yaml: string): FactTable {
  const { table, problems } = loadTable(yaml);
  assert.deepEqual(
    problems.filter((p) => p.severity === 'error'),
    [],
  );
  assert.ok(table);
  return table;
}

/** What `crosscheck check` finds in a draft against a table, as "verdict text" lines. */
export function findingsOf(yaml: string, draft: string): string[] {
  const dir = scratchDir('table');
  writeFileSync(join(dir, 'facts.yaml'), yaml);
  writeFileSync(join(dir, 'draft.md'), draft);
  let out = '';
  main(['check', '--format', 'json', '--table', join(dir, 'facts.yaml'), join(dir, 'draft.md')], {
    out: (s) => (out += s),
    err: () => undefined,
    stdin: () => '',
  });
  const findings = (JSON.parse(out) as { files: { findings: { verdict: string; text: string }[] }[] }).files[0].findings;
  return findings.map((f) => `${f.verdict} ${f.text}`);
}

/** The fact holding a claim of this numeric value from this source. */
export function withValue(t: FactTable, source: string, value: number): Fact | undefined {
  return t.facts.find((f) => f.claims.some((c) => c.source === source && c.value === value));
}

/** A fact table written in a test, loaded and prepared for checking; a table that does not load fails the test. */
export function preparedTable(yaml: string): PreparedTable {
  return prepareTable(loadClean(yaml));
}

/** The findings of a short draft of the given date, checked against the table in the engine. */
export function findingsIn(table: PreparedTable, date: string, body: string): Finding[] {
  return check(`---\ndate: ${date}\n---\n${body}\n`, table).findings;
}

/** The findings of a short draft as "text -> fact verdict" lines: what a golden test of the matcher lists. */
export function verdictLines(table: PreparedTable, date: string, body: string): string[] {
  return findingsIn(table, date, body).map((f) => `${f.text} -> ${f.factId} ${f.verdict}`);
}
