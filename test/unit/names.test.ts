import assert from 'node:assert/strict';
import { compareName } from '../../src/engine/verdict/names';

describe('compareName', () => {
  it('ignores accents, case and middle initials', () => {
    assert.equal(compareName('Nicolas Maduro', 'Nicolás Maduro'), 'same');
    assert.equal(compareName('NICOLÁS MADURO', 'Nicolás Maduro'), 'same');
    assert.equal(compareName('Gerald Ford', 'Gerald R. Ford'), 'same');
    assert.equal(compareName('Maduro', 'Nicolás Maduro'), 'same');
  });
  it('accepts aliases', () => {
    assert.equal(compareName('Mullin', 'Markwayne Mullin', ['Mullin']), 'same');
    assert.equal(compareName('Diosdado', 'Diosdado Cabello', ['Diosdado']), 'same');
  });
  it('finds near misses', () => {
    assert.equal(compareName('Pete Hegsett', 'Pete Hegseth'), 'near');
    assert.equal(compareName('Marco Rubbio', 'Marco Rubio'), 'near');
    assert.equal(compareName('Hegsett', 'Pete Hegseth'), 'near');
  });
  it('leaves different names alone', () => {
    assert.equal(compareName('Marco Polo', 'Marco Rubio'), 'different');
    // A surname alone under six letters has too many real neighbours for a near miss to be a slip.
    assert.equal(compareName('Rubin', 'Marco Rubio'), 'different');
    assert.equal(compareName('Gil', 'Yván Gil'), 'same');
    assert.equal(compareName('Gul', 'Yván Gil'), 'different');
    assert.equal(compareName('Lindsey Graham', 'Lindsay Graham'), 'near');
    assert.equal(compareName('Chuck Schumer', 'Pete Hegseth'), 'different');
  });
});
