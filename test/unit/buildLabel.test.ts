import assert from 'node:assert/strict';
import { labelCandidate, labelFromQuote } from '../../src/engine/tabulate/label';
import { buildTable, loadTable } from '../../src/engine';

describe('build: labels in the words of the sources', () => {
  it('labels a count by what follows the figure: what is counted and what happened', () => {
    assert.equal(labelFromQuote('At least 40 sheep were swept away by the flood', 'At least 40'), 'Sheep swept away by the flood');
    assert.equal(labelFromQuote('officials said 9 ferries have been cancelled, and more may follow', '9'), 'Ferries cancelled');
  });

  it('ends the words after a figure at a clause of its own ("while ...", "because ...")', () => {
    assert.equal(
      labelFromQuote('The number of flights grounded by the ash cloud climbed to 40 on Friday while crews checked the engines', '40'),
      'Number of flights grounded by the ash cloud climbed',
    );
    assert.equal(labelFromQuote('12 ferries stayed in port because the swell was too high', '12'), 'Ferries stayed in port');
  });

  it('takes the words before a figure that ends its clause, and before a date first', () => {
    assert.equal(labelFromQuote('The new dam will cost $80 million', '$80 million'), 'New dam cost');
    assert.equal(labelFromQuote('The curfew took effect on 3 June 2030', '3 June 2030', true), 'Curfew took effect');
    assert.equal(labelFromQuote('Rail strikes have run since March 2029', 'March 2029', true), 'Rail strikes run');
  });

  it('labels a date its own words say nothing of by what its clause says before it: a statement, or a figure', () => {
    assert.equal(labelFromQuote('the port authority said Tuesday.', 'Tuesday', true, true), 'Port authority said');
    assert.equal(labelFromQuote('Losses at the paper mill reached $3 million on Friday', 'Friday', true, true), 'Losses at the paper mill reached $3 million');
  });

  it('gives no label when neither side has two words worth keeping', () => {
    assert.equal(labelFromQuote('Effective 4 May 2031', '4 May 2031', true), undefined);
  });

  it("stops short of the clause's next figure and of the currency sign before it", () => {
    assert.equal(labelFromQuote('Farm losses reached 40 million in the north and 12 million in the south', '40 million'), 'Farm losses');
    assert.equal(labelFromQuote('Damage to bridges came to a total of P 90 million', 'P 90 million'), 'Damage to bridges');
    assert.equal(labelFromQuote('Six died in Ayr County and two in Troon', 'Six'), 'Died in Ayr County');
  });

  it('leaves out a verb that only joins a sum to its subject, not one that says what changed', () => {
    assert.equal(labelFromQuote('Harbour repairs have now surpassed $12 million', '$12 million'), 'Harbour repairs');
    assert.equal(labelFromQuote('Crop losses in the valley stood at $4 million', '$4 million'), 'Crop losses in the valley');
    assert.equal(labelFromQuote('Bus fares in the city rose to $3', '$3'), 'Bus fares in the city rose');
    // Without a subject of two words, the verb stays: "Repairs" alone says less than "Repairs topped".
    assert.equal(labelFromQuote('Repairs topped $5 million', '$5 million'), 'Repairs topped');
  });

  it('labels a date that opens its sentence by the clause after the comma', () => {
    assert.equal(labelFromQuote('In May, the survey ship Ardent docked at Leith with two tugs', 'May', true, true), 'Survey ship Ardent docked at Leith');
  });

  it('labels a date beside a reporting verb by who spoke and what they said', () => {
    assert.equal(labelFromQuote('The mayor on May 2 confirmed the bridge will reopen in June', 'May 2', true, true), 'Mayor confirmed the bridge will reopen');
    assert.equal(
      labelFromQuote('On 3 May, the harbour board told reporters the quay was safe', '3 May', true, true),
      'Harbour board told reporters the quay was safe',
    );
  });

  it('labels a date that modifies a noun by that noun and its owner', () => {
    assert.equal(labelFromQuote("The strike followed the mayor's June 4 speech on pensions", 'June 4', true, true), "Mayor's speech");
    assert.equal(labelFromQuote('Turnout fell sharply in the 2031 council elections', '2031', true, true), 'Council elections');
  });

  it('keeps an abbreviation whole', () => {
    assert.equal(labelFromQuote('40 U.S. diplomats left the embassy', '40'), 'U.S. diplomats left the embassy');
  });

  it('leaves out who announced the figure: the words after a reporting verb are what it is about', () => {
    assert.equal(labelFromQuote('The mayor announced the city will cut bus fares by 10%', '10%'), 'City cut bus fares');
  });

  it('names both ends of a change by what changed, and says which end each is', () => {
    const quote = 'The council raised the parking fee from $2 to $3 an hour';
    assert.deepEqual(labelCandidate(quote, '$2'), { text: 'Council raised the parking fee', side: 'before', end: 'from' });
    assert.deepEqual(labelCandidate(quote, '$3'), { text: 'Council raised the parking fee', side: 'before', end: 'to' });
  });

  it("stops at the conjunction that starts the next figure's words", () => {
    const quote = 'Ticket prices rose from 5% to 8% and the service charge from 1% to 2%';
    assert.equal(labelFromQuote(quote, '8%'), 'Ticket prices rose');
    assert.equal(labelFromQuote(quote, '1%'), 'Service charge');
  });

  it('drops a pronoun that opens the label', () => {
    assert.equal(labelFromQuote('Nine of them were found in Rusk County', 'Nine'), 'Found in Rusk County');
  });

  it("does not take a rate's 'an hour' for what the figure is about", () => {
    assert.equal(labelFromQuote('Cleaners will earn £14.10 an hour under the deal', '£14.10'), 'Cleaners earn');
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
  it('names a measure by the words before it, as a date', () => {
    const yaml = buildTable([
      { path: 's/one.md', text: '# Gale\n\nThe gale brought gusts of 140 km/h before it moved out to sea.\n' },
      { path: 's/two.md', text: '# Gale\n\nForecasters said the gale brought gusts of 140 km/h before it weakened.\n' },
    ]);
    const fact = loadTable(yaml).table?.facts.find((f) => f.kind === 'number');
    assert.equal(fact?.label, 'Gale brought gusts');
  });

  it('on a tie, prefers the words that follow a count to the words leading up to it', () => {
    const yaml = buildTable([
      { path: 's/one.md', text: '# Wages\n\nThe minister confirmed the city will raise the cleaners pay by 4.5% next spring.\n' },
      { path: 's/two.md', text: '# Wages\n\nUnions welcomed a 4.5% rise in cleaners pay agreed on Monday.\n' },
    ]);
    const fact = loadTable(yaml).table?.facts.find((f) => f.kind === 'percent');
    assert.equal(fact?.label, 'Rise in cleaners pay agreed');
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

  it('takes no reporting verb for a cue, and counts a change every source gives in points in percentage points', () => {
    const yaml = buildTable([
      { path: 's/one.md', text: '# Rates\n\nThe bank confirmed a 0.5 percentage point rise in its lending rate.\n' },
      { path: 's/two.md', text: '# Rates\n\nIts lending rate rose by 0.5 percentage points, the bank announced.\n' },
    ]);
    const fact = loadTable(yaml).table?.facts.find((f) => f.kind === 'percent');
    assert.ok(fact);
    assert.equal(fact.unit, 'percentage points');
    assert.ok(!fact.cues.some((c) => /^(?:confirmed|announced)$/i.test(c)), JSON.stringify(fact.cues));
  });

  it('takes no relative pronoun for a cue', () => {
    const yaml = buildTable([
      { path: 's/one.md', text: '# Buses\n\nThe council approved 12 schemes which cut bus fares for pensioners.\n' },
      { path: 's/two.md', text: '# Buses\n\nIn all 12 schemes which cut bus fares were approved on Monday.\n' },
    ]);
    const fact = loadTable(yaml).table?.facts.find((f) => f.kind === 'number');
    assert.ok(fact);
    assert.ok(fact.cues.includes('schemes'), JSON.stringify(fact.cues));
    assert.ok(!fact.cues.includes('which'), JSON.stringify(fact.cues));
  });

  it("takes no cue from words only one of a fact's sources uses near its figure", () => {
    const yaml = buildTable([
      { path: 's/one.md', text: '# Mine\n\nThe collapse at the Redfell mine trapped 14 miners, a union spokesman said.\n' },
      { path: 's/two.md', text: '# Mine\n\nRescuers reached 14 miners trapped in the Redfell mine overnight, using drills.\n' },
    ]);
    const fact = loadTable(yaml).table?.facts.find((f) => f.kind === 'number');
    assert.ok(fact);
    assert.ok(fact.cues.includes('Redfell') && fact.cues.includes('trapped'), JSON.stringify(fact.cues));
    assert.ok(!fact.cues.some((c) => /^(?:union|spokesman|drills|rescuers)$/i.test(c)), JSON.stringify(fact.cues));
  });

  it('adds a name of capitalised cue words, and two cue words two sources write side by side, as cues', () => {
    const yaml = buildTable([
      { path: 's/one.md', text: '# Pay\n\nThe Harbour Workers Allowance will rise by 4% to cover fuel costs, ministers said.\n' },
      { path: 's/two.md', text: '# Pay\n\nThe Harbour Workers Allowance goes up by 4% next month to cover fuel costs.\n' },
    ]);
    const fact = loadTable(yaml).table?.facts.find((f) => f.kind === 'percent');
    assert.ok(fact);
    assert.ok(fact.cues.includes('Workers Allowance'), JSON.stringify(fact.cues));
    assert.ok(fact.cues.includes('fuel costs'), JSON.stringify(fact.cues));
  });

  it('names a sum by the words before it, unless the words after say what it is of', () => {
    const label = (a: string, b: string) =>
      loadTable(
        buildTable([
          { path: 's/one.md', text: `# Harvest\n\n${a}\n` },
          { path: 's/two.md', text: `# Harvest\n\n${b}\n` },
        ]),
      ).table?.facts.find((f) => f.kind === 'money')?.label;
    assert.equal(
      label(
        'Damage to the wheat harvest was estimated at $3.2 million followed by barley at $1 million.',
        'The wheat harvest damage hit $3.2 million this week.',
      ),
      'Damage to the wheat harvest',
    );
    assert.equal(
      label('Farmers lost $3.2 million in wheat sales after the hail.', 'The hail cost wheat growers $3.2 million in wheat sales.'),
      'Wheat sales after the hail',
    );
  });
});
