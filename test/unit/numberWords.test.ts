import assert from 'node:assert/strict';
import { numberToWords, parseNumberWords, scanNumberWords, scaleExponent } from '../../src/engine/extract/numberWords';

describe('parseNumberWords', () => {
  const cases: Array<[string, number]> = [
    ['zero', 0],
    ['seven', 7],
    ['twenty', 20],
    ['eighty-three', 83],
    ['Eighty three', 83],
    ['fifty - two', 52],
    ['one hundred', 100],
    ['a hundred', 100],
    ['one hundred and twelve', 112],
    ['one hundred twelve', 112],
    ['fifteen hundred', 1500],
    ['fifteen thousand', 15000],
    ['two hundred thousand', 200000],
    ['two thousand and two hundred', 2200],
    ['one million two thousand two hundred', 1002200],
    ['twenty-one trillion three hundred', 21000000000300],
    ['a dozen', 12],
    ['half a dozen', 6],
    ['three dozen', 36],
    ['half a million', 500000],
    ['half million', 500000],
    ['a million', 1000000],
    ['one and a half', 1.5],
    ['two and a half million', 2500000],
    ['two point five', 2.5],
    ['zero point seven five', 0.75],
  ];
  for (const [text, value] of cases) it(`reads "${text}"`, () => assert.equal(parseNumberWords(text), value));

  it('rejects what is not a whole number phrase', () => {
    for (const text of ['', 'a', 'half', 'hundred', 'five six', 'one hundred and', 'thousand', 'dozens']) {
      assert.equal(parseNumberWords(text), undefined, text);
    }
  });
});

describe('scanNumberWords', () => {
  it('reads the longest number and reports its span and largest scale', () => {
    const s = 'some fifty million dollars';
    const r = scanNumberWords(s, 5);
    assert.ok(r && !('rejected' in r));
    assert.equal(r.value, 50e6);
    assert.equal(s.slice(r.start, r.end), 'fifty million');
    assert.equal(r.scale, 'million');
  });

  it('does not take a trailing "and"', () => {
    const s = 'one hundred and the rest';
    const r = scanNumberWords(s, 0);
    assert.ok(r && !('rejected' in r));
    assert.equal(s.slice(r.start, r.end), 'one hundred');
  });

  it('rejects fractions and ordinals', () => {
    for (const s of ['two-thirds', 'one fifth', 'twenty-first', 'twenty first']) {
      const r = scanNumberWords(s, 0);
      assert.ok(r && 'rejected' in r, s);
    }
  });

  it('does not read "one second" as a fraction', () => {
    const r = scanNumberWords('one second', 0);
    assert.ok(r && !('rejected' in r));
    assert.equal(r.value, 1);
  });
});

describe('numberToWords', () => {
  const cases: Array<[number, string]> = [
    [0, 'zero'],
    [7, 'seven'],
    [15, 'fifteen'],
    [20, 'twenty'],
    [83, 'eighty-three'],
    [100, 'one hundred'],
    [112, 'one hundred twelve'],
    [15000, 'fifteen thousand'],
    [200000, 'two hundred thousand'],
    [1002200, 'one million two thousand two hundred'],
    [3e9, 'three billion'],
    [-4, 'minus four'],
    [2.5, 'two point five'],
  ];
  for (const [value, text] of cases) it(`writes ${value}`, () => assert.equal(numberToWords(value), text));

  it('writes the British "and" when asked', () => {
    assert.equal(numberToWords(112, { and: true }), 'one hundred and twelve');
    assert.equal(numberToWords(2005, { and: true }), 'two thousand and five');
  });

  it('round-trips through parseNumberWords', () => {
    for (const n of [1, 13, 47, 99, 101, 999, 1001, 15000, 123456, 7000000, 2000000019]) {
      assert.equal(parseNumberWords(numberToWords(n)), n);
    }
  });
});

describe('scaleExponent', () => {
  it('knows scale words and suffixes', () => {
    assert.deepEqual(
      ['thousand', 'million', 'mn', 'm', 'M', 'bn', 'b', 'k', 'tn', 'Million', 'lakh', 'crore'].map(scaleExponent),
      [3, 6, 6, 6, 6, 9, 9, 3, 12, 6, 5, 7],
    );
    assert.equal(scaleExponent('dozen'), undefined);
  });
});
