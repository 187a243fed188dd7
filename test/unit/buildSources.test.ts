import assert from 'node:assert/strict';
import { buildTable, loadTable } from '../../src/engine';
import { readSources } from '../../src/engine/tabulate/source';

// Made-up page texts, the way a saved web page's text comes.
describe('build: reading a source', () => {
  it('names a source by its wire credit when the file name is machine-made, and records the publisher', () => {
    const [s] = readSources([{ path: 'in/7f3e9a01c4d2b886.txt', text: 'PORTLEN (Reuters) — The city council voted on Tuesday to close the old pier.\n' }]);
    assert.equal(s.id, 'reuters');
    assert.equal(s.publisher, 'Reuters');
    assert.equal(s.title, 'The city council voted on Tuesday to close the old pier.');
  });

  it('takes a site name off the end of a title and makes it the publisher', () => {
    const [s] = readSources([{ path: 'in/0a1b2c3d4e5f6a7b.txt', text: 'Pier to close after council vote | El Faro Diario\n\nThe council voted.\n' }]);
    assert.equal(s.title, 'Pier to close after council vote');
    assert.equal(s.publisher, 'El Faro Diario');
    assert.equal(s.id, 'el-faro-diario');
  });

  it('never takes a title from page furniture or a stored-date prefix; the prefix gives the date when nothing else does', () => {
    const [a, b] = readSources([
      { path: 'x/a.txt', text: 'Skip to main content\n\nMenu\n\nPier closes after forty years of service\n\nBody text.\n' },
      { path: 'x/b.txt', text: ' date 2031-04-09 Portlen, Apr 9 (Coastwire) The old pier closed on Wednesday after forty years. More words follow here.\n' },
    ]);
    assert.equal(a.title, 'Pier closes after forty years of service');
    assert.equal(b.title, 'The old pier closed on Wednesday after forty years.');
    assert.equal(b.publisher, 'Coastwire');
    assert.equal(b.published, '2031-04-09');
  });

  it('dates a source by its wire dateline over a stored-page date before it, as a draft is dated', () => {
    const text = 'date 2031-04-02 Portlen, Apr 4 (Reuters) The flood toll rose to 12 on Saturday, officials said.\n';
    const [s] = readSources([{ path: 'in/wire.txt', text }]);
    assert.equal(s.published, '2031-04-04');
    const t = loadTable(buildTable([{ path: 'in/wire.txt', text }], { minSources: 1 })).table;
    // Saturday before Friday 4 April 2031, read against the dateline; the dateline's own date is no claim.
    assert.deepEqual(
      t?.facts.filter((f) => f.kind === 'date').map((f) => f.claims.map((c) => c.value)),
      [[{ year: 2031, month: 3, day: 29, precision: 'day' }]],
    );
  });

  it('takes a dateline place off the title and the id', () => {
    const [s] = readSources([{ path: 'q/5e5e5e5e5e5e5e5e.txt', text: 'Portlen, Avoria – Harbour pilots ended their strike on Friday after talks.\n' }]);
    assert.equal(s.title, 'Harbour pilots ended their strike on Friday after talks.');
    assert.equal(s.id, 'harbour-pilots-ended');
  });

  it('writes the publisher into the table', () => {
    const yaml = buildTable([{ path: 'in/7f3e9a01c4d2b886.txt', text: 'PORTLEN (Reuters) — The council voted on Tuesday.\n' }]);
    assert.equal(loadTable(yaml).table?.sources.get('reuters')?.publisher, 'Reuters');
  });

  it("records no date fact from a later day counted from the page's own date for want of a stated day", () => {
    const text = 'date 2031-04-09 Portlen, Apr 9 (Coastwire) The pier flooded. The council closed it two days later, officials said.\n';
    const t = loadTable(buildTable([{ path: 'in/wire.txt', text }], { minSources: 1 })).table;
    assert.deepEqual(
      t?.facts.filter((f) => f.kind === 'date'),
      [],
    );
  });
});
