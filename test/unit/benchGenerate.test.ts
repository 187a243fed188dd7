import assert from 'node:assert/strict';
import { check, loadTable, prepareTable } from '../../src/engine';
import { editSequence, generateInputs, proseParagraphs, tableYaml, generateWorld } from '../../scripts/bench/generate';

// The benchmark is only worth its figures if its inputs are the same on every run and if the engine
// really finds and judges claims in them; both are checked here on small inputs. Timings are not.
describe('benchmark inputs (scripts/bench/generate)', () => {
  const small = () => generateInputs(7, [100], [1000], 300);

  it('are the same bytes for the same seed, and differ for another seed', () => {
    const a = small();
    const b = small();
    assert.equal(a.tables.get(100), b.tables.get(100));
    assert.equal(a.drafts.get(1000)!.text, b.drafts.get(1000)!.text);
    assert.deepEqual(editSequence(a.drafts.get(1000)!.text, 7, 4), editSequence(b.drafts.get(1000)!.text, 7, 4));
    const c = generateInputs(8, [100], [1000], 300);
    assert.notEqual(c.tables.get(100), a.tables.get(100));
    assert.notEqual(c.drafts.get(1000)!.text, a.drafts.get(1000)!.text);
  });

  it('make smaller tables the first facts of a larger one', () => {
    const world = generateWorld(7, 300);
    const large = loadTable(tableYaml(world)).table!;
    const prefix = loadTable(tableYaml(world, 100)).table!;
    assert.deepEqual(
      prefix.facts.map((f) => f.id),
      large.facts.slice(0, 100).map((f) => f.id),
    );
  });

  it('load as a valid v1 table with every kind, contested facts and entity facts', () => {
    const { table, problems } = loadTable(small().tables.get(100)!);
    assert.deepEqual(problems, []);
    assert.ok(table);
    assert.equal(table.facts.length, 100);
    for (const kind of ['number', 'money', 'percent', 'date', 'entity'])
      assert.ok(
        table.facts.some((f) => f.kind === kind),
        kind,
      );
    assert.ok(
      table.facts.some((f) => f.contested),
      'no contested fact',
    );
    assert.ok(
      table.facts.some((f) => f.kind === 'entity' && f.aliases.length > 0),
      'no entity with an alias',
    );
  });

  it('give the engine real work: planted claims are matched to their facts with the intended verdicts', () => {
    const inputs = small();
    const draft = inputs.drafts.get(1000)!;
    assert.ok(draft.words >= 1000 && draft.words < 1200, `${draft.words} words`);
    const prepared = prepareTable(loadTable(inputs.tables.get(100)!).table!);
    const result = check(draft.text, prepared);
    const at = new Map(result.findings.map((f) => [f.start, f]));
    const found = draft.planted.filter((p) => at.get(p.start)?.factId === p.factId && at.get(p.start)?.text === p.text);
    assert.ok(draft.planted.length >= 20, `only ${draft.planted.length} claims planted`);
    assert.ok(found.length >= 0.9 * draft.planted.length, `${found.length} of ${draft.planted.length} planted claims matched`);
    const judged = found.filter((p) => at.get(p.start)!.verdict === p.intent);
    assert.ok(judged.length >= 0.8 * found.length, `${judged.length} of ${found.length} with the intended verdict`);
    // Beyond the planted claims, figures, dates and names the table does not know are read too.
    assert.ok(result.summary.claims > 1.5 * result.summary.matched, JSON.stringify(result.summary));
    for (const verdict of ['agrees', 'disagrees', 'contested'] as const) assert.ok(result.summary[verdict] > 0, verdict);
  });

  it('edit one word of a different paragraph at each step', () => {
    const text = small().drafts.get(1000)!.text;
    const texts = editSequence(text, 7, 5);
    const paras = proseParagraphs(text);
    for (let i = 1; i < texts.length; i++) {
      const before = proseParagraphs(texts[i - 1]);
      const after = proseParagraphs(texts[i]);
      assert.equal(after.length, paras.length);
      const changed = after.filter((p, k) => texts[i].slice(p.start, p.end) !== texts[i - 1].slice(before[k].start, before[k].end));
      assert.equal(changed.length, 1, `edit ${i} changed ${changed.length} paragraphs`);
      const a = texts[i - 1].split(/\s+/);
      const b = texts[i].split(/\s+/);
      assert.equal(a.length, b.length);
      assert.equal(a.filter((w, k) => w !== b[k]).length, 1, `edit ${i} changed more than one word`);
    }
  });
});
