import assert from 'node:assert/strict';
import { labelFromQuote } from '../../src/engine/tabulate/label';
import { buildTable, loadTable } from '../../src/engine';

describe('build: labels in the words of the sources', () => {
  it('labels a count by what follows the figure: what is counted and what happened', () => {
    assert.equal(labelFromQuote('At least 40 sheep were swept away by the flood', 'At least 40'), 'Sheep swept away by the flood');
    assert.equal(labelFromQuote('officials said 9 ferries have been cancelled, and more may follow', '9'), 'Ferries cancelled');
  });

  it('takes the words before a figure that ends its clause, and before a date first', () => {
    assert.equal(labelFromQuote('The new dam will cost $80 million', '$80 million'), 'New dam cost');
    assert.equal(labelFromQuote('The curfew took effect on 3 June 2030', '3 June 2030', true), 'Curfew took effect');
    assert.equal(labelFromQuote('Rail strikes have run since March 2029', 'March 2029', true), 'Rail strikes run');
  });

  it('gives no label when neither side has two words worth keeping', () => {
    assert.equal(labelFromQuote('Effective 4 May 2031', '4 May 2031', true), undefined);
  });

  it("stops short of the clause's next figure and of the currency sign before it", () => {
    assert.equal(labelFromQuote('Farm losses reached 40 million in the north and 12 million in the south', '40 million'), 'Farm losses reached');
    assert.equal(labelFromQuote('Damage to bridges came to a total of P 90 million', 'P 90 million'), 'Damage to bridges came to a total');
  });

  it('keeps an abbreviation whole', () => {
    assert.equal(labelFromQuote('40 U.S. diplomats left the embassy', '40'), 'U.S. diplomats left the embassy');
  });

  it('writes the label, and an id made from it, into the table', () => {
    const yaml = buildTable([
      { path: 's/one.md', text: '# Flood\n\nAt least 40 sheep were swept away by the flood near Amberlow.\n' },
      { path: 's/two.md', text: '# Flood\n\nSome 40 sheep were swept away by the flood, a farmer said.\n' },
    ]);
    const fact = loadTable(yaml).table?.facts[0];
    // The two clauses give two labels: on a tie, the first source's.
    assert.equal(fact?.label, 'Sheep swept away by the flood near Amberlow');
    assert.equal(fact?.id, 'sheep-swept-away-flood');
  });
});

describe('build: cues from every source', () => {
  it("takes cue words from each source's framing of the figure, so a draft in either wording finds the fact", () => {
    const yaml = buildTable([
      { path: 's/one.md', text: '# Quake\n\nThe quake near Sorrel Bay killed 31 people, the coast guard said.\n' },
      { path: 's/two.md', text: '# Quake\n\nAt least 31 people died when the quake struck Sorrel Bay.\n' },
    ]);
    const fact = loadTable(yaml).table?.facts.find((f) => f.kind === 'number');
    assert.ok(fact);
    assert.ok(fact.cues.includes('killed') && fact.cues.includes('died'), JSON.stringify(fact.cues));
    assert.ok(!fact.cues.includes('when'));
  });
});
