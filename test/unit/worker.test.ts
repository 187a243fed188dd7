import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check, loadTable, prepareTable } from '../../src/engine';
import { CheckWorkerClient } from '../../src/worker/client';

const FIXTURES = join(__dirname, '..', '..', '..', 'test', 'fixtures');
const TABLE = readFileSync(join(FIXTURES, 'harbor.facts.yaml'), 'utf8');
const DRAFT = '---\ndate: 2026-03-05\n---\nThe navy sent 14 warships.\n\nA $25mn fund was set up.\n';

describe('CheckWorkerClient', () => {
  let client: CheckWorkerClient;
  beforeEach(() => (client = new CheckWorkerClient()));
  afterEach(() => client.dispose());

  it('returns what a check in this thread returns', async () => {
    const result = await client.check({ key: 'a', text: DRAFT, table: { key: 't#1', text: TABLE }, withClaims: true });
    const { table } = loadTable(TABLE);
    assert.ok(table);
    const here = check(DRAFT, prepareTable(table));
    assert.deepEqual(result, here);
    // Without claims, only they are left out: findings and the summary are the same.
    const lean = await client.check({ key: 'a', text: DRAFT, table: { key: 't#1', text: TABLE } });
    assert.deepEqual(lean, { ...here, claims: [] });
  });

  it('resolves a superseded check to undefined and the newest to its result', async () => {
    const first = client.check({ key: 'a', text: DRAFT, table: { key: 't#1', text: TABLE } });
    const second = client.check({ key: 'a', text: DRAFT.replace('14', '12'), table: { key: 't#1', text: TABLE } });
    assert.equal(await first, undefined);
    const result = await second;
    assert.deepEqual(result?.findings.filter((f) => f.verdict !== 'agrees').map((f) => f.text), ['$25mn']);
  });

  it('keeps checks of different documents apart', async () => {
    const [a, b] = await Promise.all([
      client.check({ key: 'a', text: DRAFT, table: { key: 't#1', text: TABLE } }),
      client.check({ key: 'b', text: DRAFT.replace('14', '12'), table: { key: 't#1', text: TABLE } }),
    ]);
    assert.equal(a?.summary.disagrees, 2);
    assert.equal(b?.summary.disagrees, 1);
  });

  it('rejects when the table is invalid', async () => {
    await assert.rejects(client.check({ key: 'a', text: DRAFT, table: { key: 'bad#1', text: 'version: [' } }), /invalid/);
  });
});
