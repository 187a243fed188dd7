import assert from 'node:assert/strict';
import type { PreparedTable } from '../../src/engine';
import { findingsIn, preparedTable } from './support/tables';

// An invented story: a harbour town's mayor, a phone call she later confirmed, and a ban on night fishing.
const TABLE = `version: 1
sources:
  gazette: { title: Mayor confirms call with ministry, published: 2031-06-02 }
facts:
  call-date:
    label: Date of the phone call between the mayor and the ministry
    kind: date
    cues: [phone call, conversation, spoke]
    value: 2031-05-21
    claims:
      - { source: gazette, value: 2031-05-21, quote: "the conversation was on May 21" }
  call-confirmed-date:
    label: Date the mayor publicly confirmed the call
    kind: date
    cues: [confirmed, confirm]
    value: 2031-05-30
    claims:
      - { source: gazette, value: 2031-05-30, quote: "Mayor Ros on May 30 confirmed the call took place" }
  ban-date:
    label: Date the night fishing ban took effect
    kind: date
    cues: [ban, night fishing]
    value: 2031-05-01
    claims:
      - { source: gazette, value: 2031-05-01, quote: "the ban on night fishing took effect on May 1" }
`;

const found = (body: string, table: PreparedTable) =>
  findingsIn(table, '2031-06-02', body)
    .filter((f) => f.claim.kind === 'date')
    .map((f) => `${f.text} -> ${f.factId} ${f.verdict}`);

describe('dates of saying and what was said', () => {
  const table = preparedTable(TABLE);

  it('does not give a date of what was said to the date it was said', () => {
    assert.deepEqual(
      found('The call took place on May 22, two aides said.', table).filter((f) => f.includes('call-confirmed-date')),
      [],
    );
    assert.deepEqual(found('Ros confirmed the call on May 29.', table), ['May 29 -> call-confirmed-date disagrees']);
  });

  it('reads nothing into a light verb of a label ("took effect" is not "took place")', () => {
    assert.deepEqual(found('The fishing fair took place on May 3.', table), []);
    assert.deepEqual(found('The night fishing ban took effect on May 2.', table), ['May 2 -> ban-date disagrees']);
  });
});
