import assert from 'node:assert/strict';
import { writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { documentDateOf, emptyTable, check, prepareTable } from '../../src/engine';
import { FIXTURES, run } from './support/cli';
import { scratchDir } from './support/scratch';

const dateOf = (text: string, options = {}) => documentDateOf(text, options);

describe('the document date and where it comes from', () => {
  it('takes front matter first, then the date given, then the table record, then a dateline', () => {
    const matter = '---\ntitle: Levee\ndate: 2031-05-06\n---\nHOUSTON, May 2, 2031 — Text.';
    assert.deepEqual(dateOf(matter, { date: '2031-01-01' }), { date: '2031-05-06', origin: 'front-matter', line: 3 });
    const plain = 'HOUSTON, May 2, 2031 — The levee held.';
    assert.deepEqual(dateOf(plain, { date: '2031-01-01', published: '2031-02-02' }), { date: '2031-01-01', origin: 'option' });
    assert.deepEqual(dateOf(plain, { published: '2031-02-02' }), { date: '2031-02-02', origin: 'published' });
    assert.deepEqual(dateOf(plain), { date: '2031-05-02', origin: 'dateline', line: 1 });
  });

  it('takes a configured fallback date only when the text gives none', () => {
    assert.deepEqual(dateOf('HOUSTON, May 2, 2031 — The levee held.', { fallbackDate: '2031-01-01' }), { date: '2031-05-02', origin: 'dateline', line: 1 });
    assert.deepEqual(dateOf('The levee held.', { fallbackDate: '2031-01-01' }), { date: '2031-01-01', origin: 'fallback' });
  });

  it('ignores a given date that is no calendar day', () => {
    assert.equal(dateOf('No date here.', { date: '2031-13-01' }), undefined);
  });

  it('reads the layouts pages date themselves with', () => {
    assert.equal(dateOf('Levee holds\n\nBy Mara Quist, June 3, 2030\n\nThe levee held.')?.date, '2030-06-03');
    assert.equal(dateOf('Levee holds\nPosted: 3 June 2030 09:10\nThe levee held.')?.date, '2030-06-03');
    assert.equal(dateOf('date 2030-06-03 The levee held on Monday.')?.date, '2030-06-03');
    assert.equal(dateOf('Levee holds\nJune 3, 2030\nThe levee held.')?.date, '2030-06-03');
    assert.equal(dateOf('OSLO, 3 June 2030 — The levee held.')?.date, '2030-06-03');
  });

  it('reads a page header whose parts, split at bars or dots, include the date', () => {
    assert.deepEqual(dateOf('# Levee holds\n\nCITY | Friday, June 7, 2030 | By Ines Park\n\nText.'), { date: '2030-06-07', origin: 'dateline', line: 3 });
    assert.equal(dateOf('# Levee holds\n\nBy Ines Park | Delta Star | June 7, 2030, 6:05 PM\n\nText.')?.date, '2030-06-07');
    assert.equal(dateOf('# Levee holds\n\nJune 7, 2030 · By Ines Park\n\nText.')?.date, '2030-06-07');
  });

  it('takes a wire dateline over a stored page date, with that date giving the year', () => {
    const d = dateOf('date 2030-12-29 TROMSO, Jan 2 (NTB) Snow closed the pass.');
    assert.deepEqual(d, { date: '2031-01-02', origin: 'dateline', line: 1 });
  });

  it('never takes a caption or a body sentence', () => {
    assert.equal(dateOf('Levee holds\nThe levee failed on June 3, 2030, engineers said.\nMore text.'), undefined);
    assert.equal(dateOf('Levee holds\nVolunteers fill sandbags on June 3, 2030. (Photo: Kai Berg)\nText.'), undefined);
    assert.equal(dateOf('Levee holds\n*Sandbags on the dyke, June 3, 2030*\nText.'), undefined);
    assert.equal(dateOf('Levee holds\nEngineers | Inspected June 3, 2030 by the board\nText.'), undefined);
  });
});

describe('checking without a document date', () => {
  it('counts the relative dates it could not resolve, and resolves none', () => {
    const r = check('The levee broke on Monday, a day after the storm yesterday.', prepareTable(emptyTable()));
    assert.equal(r.documentDate, undefined);
    assert.equal(r.unresolvedRelative, 2);
    assert.equal(r.claims.filter((c) => c.kind === 'date').length, 0);
  });

  it('does not count a later day with no day before it as unresolved: a date given would not make it checked', () => {
    const r = check('The levee broke on Monday. The next day crews sealed it.\n\nTwo days later the water fell.', prepareTable(emptyTable()));
    // "The next day" counts from Monday, which a date would resolve; "two days later" would count from the date itself.
    assert.equal(r.unresolvedRelative, 2);
  });

  it('says in the CLI which date was used, or how to give one', () => {
    const dir = scratchDir('dated');
    copyFileSync(join(FIXTURES, 'harbor.facts.yaml'), join(dir, 'facts.yaml'));
    writeFileSync(join(dir, 'a.md'), 'Harbour news\n\nBy Lea Moor, March 5, 2026\n\nThe navy sent 12 warships.\n');
    writeFileSync(join(dir, 'b.md'), 'The navy sent 12 warships on Tuesday.\n');
    const r = run(['check', join(dir, 'a.md'), join(dir, 'b.md')]);
    assert.match(r.out, /a\.md: dated 2026-03-05 \(dateline, line 3\)/);
    assert.match(r.out, /b\.md: no date known, 1 relative date not checked; give one with front matter 'date:', --date or the crosscheck\.date setting/);
    const json = JSON.parse(run(['check', '--format', 'json', join(dir, 'a.md')]).out) as { files: Array<{ dated: unknown }> };
    assert.deepEqual(json.files[0].dated, { date: '2026-03-05', origin: 'dateline', line: 3 });
  });

  it('rejects a --date that is no calendar day', () => {
    const r = run(['check', '--date', '2026-13-01', 'x.md']);
    assert.equal(r.code, 2);
    assert.match(r.err, /--date '2026-13-01' is not a calendar date/);
  });
});
