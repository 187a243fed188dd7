import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readdirSync } from 'node:fs';
import { buildTable, check, loadTable, prepareTable, TableUpdateError } from '../../src/engine';
import { CheckWorkerClient } from '../../src/worker/client';
import { FACTS_PER_MESSAGE } from '../../src/worker/protocol';

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

  it('builds the table this thread builds, telling each source as it reads it, and refuses to update a broken table', async () => {
    const dir = join(FIXTURES, 'build');
    const sources = readdirSync(dir)
      .sort()
      .map((f) => ({ path: `sources/${f}`, text: readFileSync(join(dir, f), 'utf8') }));
    const steps: string[] = [];
    const built = await client.build({ key: 'facts.yaml', sources }, (s) => steps.push(`${s.pass} ${s.done}/${s.total}`));
    assert.equal(built, buildTable(sources));
    assert.deepEqual(steps, [...sources.map((_, i) => `claims ${i + 1}/${sources.length}`), ...sources.map((_, i) => `names ${i + 1}/${sources.length}`)]);
    await assert.rejects(client.build({ key: 'facts.yaml', sources, existing: 'version: 1\nfacts: [\n' }), TableUpdateError);
  });

  it('resolves a superseded check to undefined and the newest to its result', async () => {
    const first = client.check({ key: 'a', text: DRAFT, table: { key: 't#1', text: TABLE } });
    const second = client.check({ key: 'a', text: DRAFT.replace('14', '12'), table: { key: 't#1', text: TABLE } });
    assert.equal(await first, undefined);
    const result = await second;
    assert.deepEqual(
      result?.findings.filter((f) => f.verdict !== 'agrees').map((f) => f.text),
      ['$25mn'],
    );
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

  describe('loading a table', () => {
    /** The harbor table with its facts repeated under new ids: more facts than one message carries. */
    const many = (times: number) => {
      const at = TABLE.indexOf('\nfacts:\n') + '\nfacts:\n'.length;
      const copies = Array.from({ length: times }, (_, i) => TABLE.slice(at).replace(/^ {2}([a-z][\w-]*):/gm, `  $1-${i}:`));
      return TABLE.slice(0, at) + copies.join('');
    };

    it('sends back the facts and problems a load in this thread finds, in order, across several messages', async () => {
      const text = many(80);
      const here = loadTable(text);
      assert.ok(here.table && here.table.facts.length > FACTS_PER_MESSAGE, `${here.table?.facts.length} facts`);
      assert.deepEqual(await client.load({ key: 'facts.yaml', table: { key: 'facts.yaml#1', text } }), here);
    });

    it('keeps the loaded table for the checks that name it, which then need not send its text', async () => {
      await client.load({ key: 'facts.yaml', table: { key: 'facts.yaml#1', text: TABLE } });
      // Were the text sent, this one would fail to load: the worker must use the table it keeps.
      const result = await client.check({ key: 'a', text: DRAFT, table: { key: 'facts.yaml#1', text: 'version: [' } });
      assert.equal(result?.summary.disagrees, 2);
    });

    it('reports an invalid table with its problems and keeps nothing of it', async () => {
      const loaded = await client.load({ key: 'facts.yaml', table: { key: 'facts.yaml#2', text: 'version: 2\nfacts: {}\n' } });
      assert.equal(loaded?.table, null);
      assert.match(loaded?.problems[0]?.message ?? '', /unsupported version '2'/);
      await assert.rejects(client.check({ key: 'a', text: DRAFT, table: { key: 'facts.yaml#2', text: 'version: 2\nfacts: {}\n' } }), /invalid/);
    });

    it('resolves a load superseded by a newer load of the same file to undefined', async () => {
      const first = client.load({ key: 'facts.yaml', table: { key: 'facts.yaml#1', text: many(20) } });
      const second = client.load({ key: 'facts.yaml', table: { key: 'facts.yaml#2', text: TABLE } });
      assert.equal(await first, undefined);
      assert.equal((await second)?.table?.facts.length, loadTable(TABLE).table?.facts.length);
    });
  });
});
