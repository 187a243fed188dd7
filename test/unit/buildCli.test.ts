import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { loadTable } from '../../src/engine';
import { scratchDir } from './support/scratch';

const DIR = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'build');

function run(args: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = main(args, { out: (s) => (out += s), err: (s) => (err += s), stdin: () => '' });
  return { code, out, err };
}

/** A workspace with the fixture sources under sources/ (and whatever else is asked for). */
function workspace(files: string[]): string {
  const dir = scratchDir('build');
  mkdirSync(join(dir, 'sources'));
  for (const f of files) copyFileSync(join(DIR, f), join(dir, 'sources', f));
  return dir;
}

describe('crosscheck build', () => {
  it('writes a table with paths relative to it, and refuses to overwrite it without --update', () => {
    const dir = workspace(['harbor-gazette.md', 'valley-post.txt']);
    const out = join(dir, 'tables', 'facts.yaml');
    mkdirSync(join(dir, 'tables'));
    const r = run(['build', '--out', out, join(dir, 'sources')]);
    assert.equal(r.code, 0, r.err);
    const { table, problems } = loadTable(readFileSync(out, 'utf8'));
    assert.deepEqual(problems, []);
    assert.equal(table?.sources.get('harbor-gazette')?.path, '../sources/harbor-gazette.md');
    assert.match(r.err, /wrote: 2 sources, \d+ facts/);

    const again = run(['build', '--out', out, join(dir, 'sources')]);
    assert.equal(again.code, 2);
    assert.match(again.err, /already exists; use --update/);
  });

  it('--update adds new sources to the table', () => {
    const dir = workspace(['harbor-gazette.md', 'valley-post.txt']);
    const out = join(dir, 'facts.yaml');
    assert.equal(run(['build', '--out', out, join(dir, 'sources')]).code, 0);
    copyFileSync(join(DIR, 'river-news.html'), join(dir, 'sources', 'river-news.html'));
    const r = run(['build', '--update', '--out', out, join(dir, 'sources')]);
    assert.equal(r.code, 0, r.err);
    assert.ok(loadTable(readFileSync(out, 'utf8')).table?.sources.has('river-news'));
    const same = run(['build', '--update', '--out', out, join(dir, 'sources')]);
    assert.match(same.err, /unchanged/);
  });

  it('prints the table to standard output without --out, the same bytes every run', () => {
    const dir = workspace(['harbor-gazette.md', 'river-news.html']);
    const a = run(['build', join(dir, 'sources')]);
    const b = run(['build', join(dir, 'sources')]);
    assert.equal(a.code, 0, a.err);
    assert.equal(a.out, b.out);
    assert.ok(loadTable(a.out).table);
  });

  it("reads a story folder's sources/ only: its drafts, README, CHANGELOG, LICENSE and table are not sources", () => {
    const dir = workspace(['harbor-gazette.md', 'river-news.html']);
    const fromSources = run(['build', '--base', dir, join(dir, 'sources')]);
    mkdirSync(join(dir, 'drafts'));
    writeFileSync(join(dir, 'drafts', 'story.md'), 'The draft says 99 boats sank on Friday.\n');
    writeFileSync(join(dir, 'README.md'), '# The harbour story\n\nThree sources, one draft.\n');
    writeFileSync(join(dir, 'CHANGELOG.md'), '# Changes\n');
    writeFileSync(join(dir, 'LICENSE'), 'MIT\n');
    writeFileSync(join(dir, 'facts.yaml'), fromSources.out);
    const fromStory = run(['build', '--base', dir, dir]);
    assert.equal(fromStory.code, 0, fromStory.err);
    assert.equal(fromStory.out, fromSources.out);
    assert.deepEqual(
      [...(loadTable(fromStory.out).table?.sources.values() ?? [])].map((s) => s.path),
      ['sources/harbor-gazette.md', 'sources/river-news.html'],
    );
  });

  it('names and skips a binary source', () => {
    const dir = workspace(['harbor-gazette.md']);
    writeFileSync(join(dir, 'sources', 'scan.txt'), Buffer.from([0x50, 0x00, 0x01, 0x02]));
    const r = run(['build', join(dir, 'sources')]);
    assert.equal(r.code, 0);
    assert.match(r.err, /sources\/scan\.txt: skipped: a binary file/);
  });

  it('exits 2 on a folder with no sources, and on a missing path', () => {
    const dir = scratchDir('build-empty');
    const empty = run(['build', dir]);
    assert.equal(empty.code, 2);
    assert.match(empty.err, /no sources \(\.txt, \.md, \.html\) found/);
    assert.equal(run(['build', join(dir, 'nope')]).code, 2);
    assert.equal(existsSync(join(dir, 'facts.yaml')), false);
  });

  it('exits 2 when --update meets an invalid table', () => {
    const dir = workspace(['harbor-gazette.md']);
    const out = join(dir, 'facts.yaml');
    writeFileSync(out, 'version: 1\nsources:\n  a: {}\nfacts: {}\n');
    const r = run(['build', '--update', '--out', out, join(dir, 'sources')]);
    assert.equal(r.code, 2);
    assert.match(r.err, /facts\.yaml:3:\d+: error: source 'a': missing 'title'/);
  });
  it('--min-sources 1 keeps the facts one source states; the default writes them commented out', () => {
    const dir = workspace(['harbor-gazette.md', 'river-news.html', 'valley-post.txt']);
    const byDefault = run(['build', join(dir, 'sources')]);
    const all = run(['build', '--min-sources', '1', join(dir, 'sources')]);
    assert.equal(all.code, 0, all.err);
    const fewer = loadTable(byDefault.out).table?.facts.length ?? 0;
    const more = loadTable(all.out).table?.facts.length ?? 0;
    assert.ok(more > fewer && fewer > 0, `${fewer} -> ${more}`);
    assert.match(byDefault.out, /only one source states/);
    assert.doesNotMatch(all.out, /only one source states/);
  });

  it('refuses a --min-sources that is not a whole number of 1 or more', () => {
    const dir = workspace(['harbor-gazette.md']);
    for (const bad of ['0', 'two', '1.5']) {
      const r = run(['build', '--min-sources', bad, join(dir, 'sources')]);
      assert.equal(r.code, 2, bad);
      assert.match(r.err, /--min-sources/);
    }
  });

  it('--base DIR writes paths relative to DIR when the table goes to standard output', () => {
    const dir = workspace(['harbor-gazette.md', 'valley-post.txt']);
    mkdirSync(join(dir, 'tables'));
    const r = run(['build', '--base', join(dir, 'tables'), join(dir, 'sources')]);
    assert.equal(r.code, 0, r.err);
    assert.equal(loadTable(r.out).table?.sources.get('harbor-gazette')?.path, '../sources/harbor-gazette.md');
  });
});
