import assert from 'node:assert/strict';
import { loadTable, type Claim, type Fact, type SourceView } from '../../src/engine';
import { findingMessage } from '../../src/engine/format/message';

const TABLE = `version: 1
sources:
  wire: { title: Wire }
  daily: { title: Daily }
facts:
  senator:
    label: Markwayne Mullin
    kind: entity
    value: Markwayne Mullin
  state:
    label: Oklahoma senator
    kind: entity
    value: Markwayne Mullin
  killed:
    label: People killed
    kind: number
    value: 83
  strikes:
    label: US strikes
    kind: number
    value: 21
  signed:
    label: Signing date
    kind: date
    value: 2025-11-29
`;

function fact(id: string): Fact {
  const f = loadTable(TABLE).table?.facts.find((x) => x.id === id);
  assert.ok(f, id);
  return f;
}

const span = { start: 0, end: 4 };
const claim: Claim = { kind: 'entity', text: 'Mull', start: 0, end: 4, sentence: span, name: 'Mull', entityType: 'person', bound: 'exact' };

function contested(f: Fact, sources: SourceView[] = []): string {
  return findingMessage('contested', claim, f, '', [], sources);
}

describe('finding messages keep names as written', () => {
  it('leaves a label that is a person or place name alone', () => {
    assert.match(contested(fact('senator')), /disagree on Markwayne Mullin:/);
    assert.match(contested(fact('state')), /disagree on Oklahoma senator:/);
  });

  it('lowers only the first letter of a label that opens with a common word, and never an acronym', () => {
    assert.match(contested(fact('killed')), /disagree on people killed:/);
    assert.match(contested(fact('strikes')), /disagree on US strikes:/);
  });

  it('keeps the capitals of names and months the sources report, but not of a hedge opening a quote', () => {
    const names = contested(fact('senator'), [
      { source: 'wire', value: 'Markwayne Mullin', agrees: false },
      { source: 'daily', value: 'Mullin', agrees: false },
    ]);
    assert.match(names, /wire says Markwayne Mullin; daily says Mullin$/);
    const dates = contested(fact('signed'), [{ source: 'wire', value: 'November 29', agrees: false }]);
    assert.match(dates, /wire says November 29$/);
    const figures = contested(fact('killed'), [{ source: 'wire', value: 'Approximately 80', agrees: false }]);
    assert.match(figures, /wire says approximately 80$/);
  });
});
