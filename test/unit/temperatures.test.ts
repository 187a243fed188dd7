import assert from 'node:assert/strict';
import { extractQuantities } from '../../src/engine/extract/quantities';
import { convertUnit } from '../../src/engine/lexicon/units';
import { preparedTable, verdictLines } from './support/tables';

// An invented story: a heatwave sets a record at a river port.
const TABLE = `version: 1
sources:
  post: { title: Port bakes in record heat, published: 2031-07-11 }
facts:
  peak:
    label: Highest temperature recorded at Sallow port
    kind: number
    unit: degrees Celsius
    cues: [temperature, reached, record, hottest]
    value: 40.5
    claims:
      - { source: post, value: 40.5, quote: "the temperature reached 40.5C" }
`;
const table = preparedTable(TABLE);
const lines = (body: string) => verdictLines(table, '2031-07-11', body);
const units = (text: string) => extractQuantities(text).map((q) => `${q.text} ${q.unit ?? ''}`.trim());

describe('temperatures', () => {
  it('are read in every way news writes them', () => {
    assert.deepEqual(units('It reached 40.5C, or 104.9°F, against 38 °C and 39 degrees Celsius.'), [
      '40.5 degree celsius',
      '104.9 degree fahrenheit',
      '38 degree celsius',
      '39 degree celsius',
    ]);
  });

  it('convert between the scales from their zeros', () => {
    assert.equal(convertUnit(40, 'degree celsius', 'degrees fahrenheit'), 104);
    assert.equal(convertUnit(50, 'degrees Fahrenheit', 'degree celsius'), 10);
  });

  it('are judged in the fact’s scale', () => {
    assert.deepEqual(lines('The temperature at Sallow reached 40.5C on Tuesday.'), ['40.5 -> peak agrees']);
    assert.deepEqual(lines('The temperature at Sallow reached 104.9F on Tuesday.'), ['104.9 -> peak agrees']);
    assert.deepEqual(lines('The temperature at Sallow reached 41.5°C on Tuesday.'), ['41.5 -> peak disagrees']);
  });
});
