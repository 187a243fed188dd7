import assert from 'node:assert/strict';
import { SpanSet, overlaps } from '../../src/engine/text/spans';

describe('SpanSet', () => {
  it('answers overlap queries like a linear scan, nested spans included', () => {
    let seed = 7;
    const rand = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    const spans = Array.from({ length: 300 }, () => {
      const start = rand(2000);
      return { start, end: start + 1 + rand(rand(5) === 0 ? 200 : 10) };
    });
    const set = new SpanSet(spans);
    for (let i = 0; i < 2000; i++) {
      const start = rand(2100);
      const q = { start, end: start + 1 + rand(15) };
      const expected = spans.filter((s) => overlaps(s, q)).sort((a, b) => a.start - b.start || a.end - b.end)[0];
      assert.deepEqual(set.find(q), expected, JSON.stringify(q));
    }
  });

  it('treats touching spans as not overlapping', () => {
    const set = new SpanSet([{ start: 0, end: 5 }]);
    assert.equal(set.has({ start: 5, end: 9 }), false);
    assert.equal(set.has({ start: 4, end: 9 }), true);
  });
});
