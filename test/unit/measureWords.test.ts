import assert from 'node:assert/strict';
import { preparedTable, verdictLines } from './support/tables';

// An invented story: a rail tunnel floods; a cordon is set round its portal.
const TABLE = `version: 1
sources:
  gazette: { title: Harlow Hill tunnel floods, published: 2032-02-11 }
facts:
  tunnel-length:
    label: Length of the Harlow Hill tunnel
    kind: number
    unit: metres
    cues: [long, length]
    value: 830
    claims:
      - { source: gazette, value: 830, quote: "the tunnel is 830 metres long" }
`;
const CORDON = `version: 1
sources:
  gazette: { title: Harlow Hill tunnel floods, published: 2032-02-11 }
facts:
  cordon-first:
    label: Radius of the cordon first set round the portal
    kind: number
    unit: metres
    cues: [cordon, first set]
    value: 200
    claims:
      - { source: gazette, value: 200, quote: "a cordon of 200 metres was first set" }
  cordon-widened:
    label: Radius of the cordon once it was widened
    kind: number
    unit: metres
    cues: [cordon, widened, pushed out]
    value: 400
    claims:
      - { source: gazette, value: 400, quote: "the cordon was widened to 400 metres" }
`;
// A table that lists its units among the cues, as tables often do.
const ZONE = `version: 1
sources:
  gazette: { title: Harlow Hill tunnel floods, published: 2032-02-11 }
facts:
  zone:
    label: Radius of the flood warning zone
    kind: number
    unit: kilometres
    cues: [warning zone, kilometres, miles]
    value: 12
    claims:
      - { source: gazette, value: 12, quote: "a warning zone of 12 kilometres" }
`;
const ZONES = `version: 1
sources:
  gazette: { title: Harlow Hill tunnel floods, published: 2032-02-11 }
facts:
  zone-first:
    label: Radius of the flood warning zone first drawn
    kind: number
    unit: kilometres
    cues: [warning zone, first drawn, miles]
    value: 6
    claims:
      - { source: gazette, value: 6, quote: "a warning zone of 6 kilometres (4 miles) was first drawn" }
  zone-widened:
    label: Radius of the flood warning zone once widened
    kind: number
    unit: kilometres
    cues: [warning zone, widened]
    value: 12
    claims:
      - { source: gazette, value: 12, quote: "the warning zone was widened to 12 kilometres" }
`;
const length = preparedTable(TABLE);
const cordon = preparedTable(CORDON);
const lines = (body: string) => verdictLines(length, '2032-02-11', body);

describe('words of measure', () => {
  it('are no evidence of a fact by the unit they write alone', () => {
    // The fact is kept in metres, but visibility is no length of the tunnel.
    assert.deepEqual(lines('"Visibility down in the water is less than two metres," a diver said.'), []);
    assert.deepEqual(lines('The tunnel is 930 metres long.'), ['930 -> tunnel-length disagrees']);
    // The unit of a figure's conversion in brackets is no word of the figure either.
    const zone = preparedTable(ZONE);
    assert.deepEqual(verdictLines(zone, '2032-02-11', 'Trains were halted at Dunmore, 140 kilometres (87 miles) east of the tunnel.'), []);
    assert.deepEqual(verdictLines(zone, '2032-02-11', 'The warning zone was set at 15 kilometres (9 miles).'), ['15 -> zone disagrees', '9 -> zone disagrees']);
  });

  it('keep a wrong conversion in brackets on the fact of the figure it converts', () => {
    // 12 kilometres are 7.5 miles: the 9 is the writer's slip, judged against the zone as the 12 is.
    assert.deepEqual(verdictLines(preparedTable(ZONE), '2032-02-11', 'The warning zone was set at 12 kilometres (9 miles).'), [
      '12 -> zone agrees',
      '9 -> zone disagrees',
    ]);
  });

  it('send a wrong conversion to the fact of its figure, not to a fact its own words name', () => {
    // 12 kilometres are 7.5 miles; the miles of the first zone are not what the 11 is about.
    assert.deepEqual(verdictLines(preparedTable(ZONES), '2032-02-11', 'The warning zone now stands at 12 kilometres (about 11 miles).'), [
      '12 -> zone-widened agrees',
      'about 11 -> zone-widened disagrees',
    ]);
  });

  it("let a change link two figures across the first one's unit", () => {
    assert.deepEqual(verdictLines(cordon, '2032-02-11', 'Police pushed the cordon out from 200 metres to 500 metres on Tuesday.'), [
      '500 -> cordon-widened disagrees',
    ]);
  });
});
