import assert from 'node:assert/strict';
import { aliasEdit, applyTableEdit, newFactEdit, yamlScalar, type TableEdit } from '../../src/engine/table/edits';
import { check, prepareTable } from '../../src/engine';
import { loadTable } from '../../src/engine/table/load';
import type { Claim, EntityFact } from '../../src/engine/types';

const HEAD = '# Table for the ferry strike.\nversion: 1\nsources:\n  gazette: { title: Ferry crews walk out } # the morning paper\nfacts:\n';

/** Asserts the edit only inserts `inserted`, the text before and after it unchanged byte for byte. */
function assertInsertion(text: string, edit: TableEdit | undefined, inserted: string): string {
  assert.ok(edit, 'an edit');
  assert.equal(edit.start, edit.end, 'an insertion replaces nothing');
  assert.equal(edit.text, inserted);
  const after = applyTableEdit(text, edit);
  assert.equal(after.slice(0, edit.start), text.slice(0, edit.start));
  assert.equal(after.slice(edit.start + inserted.length), text.slice(edit.start));
  return after;
}

function entityAliases(text: string, id: string): string[] {
  const loaded = loadTable(text);
  assert.deepEqual(
    loaded.problems.filter((p) => p.severity === 'error'),
    [],
  );
  const fact = loaded.table?.facts.find((f): f is EntityFact => f.id === id);
  assert.ok(fact);
  return fact.aliases;
}

