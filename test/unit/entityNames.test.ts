import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check, loadTable, prepareTable, type CheckResult, type Finding, type PreparedTable } from '../../src/engine';
import { acceptedForms, compareName, isAcronym } from '../../src/engine/verdict/names';
import { capitalizedRuns } from '../../src/engine/extract/entities';

const FIXTURES = join(__dirname, '..', '..', '..', 'test', 'fixtures');

function rescue(): PreparedTable {
  const { table, problems } = loadTable(readFileSync(join(FIXTURES, 'names.facts.yaml'), 'utf8'));
  assert.ok(table, JSON.stringify(problems));
  return prepareTable(table);
}

const dated = (body: string) => `---\ndate: 2026-02-04\n---\n${body}\n`;

function findingFor(result: CheckResult, text: string): Finding {
  const f = result.findings.find((x) => x.text === text);
  assert.ok(f, `no finding for "${text}" in ${JSON.stringify(result.findings.map((x) => x.text))}`);
  return f;
}

describe('names: near misses of one word and of acronyms', () => {
  it('takes a one- or two-letter slip in a long one-word name for a misspelling', () => {
    assert.equal(compareName('Valdoriax', 'Valdoriaz'), 'near');
    assert.equal(compareName('Valdorriaz', 'Valdoriaz'), 'near');
    assert.equal(compareName('Ostrawa', 'Ostrava'), 'near');
  });

  it('leaves short one-word names and a name grown into another apart', () => {
    assert.equal(compareName('Iraq', 'Iran'), 'different');
    assert.equal(compareName('Perth', 'Porth'), 'different');
    assert.equal(compareName('Australia', 'Austria'), 'different');
    assert.equal(compareName('Slovenia', 'Slovakia'), 'different');
  });

  it('nears an acronym only by one letter added, dropped or doubled, and only from four letters and five in all', () => {
    assert.equal(isAcronym('ASRCO'), true);
    assert.equal(isAcronym('Asrco'), false);
    assert.equal(compareName('ASRCCO', 'Alpine Search and Rescue Coordination Office', ['ASRCO']), 'near');
    assert.equal(compareName('ASRO', 'Alpine Search and Rescue Coordination Office', ['ASRCO']), 'near');
    assert.equal(compareName('ASRCU', 'Alpine Search and Rescue Coordination Office', ['ASRCO']), 'different');
    assert.equal(compareName('KLMNN', 'Kestrel Line', ['KLMN']), 'near');
    assert.equal(compareName('KLMM', 'Kestrel Line', ['KLM']), 'different');
    assert.equal(compareName('KL', 'Kestrel Line', ['KLM']), 'different');
  });

  it('reads a given name written by its sound as the same given name when the surname agrees', () => {
    assert.equal(compareName('Oswaldeen Branigan', 'Oswaldine Brannigan'), 'near');
    assert.equal(compareName('Mahmoud Kestrel', 'Mohammed Kestrel'), 'different');
    assert.equal(compareName('Oswaldeen Hartley', 'Oswaldine Brannigan'), 'different');
  });

  it('ends a name at a possessive written with the apostrophe alone', () => {
    const text = 'Teodora Vasquelles’ plan held.';
    assert.deepEqual(
      capitalizedRuns(text, { start: 0, end: text.length }).map((r) => r.map((w) => w.text)),
      [['Teodora', 'Vasquelles']],
    );
  });
});

describe('names: the short forms of a known name', () => {
  it('gives a person their surname alone, but not a body or a place its last word', () => {
    assert.ok(acceptedForms('Oswaldine Brannigan', []).includes('brannigan'));
    assert.ok(!acceptedForms('Alpine Search and Rescue Coordination Office', []).includes('office'));
    assert.ok(!acceptedForms('Office for Mountain Safety', []).includes('safety'));
    assert.ok(!acceptedForms('Quenby Harbour City', []).includes('city'));
    assert.ok(!acceptedForms('Vellmar Party', []).includes('party'));
    assert.equal(compareName('Office', 'Alpine Search and Rescue Coordination Office'), 'different');
  });
});

describe('names: checking against the rescue table', () => {
  const table = rescue();

  it('marks a source’s minority misspelling of the cited name misspelled, not contested', () => {
    const r = check(dated('The rescue chief, Oswaldeen Branigan, said every climber was safe.'), table);
    const f = findingFor(r, 'Oswaldeen Branigan');
    assert.equal(f.verdict, 'misspelled');
    assert.equal(f.replacement, 'Oswaldine Brannigan');
  });

  it('gives the source article that misspells the name its misspelled finding', () => {
    const article = 'Mountain rescue ends in relief\n\nAll four climbers are safe, said chief Oswaldeen Branigan on Tuesday.';
    const f = findingFor(check(dated(article), table), 'Oswaldeen Branigan');
    assert.equal(f.verdict, 'misspelled');
    assert.equal(f.replacement, 'Oswaldine Brannigan');
  });

  it('lets the cited spelling agree although one source misspells it', () => {
    const f = findingFor(check(dated('Oswaldine Brannigan said every climber was safe.'), table), 'Oswaldine Brannigan');
    assert.equal(f.verdict, 'agrees');
    assert.ok(f.sources.every((s) => s.agrees));
  });

  it('keeps two different people named by the sources contested', () => {
    const r = check(dated('At the base camp, coordinator Ingrid Holmfast counted the tents. Teodora Vasquelle agreed.'), table);
    assert.equal(findingFor(r, 'Ingrid Holmfast').verdict, 'contested');
    assert.equal(findingFor(r, 'Teodora Vasquelle').verdict, 'contested');
  });

  it('finds a misspelt place after a verb or a preposition', () => {
    for (const text of ['The climbers were carried to Valdoriax on Sunday.', 'By night the teams reached Valdoriax.']) {
      const f = findingFor(check(dated(text), table), 'Valdoriax');
      assert.equal(f.verdict, 'misspelled');
      assert.equal(f.factId, 'town');
      assert.equal(f.replacement, 'Valdoriaz');
    }
  });

  it('finds a misspelt acronym, even opening a sentence, and offers the acronym', () => {
    const f = findingFor(check(dated('ASRCCO called the search off at dusk.'), table), 'ASRCCO');
    assert.equal(f.verdict, 'misspelled');
    assert.equal(f.factId, 'agency');
    assert.equal(f.replacement, 'ASRCO');
  });

  it('finds a long name with lower-case words written out in full, and not its last word alone', () => {
    const r = check(dated('The Alpine Search and Rescue Coordination Office thanked the volunteers. Volunteers left the Office at six.'), table);
    const f = findingFor(r, 'Alpine Search and Rescue Coordination Office');
    assert.equal(f.verdict, 'agrees');
    assert.equal(f.factId, 'agency');
    assert.equal(r.findings.length, 1);
  });

  it('does not take a short or different place for a known one', () => {
    const r = check(dated('Relatives flew in from Oslo and from Ostend, and some from Astrava.'), table);
    assert.deepEqual(
      r.findings.filter((f) => f.verdict === 'misspelled').map((f) => f.text),
      [],
    );
  });
});
