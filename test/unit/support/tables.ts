// Reading the tables the builder writes, for tests: a table that fails to load fails the test.

import assert from 'node:assert/strict';
import { loadTable, type Fact, type FactTable } from '../../../src/engine';

/** The table `yaml` holds; asserts it loads without errors. */
export function loadBuilt(yaml: string): FactTable {
  const { table, problems } = loadTable(yaml);
  assert.deepEqual(
    problems.filter((p) => p.severity === 'error'),
    [],
  );
  assert.ok(table);
  return table;
}

/** The fact holding a claim of this numeric value from this source. */
export function withValue(t: FactTable, source: string, value: number): Fact | undefined {
  return t.facts.find((f) => f.claims.some((c) => c.source === source && c.value === value));
}
