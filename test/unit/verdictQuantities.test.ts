import assert from 'node:assert/strict';
import type { Bound } from '../../src/engine/types';
import { compareQuantity, quantitiesConflict } from '../../src/engine/verdict/quantities';

const q = (value: number, bound: Bound = 'exact') => ({ value, bound });

describe('compareQuantity', () => {
  const atLeast83 = q(83, 'at-least');
  it('accepts claims that follow from "at least 83"', () => {
    for (const claim of [q(83), q(83, 'at-least'), q(80, 'more-than'), q(80, 'at-least')]) {
      assert.equal(compareQuantity(claim, atLeast83), 'agrees', JSON.stringify(claim));
    }
  });
  it('takes a count given as "at least" far below the reported count for a slip of the figure', () => {
    const count = (value: number, bound: Bound) => ({ value, bound, count: true });
    assert.equal(compareQuantity(count(38, 'at-least'), atLeast83), 'disagrees');
    assert.equal(compareQuantity(count(50, 'more-than'), q(83)), 'disagrees');
    // Rounded down, or within the tolerance, it is a fair reading.
    assert.equal(compareQuantity(count(80, 'more-than'), atLeast83), 'agrees');
    assert.equal(compareQuantity(count(50000, 'more-than'), q(57200)), 'agrees');
    assert.equal(compareQuantity(count(10000, 'more-than'), q(14339)), 'agrees');
    assert.equal(compareQuantity(count(81, 'at-least'), atLeast83), 'agrees');
    // A sum or share hedged below the figure is not a count known from below.
    assert.equal(compareQuantity(q(38, 'at-least'), atLeast83), 'agrees');
  });
  it('calls claims beyond "at least 83" unsupported', () => {
    assert.equal(compareQuantity(q(91), atLeast83), 'unsupported');
    assert.equal(compareQuantity(q(85, 'at-least'), atLeast83), 'unsupported');
    assert.equal(compareQuantity(q(100, 'more-than'), atLeast83), 'unsupported');
  });
  it('calls impossible claims disagreeing', () => {
    assert.equal(compareQuantity(q(11000), q(15000, 'about')), 'disagrees');
    assert.equal(compareQuantity(q(70), atLeast83), 'disagrees');
    assert.equal(compareQuantity(q(80, 'less-than'), atLeast83), 'disagrees');
    assert.equal(compareQuantity(q(16000), q(15000, 'about')), 'disagrees');
  });
  it('uses the tolerance for about', () => {
    assert.equal(compareQuantity(q(15500), q(15000, 'about')), 'agrees');
    assert.equal(compareQuantity(q(15200, 'about'), q(15000)), 'agrees');
    assert.equal(compareQuantity(q(16000, 'about'), q(15000, 'about')), 'disagrees');
    assert.equal(compareQuantity(q(16000, 'about'), q(15000, 'about'), 0.1), 'agrees');
  });
  it('reads bare round figures as rounded', () => {
    assert.equal(compareQuantity(q(15000), q(15312)), 'agrees');
    assert.equal(compareQuantity(q(15000), q(15612)), 'disagrees');
    assert.equal(compareQuantity(q(80), q(83)), 'disagrees');
  });
});

describe('quantitiesConflict', () => {
  it('finds claims that cannot all be true', () => {
    assert.equal(quantitiesConflict([q(83, 'at-least'), q(80, 'more-than')]), false);
    assert.equal(quantitiesConflict([q(15000, 'about'), q(15000), q(16000)]), true);
    assert.equal(quantitiesConflict([q(21, 'at-least'), q(20)]), true);
    assert.equal(quantitiesConflict([q(50000000)]), false);
  });
});
