import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from './support/cli';
import { ANSIBLE_FACTS, DRAFT_TEXT, folderWith, harborTableWithSources, SOURCE_TEXT } from './support/workspace';
import { nearestTable } from '../../src/host/tableFiles';

/** Runs the CLI from inside `dir`, as a user in their repository would. */
function runIn(dir: string, args: string[]): ReturnType<typeof run> {
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    return run(args);
  } finally {
    process.chdir(cwd);
  }
}

const NEWSROOM = {
  'facts.yaml': harborTableWithSources(),
  'README.md': 'The newsroom has 14 warships of copy to file.\n',
  'sources/ledger.md': SOURCE_TEXT,
  'sources/courier.md': SOURCE_TEXT,
  'drafts/a.md': DRAFT_TEXT,
};

const PARAGRAPH = '---\ndate: 2026-03-05\n---\nThe navy sent 14 warships and set up a $25mn fund, and trade fell 40%.\n';

describe('crosscheck check in a repository', () => {
  it('checks only the drafts of a folder with sources, a README and drafts', () => {
    const r = runIn(folderWith(NEWSROOM), ['check', '.']);
    assert.equal(r.code, 1, r.err);
    assert.deepEqual(
      [
        ...new Set(
          r.out
            .trim()
            .split('\n')
            .slice(0, -1)
            .map((l) => l.split(':')[0]),
        ),
      ],
      ['drafts/a.md'],
    );
    assert.match(r.out, /^1 file, 2 claims, 2 matched: 2 disagree, .*; table facts\.yaml$/m);
    assert.equal(r.err, '');
  });

  it('leaves an unrelated facts.yaml alone and skips drafts with no table, with one note', function () {
    const dir = folderWith({ 'facts.yaml': ANSIBLE_FACTS, 'notes/a.md': DRAFT_TEXT, 'notes/b.md': DRAFT_TEXT });
    // Discovery walks up to the root: a fact table above the temp folder would be found, rightly.
    if (nearestTable(join(dir, 'notes', 'a.md'))) this.skip();
    const r = runIn(dir, ['check', '.']);
    assert.equal(r.code, 0, r.err);
    assert.equal(r.err, 'crosscheck: skipped 2 drafts with no fact table above (notes/a.md, notes/b.md): create facts.yaml or pass --table\n');
    assert.equal(readFileSync(join(dir, 'facts.yaml'), 'utf8'), ANSIBLE_FACTS);
  });

  it('says in one line how to fix a named draft with no table, and prints no summary', function () {
    const dir = folderWith({ 'drafts/a.md': DRAFT_TEXT });
    if (nearestTable(join(dir, 'drafts', 'a.md'))) this.skip();
    const r = runIn(dir, ['check', 'drafts/a.md']);
    assert.equal(r.code, 2);
    assert.equal(r.err, 'no fact table found above drafts/a.md: create facts.yaml or pass --table\n');
    assert.equal(r.out, '');
  });

  it('prints no summary after a table that cannot be read', () => {
    const r = runIn(folderWith(NEWSROOM), ['check', '--table', 'nope.yaml', 'drafts/a.md']);
    assert.equal(r.code, 2);
    assert.equal(r.out, '');
    assert.equal(r.err.trim().split('\n').length, 1);
    assert.match(r.err, /^nope\.yaml: cannot read the fact table \(ENOENT\)/);
  });

  it('lists only flags with --quiet, and contested claims too by default', () => {
    const dir = folderWith(NEWSROOM);
    const quiet = runIn(dir, ['check', '--quiet', '.']);
    assert.equal(quiet.out.trim().split('\n').length, 2);
    assert.ok(
      quiet.out.split('\n').every((l) => !l || / warning disagrees: /.test(l)),
      quiet.out,
    );
  });

  it('takes severities, the date and the table from .crosscheck.yaml', () => {
    const dir = folderWith({ ...NEWSROOM, '.crosscheck.yaml': 'severity:\n  disagrees: error\n  agrees: hint\n' });
    const r = runIn(dir, ['check', 'drafts/a.md']);
    assert.match(r.out, /drafts\/a\.md:4:15: error disagrees: /);
    writeFileSync(join(dir, '.crosscheck.yaml'), 'severity:\n  disagrees: none\n  misspelled: none\n');
    const hidden = runIn(dir, ['check', 'drafts/a.md']);
    assert.equal(hidden.code, 0, 'a verdict set to none neither shows nor fails');
  });

  it("takes the config's date for an undated draft, and --date over it", () => {
    const dir = folderWith({ ...NEWSROOM, 'drafts/a.md': 'The navy sent 14 warships.\n', '.crosscheck.yaml': 'date: 2026-03-09\n' });
    const date = (args: string[]) => JSON.parse(runIn(dir, ['check', '--format', 'json', ...args, 'drafts/a.md']).out).files[0].documentDate;
    assert.equal(date([]), '2026-03-09');
    assert.equal(date(['--date', '2026-03-01']), '2026-03-01');
  });

  it('takes the table from .crosscheck.yaml over the nearest one, and --table over both', () => {
    const dir = folderWith({
      ...NEWSROOM,
      'tables/other.facts.yaml': harborTableWithSources().replace('value: 12, quote', 'value: 14, quote'),
      '.crosscheck.yaml': 'table: tables/other.facts.yaml\n',
    });
    assert.match(runIn(dir, ['check', 'drafts/a.md']).out, /; table tables\/other\.facts\.yaml$/m);
    assert.match(runIn(dir, ['check', '--table', 'facts.yaml', 'drafts/a.md']).out, /; table facts\.yaml$/m);
  });

  it('reports config problems with file, line and column, and stops on errors', () => {
    const dir = folderWith({ ...NEWSROOM, '.crosscheck.yaml': 'severity:\n  disagrees: loud\n' });
    const r = runIn(dir, ['check', 'drafts/a.md']);
    assert.equal(r.code, 2);
    assert.equal(r.out, '');
    assert.match(r.err, /^\.crosscheck\.yaml:2:14: error: severity of 'disagrees' must be one of/);
  });

  it('never reads the README or drafts named in the config as sources when building', () => {
    const dir = folderWith({ ...NEWSROOM, '.crosscheck.yaml': 'drafts: drafts\n' });
    const r = runIn(dir, ['build', '.']);
    assert.equal(r.code, 0, r.err);
    const paths = [...r.out.matchAll(/^\s+path: (.+)$/gm)].map((m) => m[1]);
    assert.deepEqual(paths.sort(), ['sources/courier.md', 'sources/ledger.md']);
  });

  it('hides only the claim an ignore comment names, in a paragraph of three findings', () => {
    const dir = folderWith({ ...NEWSROOM, 'drafts/a.md': PARAGRAPH });
    assert.equal(runIn(dir, ['check', '--quiet', 'drafts/a.md']).out.trim().split('\n').length, 3);
    writeFileSync(join(dir, 'drafts', 'a.md'), PARAGRAPH.replace('The navy', '<!-- crosscheck-ignore-next-line relief-fund -->\nThe navy'));
    const byFact = runIn(dir, ['check', '--quiet', 'drafts/a.md']).out;
    assert.deepEqual(
      [...byFact.matchAll(/\[([\w-]+)\]$/gm)].map((m) => m[1]),
      ['blockade-ships', 'trade-drop'],
    );
    writeFileSync(join(dir, 'drafts', 'a.md'), PARAGRAPH.replace('The navy', '<!-- crosscheck-disable "40%" -->\nThe navy'));
    const byText = runIn(dir, ['check', '--quiet', 'drafts/a.md']).out;
    assert.deepEqual(
      [...byText.matchAll(/\[([\w-]+)\]$/gm)].map((m) => m[1]),
      ['blockade-ships', 'relief-fund'],
    );
  });
});