describe('table edits', () => {
  describe('aliasEdit', () => {
    it('adds to a flow list after its last item, keeping the comment on that line', () => {
      const text = `${HEAD}  union-head:\n    label: Head of the crews' union\n    kind: entity\n    aliases: [Marlowe] # as the papers call her\n    value: Ines Marlowe\n`;
      const after = assertInsertion(text, aliasEdit(text, 'union-head', 'Ines Marlow'), ', Ines Marlow');
      assert.ok(after.includes('aliases: [Marlowe, Ines Marlow] # as the papers call her\n'));
      assert.deepEqual(entityAliases(after, 'union-head'), ['Marlowe', 'Ines Marlow']);
    });

    it('fills an empty flow list', () => {
      const text = `${HEAD}  union-head:\n    label: Union head\n    kind: entity\n    aliases: []\n    value: Ines Marlowe\n`;
      const after = assertInsertion(text, aliasEdit(text, 'union-head', 'Marlow'), 'Marlow');
      assert.deepEqual(entityAliases(after, 'union-head'), ['Marlow']);
    });

    it("adds a line to a block list at its items' indentation, after a comment on the last item", () => {
      const text = `${HEAD}  union-head:\n    label: Union head\n    kind: entity\n    aliases:\n      - Marlowe # surname\n    value: Ines Marlowe\n`;
      const after = assertInsertion(text, aliasEdit(text, 'union-head', 'I. Marlow'), '      - I. Marlow\n');
      assert.ok(after.includes('      - Marlowe # surname\n      - I. Marlow\n    value: Ines Marlowe\n'));
      assert.deepEqual(entityAliases(after, 'union-head'), ['Marlowe', 'I. Marlow']);
    });

    it('writes an aliases line before the claims when the fact has none', () => {
      const text = `${HEAD}  # who leads the strike\n  union-head:\n    label: Union head\n    kind: entity\n    claims:\n      - { source: gazette, value: Ines Marlowe }\n  # next fact\n`;
      const after = assertInsertion(text, aliasEdit(text, 'union-head', 'Ines Marlow'), '    aliases: [Ines Marlow]\n');
      assert.ok(after.includes('    kind: entity\n    aliases: [Ines Marlow]\n    claims:\n'));
      assert.deepEqual(entityAliases(after, 'union-head'), ['Ines Marlow']);
    });

    it('writes an aliases line after the last entry of a fact without claims, at the end of a file with no final newline', () => {
      const text = `${HEAD}  union-head:\n    label: Union head\n    kind: entity\n    value: Ines Marlowe`;
      const after = assertInsertion(text, aliasEdit(text, 'union-head', 'Marlow'), '\n    aliases: [Marlow]\n');
      assert.deepEqual(entityAliases(after, 'union-head'), ['Marlow']);
    });

    it('fills `aliases:` written without a value', () => {
      const text = `${HEAD}  union-head:\n    label: Union head\n    kind: entity\n    aliases:\n    value: Ines Marlowe\n`;
      const after = assertInsertion(text, aliasEdit(text, 'union-head', 'Marlow'), ' [Marlow]');
      assert.deepEqual(entityAliases(after, 'union-head'), ['Marlow']);
    });

    it('quotes a name that YAML would read otherwise, and it reads back as written', () => {
      const text = `${HEAD}  union-head:\n    label: Union head\n    kind: entity\n    aliases: [Marlowe]\n    value: Ines Marlowe\n`;
      const after = assertInsertion(text, aliasEdit(text, 'union-head', 'Marlowe, Ines'), ', "Marlowe, Ines"');
      assert.deepEqual(entityAliases(after, 'union-head'), ['Marlowe', 'Marlowe, Ines']);
      assert.equal(yamlScalar('No'), '"No"');
      assert.equal(yamlScalar('O’Neill'), 'O’Neill');
    });

    it('does nothing for an alias already listed, an unknown fact, a flow-map fact or a table that does not parse', () => {
      const text = `${HEAD}  union-head:\n    label: Union head\n    kind: entity\n    aliases: [Marlowe]\n    value: Ines Marlowe\n  flow: { label: Flow, kind: entity, value: X }\n`;
      assert.equal(aliasEdit(text, 'union-head', 'Marlowe'), undefined);
      assert.equal(aliasEdit(text, 'nobody', 'Marlowe'), undefined);
      assert.equal(aliasEdit(text, 'flow', 'Y'), undefined);
      assert.equal(aliasEdit(`${text}  broken: [\n`, 'union-head', 'Marlow'), undefined);
    });
  });

  describe('newFactEdit', () => {
    const sentence = 'The strike left 340 ferry crew members off work on Friday.';
    const claim: Claim = {
      kind: 'number',
      text: '340',
      start: 16,
      end: 19,
      sentence: { start: 0, end: sentence.length },
      value: 340,
      bound: 'exact',
      figure: { start: 16, end: 19 },
      unit: 'member',
      style: { form: 'digits', grouping: false, decimals: 0 },
    };

    it('appends the fact at the end of the facts map, the rest of the file unchanged, and the table loads with it', () => {
      const text = `${HEAD}  union-head:\n    label: Union head\n    kind: entity\n    value: Ines Marlowe\n`;
      const made = newFactEdit(text, { claim, sentence, draft: 'drafts/strike.md' });
      assert.ok(made);
      assert.equal(made.factId, 'member-340');
      const after = assertInsertion(
        text,
        made.edit,
        [
          '  member-340:',
          `    # draft drafts/strike.md: ${sentence}`,
          '    label: "Ferry crew members off work"',
          '    kind: number',
          '    unit: member',
          '    value: 340',
          '',
        ].join('\n'),
      );
      const fact = loadTable(after).table?.facts.find((f) => f.id === 'member-340');
      assert.equal(fact?.kind, 'number');
      assert.equal(fact?.value, 340);
    });

    it("keeps the facts' own indentation, comments after the last fact and the keys after the map", () => {
      const text =
        'version: 1\nfacts:\n    union-head:\n        label: Union head\n        kind: entity\n        value: Ines Marlowe # checked\n# end of facts\nsources: {}\n';
      const made = newFactEdit(text, { claim, sentence: 'Short one.', draft: 'a.md' });
      assert.ok(made);
      const after = applyTableEdit(text, made.edit);
      assert.ok(
        after.startsWith(
          'version: 1\nfacts:\n    union-head:\n        label: Union head\n        kind: entity\n        value: Ines Marlowe # checked\n    member-340:\n        # draft a.md: Short one.\n',
        ),
      );
      assert.ok(after.endsWith('        value: 340\n# end of facts\nsources: {}\n'));
    });

    it('picks a free id, and gives up on a date with no year', () => {
      const text = `${HEAD}  member-340:\n    label: Crew members\n    kind: number\n    value: 340\n`;
      assert.equal(newFactEdit(text, { claim, sentence, draft: 'a.md' })?.factId, 'member-340-2');
      const date: Claim = {
        kind: 'date',
        text: 'May 3',
        start: 0,
        end: 5,
        sentence: { start: 0, end: 5 },
        date: { month: 5, day: 3, precision: 'day' },
        bound: 'exact',
        style: { form: 'month-day' },
      };
      assert.equal(newFactEdit(text, { claim: date, sentence, draft: 'a.md' }), undefined);
    });

    it("writes the draft's sentence as a claim of the source picked, in the builder's flow layout, and the draft's claim then agrees", () => {
      const draftText = `Ferry news.\n\n${sentence}\n`;
      const found = check(draftText, prepareTable(loadTable(HEAD).table!), { withClaims: true }).claims.find((c) => c.text === '340');
      assert.ok(found);
      const text = `${HEAD}  # the union's leader\n  union-head:\n    label: Union head\n    kind: entity\n    claims:\n      - { source: gazette, value: Ines Marlowe } # page 2\n\n# more facts to come\n`;
      const made = newFactEdit(text, { claim: found, sentence, draft: 'drafts/strike.md', source: 'gazette' });
      assert.ok(made);
      const after = assertInsertion(
        text,
        made.edit,
        [
          '  crew-member-340:',
          "    # draft drafts/strike.md: the quote is the draft's sentence; put in gazette's own words",
          '    label: "Ferry crew members off work"',
          '    kind: number',
          '    unit: crew member',
          '    claims:',
          `      - { source: gazette, value: 340, quote: "${sentence}" }`,
          '',
        ].join('\n'),
      );
      assert.ok(after.includes("  # the union's leader\n") && after.includes(' # page 2\n') && after.endsWith('\n# more facts to come\n'));
      const loaded = loadTable(after);
      assert.deepEqual(loaded.problems, []);
      const fact = loaded.table?.facts.find((f) => f.id === 'crew-member-340');
      assert.deepEqual(
        fact?.claims.map((c) => [c.source, c.value, c.quote]),
        [['gazette', 340, sentence]],
      );
      const verdicts = check(draftText, prepareTable(loaded.table!)).findings.map((f) => [f.text, f.factId, f.verdict, f.sources.map((x) => x.source)]);
      assert.deepEqual(verdicts, [['340', 'crew-member-340', 'agrees', ['gazette']]]);
    });

    it("writes a block-map claim where the table's claims are block maps, with its dashes where the table puts them", () => {
      const text = `${HEAD}  union-head:\n    label: Union head\n    kind: entity\n    claims:\n    - source: gazette # compact list\n      value: Ines Marlowe\n`;
      const hedged: Claim = { ...claim, text: 'About 340', bound: 'about', hedge: 'about' };
      const made = newFactEdit(text, { claim: hedged, sentence: 'About 340 crew members stayed home.', draft: 'a.md', source: 'gazette' });
      assert.ok(made);
      const after = assertInsertion(
        text,
        made.edit,
        [
          '  member-340:',
          "    # draft a.md: the quote is the draft's sentence; put in gazette's own words",
          '    label: "Crew members stayed home"',
          '    kind: number',
          '    unit: member',
          '    claims:',
          '    - source: gazette',
          '      value: 340',
          '      bound: about',
          '      quote: "About 340 crew members stayed home."',
          '',
        ].join('\n'),
      );
      const fact = loadTable(after).table?.facts.find((f) => f.id === 'member-340');
      assert.deepEqual(
        fact?.claims.map((c) => [c.source, c.value, c.bound]),
        [['gazette', 340, 'about']],
      );
    });

    it('writes a dated claim as an ISO date and a name as the value, and refuses a source the table does not list', () => {
      const date: Claim = {
        kind: 'date',
        text: 'May 3',
        start: 19,
        end: 24,
        sentence: { start: 0, end: 25 },
        date: { year: 2025, month: 5, day: 3, precision: 'day' },
        bound: 'exact',
        style: { form: 'month-day' },
      };
      const made = newFactEdit(HEAD, { claim: date, sentence: 'The crews walked out on May 3.', draft: 'a.md', source: 'gazette' });
      assert.ok(made);
      assert.equal(made.factId, 'date-2025-05-03');
      assert.deepEqual(
        loadTable(applyTableEdit(HEAD, made.edit)).table?.facts[0]?.claims.map((c) => c.value),
        [{ year: 2025, month: 5, day: 3, precision: 'day' }],
      );
      assert.equal(newFactEdit(HEAD, { claim: date, sentence: 'The crews walked out on May 3.', draft: 'a.md', source: 'herald' }), undefined);
    });

    it('starts the map of an empty `facts:`', () => {
      const text = 'version: 1\nfacts:\n';
      const made = newFactEdit(text, { claim, sentence, draft: 'a.md' });
      assert.ok(made);
      assert.equal(loadTable(applyTableEdit(text, made.edit)).table?.facts.length, 1);
    });
  });
});
