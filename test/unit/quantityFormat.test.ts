import assert from 'node:assert/strict';
import { extractQuantities } from '../../src/engine/extract/quantities';
import { formatCited, formatQuantity } from '../../src/engine/format/quantity';
import type { NumberStyle } from '../../src/engine/types';

/** Writes `value` in the style of the single figure found in `written`. */
function rewrite(written: string, value: number): string {
  const [q] = extractQuantities(written);
  assert.ok(q, `a figure in ${written}`);
  return formatQuantity(value, q.style, q.kind);
}

describe('formatQuantity', () => {
  const cases: Array<[string, number, string]> = [
    ['$40 million', 50e6, '$50 million'],
    ['$40mn', 50e6, '$50mn'],
    ['$25m', 30e6, '$30m'],
    ['$1.2bn', 1.25e9, '$1.25bn'],
    ['$1.2bn', 2e9, '$2bn'],
    ['€3 billion', 3.5e9, '€3.5 billion'],
    ['US$5', 7, 'US$7'],
    ['eleven thousand', 15000, 'fifteen thousand'],
    ['Eleven thousand', 15000, 'Fifteen thousand'],
    ['eighty-three', 84, 'eighty-four'],
    ['fifty million dollars', 60e6, 'sixty million dollars'],
    ['11,000', 15000, '15,000'],
    ['11000', 15000, '15000'],
    ['10%', 12, '12%'],
    ['10 per cent', 12.5, '12.5 per cent'],
    ['twenty percent', 25, 'twenty-five percent'],
    ['16.5', 17.25, '17.25'],
    ['16.5', 17, '17'],
    ['$2.50', 3.5, '$3.50'],
    ['50 cents', 0.75, '75 cents'],
    ['two dollars', 1, 'one dollar'],
    ['-2.1%', -3, '-3%'],
  ];
  for (const [written, value, expected] of cases) {
    it(`${written} + ${value} -> ${expected}`, () => assert.equal(rewrite(written, value), expected));
  }

  it('falls back to grouped digits when the scale would need a long fraction', () => {
    assert.equal(rewrite('15 thousand', 15312), '15,312');
    assert.equal(rewrite('$50 million', 50123456), '$50,123,456');
    assert.equal(rewrite('fifteen thousand', 15312), '15,312');
    assert.equal(rewrite('fifty million dollars', 1.5e6), '1.5 million dollars');
  });

  it('round-trips every style to the same text', () => {
    for (const written of [
      '$50mn',
      '$50 million',
      '15,000',
      '15000',
      '16.5',
      '10%',
      '10 percent',
      'eighty-three',
      'fifteen thousand',
      '€3 billion',
      '300 billion',
    ]) {
      const [q] = extractQuantities(written);
      assert.equal(formatQuantity(q.value, q.style, q.kind), written);
    }
  });

  it("moves to the next scale up rather than writing 1000 or more of the draft's scale", () => {
    assert.equal(rewrite('$24 million', 24e9), '$24 billion');
    assert.equal(rewrite('$5 million', 5.3e9), '$5.3 billion');
    assert.equal(rewrite('£25m', 25e9), '£25bn');
    assert.equal(rewrite('$4mn', 2.5e9), '$2.5bn');
    assert.equal(rewrite('$5M', 7.5e9), '$7.5B');
    assert.equal(rewrite('€2 Million', 3e9), '€3 Billion');
    assert.equal(rewrite('fifty million dollars', 2.4e9), '2.4 billion dollars');
    assert.equal(rewrite('15 thousand', 2.5e6), '2.5 million');
    // Whole millions read as thousandths of a billion; a finer value falls back to grouped digits.
    assert.equal(rewrite('$50 million', 5312e6), '$5.312 billion');
    assert.equal(rewrite('$50 million', 5312.25e6), '$5,312,250,000');
  });

  it('moves billions below one down to millions', () => {
    assert.equal(rewrite('$1.2bn', 0.4e9), '$400m');
    assert.equal(rewrite('$3 billion', 0.25e9), '$250 million');
    assert.equal(rewrite('$2 trillion', 0.5e12), '$500 billion');
  });

  it("keeps the writer's currency form in news styles", () => {
    assert.equal(rewrite('P788 million', 1.2e9), 'P1.2 billion');
    assert.equal(rewrite('P 1,250.50', 1300.75), 'P 1,300.75');
    assert.equal(rewrite('3.6 billion pesos', 4.1e9), '4.1 billion pesos');
    assert.equal(rewrite('6.8p', 0.102), '10.2p');
    assert.equal(rewrite('twenty-two billion pounds', 25e9), 'twenty-five billion pounds');
  });

  it('writes money and percent signs even for a bare style', () => {
    const bare: NumberStyle = { form: 'digits', grouping: true, decimals: 0 };
    assert.equal(formatQuantity(25000, bare, 'money'), '$25,000');
    assert.equal(formatQuantity(12, bare, 'percent'), '12%');
  });
});

describe('formatCited', () => {
  it('writes a neutral house style', () => {
    assert.equal(formatCited(15000, 'number'), '15,000');
    assert.equal(formatCited(1.5e6, 'number'), '1.5 million');
    assert.equal(formatCited(1234567, 'number'), '1,234,567');
    assert.equal(formatCited(50e6, 'money'), '$50 million');
    assert.equal(formatCited(25000, 'money'), '$25,000');
    assert.equal(formatCited(2.5, 'money'), '$2.50');
    assert.equal(formatCited(3e9, 'money', 'EUR'), '€3 billion');
    assert.equal(formatCited(500, 'money', 'CHF'), 'CHF 500');
    assert.equal(formatCited(10, 'percent'), '10%');
    assert.equal(formatCited(12.5, 'percent'), '12.5%');
  });
});