describe('crosscheck check examples', () => {
  it('checks the seven drafts of the three stories and none of their sources or the README', () => {
    const root = join(__dirname, '..', '..', '..');
    const r = runIn(root, ['check', '--format', 'json', 'examples']);
    const paths = (JSON.parse(r.out) as { files: { path: string }[] }).files.map((f) => f.path);
    assert.equal(paths.length, 7, paths.join(', '));
    assert.ok(
      paths.every((p) => /^examples\/\w+\/drafts\/[\w-]+\.md$/.test(p)),
      paths.join(', '),
    );
  });
});

describe('crosscheck command line', () => {
  it("prints one command's usage for its --help", () => {
    for (const command of ['check', 'build', 'extract']) {
      const r = run([command, '--help']);
      assert.equal(r.code, 0);
      assert.match(r.out, new RegExp(`^crosscheck ${command} \\[options\\]`));
      for (const other of ['check', 'build', 'extract'].filter((c) => c !== command)) assert.ok(!r.out.includes(`crosscheck ${other} [`), r.out);
    }
  });

  it('says what is wrong in one line, with where to look', () => {
    const r = run(['check', '--bogus', 'x.md']);
    assert.equal(r.code, 2);
    assert.equal(r.err, "crosscheck check: unknown option '--bogus' (see crosscheck check --help)\n");
    assert.equal(run(['frobnicate']).err, "crosscheck: unknown command 'frobnicate': use one of check, build, extract (crosscheck --help)\n");
    assert.equal(run(['check', '--format', 'xml', 'x.md']).err.split('\n').length, 2);
  });
});

describe('the pre-commit hook', () => {
  const hooks = readFileSync(join(__dirname, '..', '..', '..', '.pre-commit-hooks.yaml'), 'utf8');

  it('is declared with id crosscheck, running check on the staged drafts', () => {
    assert.match(hooks, /^- id: crosscheck$/m);
    assert.match(hooks, /^ {2}entry: crosscheck check --only-drafts --quiet$/m);
  });

  it('checks the staged drafts pre-commit passes, and skips the staged sources and README', () => {
    const entry = /^ {2}entry: crosscheck (.+)$/m.exec(hooks)?.[1].split(' ') ?? [];
    const dir = folderWith(NEWSROOM);
    const staged = ['README.md', 'sources/ledger.md', 'drafts/a.md'];
    const r = runIn(dir, [...entry, ...staged]);
    assert.equal(r.code, 1, r.err);
    assert.deepEqual(
      [
        ...new Set(
          r.out
            .trim()
            .split('\n')
            .map((l) => l.split(':')[0]),
        ),
      ],
      ['drafts/a.md'],
    );
    assert.equal(runIn(dir, [...entry, 'README.md']).code, 0);
  });
});
