import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadTable } from '../../src/engine';
import { ConfigCache, findConfigFile, loadConfig } from '../../src/host/config';
import { DEFAULT_SEVERITY } from '../../src/host/defaults';
import { matchesAny } from '../../src/host/glob';
import { isFactTable, looksLikeFactTable, nearestTable } from '../../src/host/tableFiles';
import { draftCandidatesUnder, sourcePaths, sourcesUnder, tableFor, whyNotDraft, whyNotSource } from '../../src/host/workspace';
import { ANSIBLE_FACTS, DRAFT_TEXT, folderWith, harborTableWithSources, SOURCE_TEXT } from './support/workspace';

describe('host: globs', () => {
  it('reads * within a folder, ** across folders, and a bare name at any depth', () => {
    assert.ok(matchesAny('drafts/a.md', ['drafts/*.md']));
    assert.ok(!matchesAny('drafts/old/a.md', ['drafts/*.md']));
    assert.ok(matchesAny('drafts/old/a.md', ['drafts/**/*.md']));
    assert.ok(matchesAny('deep/in/notes.txt', ['*.txt']));
    assert.ok(matchesAny('archive/2025/a.md', ['archive']));
    assert.ok(matchesAny('a.markdown', ['*.{md,markdown}']));
    assert.ok(!matchesAny('a.mdx', ['*.{md,markdown}']));
  });
});

describe('host: which files are fact tables', () => {
  it('takes a facts.yaml only when its text is a fact table', () => {
    assert.ok(looksLikeFactTable('version: 1\nfacts:\n  a: {}\n'));
    assert.ok(looksLikeFactTable('# comment\nversion: 1\nsources: {}\n'));
    assert.ok(!looksLikeFactTable(ANSIBLE_FACTS));
    assert.ok(!looksLikeFactTable('facts:\n  version: 2\n'));
    assert.ok(isFactTable('/x/story.facts.yaml', ANSIBLE_FACTS));
    assert.ok(!isFactTable('/x/facts.yaml', ANSIBLE_FACTS));
  });

  it('walks past an unrelated facts.yaml to the table above it', () => {
    const dir = folderWith({ 'facts.yaml': harborTableWithSources(), 'ops/facts.yaml': ANSIBLE_FACTS, 'ops/notes.md': DRAFT_TEXT });
    assert.equal(nearestTable(join(dir, 'ops', 'notes.md')), join(dir, 'facts.yaml'));
  });
});

describe('host: .crosscheck.yaml', () => {
  it('reads every key, with paths relative to the file', () => {
    const text = [
      'table: tables/main.facts.yaml',
      'tables:',
      '  drafts/flood: tables/flood.facts.yaml',
      'drafts: ["drafts/**"]',
      'ignore: archive',
      'severity: { contested: warning, agrees: hint }',
      'date: 2026-03-05',
      'languages: [markdown]',
    ].join('\n');
    const { config, problems } = loadConfig(text, '/news/.crosscheck.yaml');
    assert.deepEqual(problems, []);
    assert.equal(config.table, '/news/tables/main.facts.yaml');
    assert.deepEqual(config.tables, [{ folder: '/news/drafts/flood', table: '/news/tables/flood.facts.yaml' }]);
    assert.deepEqual(config.drafts, ['drafts/**']);
    assert.deepEqual(config.ignore, ['archive']);
    assert.deepEqual(config.severity, { ...DEFAULT_SEVERITY, contested: 'warning', agrees: 'hint' });
    assert.equal(config.date, '2026-03-05');
    assert.deepEqual(config.languages, ['markdown']);
  });

  it('reports each problem at its line and column, and keeps the default for a bad value', () => {
    const { config, problems } = loadConfig('date: 5 March\nseverity:\n  disagrees: loud\ntabel: x.yaml\n', '/news/.crosscheck.yaml');
    const shown = problems.map((p) => `${p.range.start.line}:${p.range.start.column} ${p.severity} ${p.message}`);
    assert.deepEqual(shown, [
      "1:7 error 'date' must be YYYY-MM-DD, not '5 March'",
      "3:14 error severity of 'disagrees' must be one of error, warning, information, hint, none, not 'loud'",
      "4:1 warning unknown key 'tabel' (ignored); known keys: table, tables, drafts, ignore, severity, date, languages",
    ]);
    assert.equal(config.severity.disagrees, DEFAULT_SEVERITY.disagrees);
    assert.equal(config.date, undefined);
  });

  it('reports a YAML syntax error with its position', () => {
    const { problems } = loadConfig('date: 2026-01-01\ntable: "unclosed\n', '/news/.crosscheck.yaml');
    assert.equal(problems[0].severity, 'error');
    assert.ok(problems[0].range.start.line >= 2, JSON.stringify(problems[0]));
  });

  it('is found by walking up from the draft, the nearest first', () => {
    const dir = folderWith({ '.crosscheck.yaml': 'date: 2026-01-01\n', 'desk/.crosscheck.yaml': 'date: 2026-02-02\n', 'desk/a.md': '', 'other/b.md': '' });
    const configs = new ConfigCache();
    assert.equal(findConfigFile(join(dir, 'desk')), join(dir, 'desk', '.crosscheck.yaml'));
    assert.equal(configs.forPath(join(dir, 'desk', 'a.md')).config.date, '2026-02-02');
    assert.equal(configs.forPath(join(dir, 'other', 'b.md')).config.date, '2026-01-01');
  });

  it('is read again when it changes', () => {
    const dir = folderWith({ '.crosscheck.yaml': 'date: 2026-01-01\n' });
    const configs = new ConfigCache();
    assert.equal(configs.forPath(dir, true).config.date, '2026-01-01');
    writeFileSync(join(dir, '.crosscheck.yaml'), 'date: 2026-01-02\n');
    // Same-millisecond writes keep the modification time on some file systems: compare a fresh read too.
    assert.equal(new ConfigCache().forPath(dir, true).config.date, '2026-01-02');
  });
});

describe('host: which table applies', () => {
  it('prefers a named table, then the config per folder, then the config, then the nearest above', () => {
    const dir = folderWith({
      'facts.yaml': harborTableWithSources(),
      'flood/story.facts.yaml': harborTableWithSources(),
      'flood/a.md': DRAFT_TEXT,
      'b.md': DRAFT_TEXT,
    });
    const configs = new ConfigCache();
    const none = configs.forPath(join(dir, 'b.md')).config;
    assert.deepEqual(tableFor(join(dir, 'flood', 'a.md'), none), { path: join(dir, 'flood', 'story.facts.yaml'), origin: 'discovered' });
    writeFileSync(join(dir, '.crosscheck.yaml'), 'table: facts.yaml\ntables:\n  flood: flood/story.facts.yaml\n');
    const config = new ConfigCache().forPath(join(dir, 'b.md')).config;
    assert.deepEqual(tableFor(join(dir, 'b.md'), config), { path: join(dir, 'facts.yaml'), origin: 'config' });
    assert.deepEqual(tableFor(join(dir, 'flood', 'a.md'), config), { path: join(dir, 'flood', 'story.facts.yaml'), origin: 'config' });
    assert.deepEqual(tableFor(join(dir, 'flood', 'a.md'), config, join(dir, 'x.facts.yaml')), { path: join(dir, 'x.facts.yaml'), origin: 'named' });
  });
});

describe('host: which files are drafts', () => {
  const files = {
    'facts.yaml': harborTableWithSources(),
    'README.md': '# Newsroom\n',
    'CHANGELOG.md': '# Changes\n',
    'sources/ledger.md': SOURCE_TEXT,
    'sources/courier.md': SOURCE_TEXT,
    'drafts/a.md': DRAFT_TEXT,
    'drafts/b.mdx': DRAFT_TEXT,
    'drafts/c.text': DRAFT_TEXT,
    'archive/old.md': DRAFT_TEXT,
    'node_modules/pkg/readme.md': '',
    'page.html': '<p>A page</p>',
  };

  it('never takes a source, a README, a CHANGELOG, a table or a dependency for a draft', () => {
    const dir = folderWith(files);
    const configs = new ConfigCache();
    const table = loadTable(harborTableWithSources()).table;
    assert.ok(table);
    const sources = sourcePaths(table, join(dir, 'facts.yaml'));
    const drafts = draftCandidatesUnder(dir, configs.forPath(dir, true).config).filter((f) => !whyNotDraft(f, configs.forPath(f).config, sources));
    assert.deepEqual(
      drafts.map((f) => f.slice(dir.length + 1)),
      ['archive/old.md', 'drafts/a.md', 'drafts/b.mdx', 'drafts/c.text'],
    );
    assert.equal(whyNotDraft(join(dir, 'README.md'), configs.forPath(dir, true).config), 'repository file');
    assert.equal(whyNotDraft(join(dir, 'sources', 'ledger.md'), configs.forPath(dir, true).config, sources), 'source');
    assert.equal(whyNotDraft(join(dir, 'node_modules', 'pkg', 'x.md'), configs.forPath(dir, true).config), 'dependency or version control');
  });

  it("follows the config's drafts and ignore globs", () => {
    const dir = folderWith({ ...files, '.crosscheck.yaml': 'ignore: archive\n' });
    const config = new ConfigCache().forPath(dir, true).config;
    assert.equal(whyNotDraft(join(dir, 'archive', 'old.md'), config), 'ignored');
    assert.equal(whyNotDraft(join(dir, 'drafts', 'a.md'), config), undefined);
    writeFileSync(join(dir, '.crosscheck.yaml'), 'drafts: "drafts/*.md"\n');
    const only = new ConfigCache().forPath(dir, true).config;
    assert.equal(whyNotDraft(join(dir, 'drafts', 'b.mdx'), only), 'not in drafts');
    assert.equal(whyNotDraft(join(dir, 'drafts', 'a.md'), only), undefined);
  });

  it('reads every source extension the CLI reads, and not the README or tables, when building', () => {
    const dir = folderWith({ ...files, 'sources/page.html': '<p>A page</p>', 'sources/notes.text': SOURCE_TEXT, 'sources/README.md': '# About' });
    const found = sourcesUnder(dir, new ConfigCache().forPath(dir, true).config).map((f) => f.slice(dir.length + 1));
    assert.deepEqual(found, ['sources/courier.md', 'sources/ledger.md', 'sources/notes.text', 'sources/page.html']);
  });
});

describe('host: which files are sources, without a config', () => {
  const relative = (dir: string, found: string[]) => found.map((f) => f.slice(dir.length + 1));

  it("takes a story folder's sources/ only: not its drafts, README, notes or table", () => {
    const dir = folderWith({
      'facts.yaml': harborTableWithSources(),
      'README.md': '# The harbour story\n',
      'notes.md': 'Call the port authority.\n',
      'drafts/a.md': DRAFT_TEXT,
      'sources/ledger.md': SOURCE_TEXT,
      'sources/2026/courier.html': '<p>A page</p>',
    });
    const config = new ConfigCache().forPath(dir, true).config;
    assert.deepEqual(relative(dir, sourcesUnder(dir, config)), ['sources/2026/courier.html', 'sources/ledger.md']);
    assert.equal(whyNotSource(join(dir, 'drafts', 'a.md'), dir, config), 'draft');
    assert.equal(whyNotSource(join(dir, 'notes.md'), dir, config), 'outside sources/');
    assert.equal(whyNotSource(join(dir, 'README.md'), dir, config), 'repository file');
    assert.equal(whyNotSource(join(dir, 'facts.yaml'), dir, config), 'fact table or config');
    // The sources/ folder named itself is read whole.
    assert.deepEqual(relative(dir, sourcesUnder(join(dir, 'sources'), config)), ['sources/2026/courier.html', 'sources/ledger.md']);
  });

  it('in a folder without sources/, takes every article but those in drafts/ folders and the repository files', () => {
    const dir = folderWith({
      'wire.md': SOURCE_TEXT,
      'page.htm': '<p>A page</p>',
      'LICENSE.txt': 'MIT',
      'CHANGELOG.md': '# Changes',
      'story.facts.yaml': harborTableWithSources(),
      'drafts/a.md': DRAFT_TEXT,
      'flood/Draft/b.txt': DRAFT_TEXT,
      'flood/radio.txt': SOURCE_TEXT,
    });
    const config = new ConfigCache().forPath(dir, true).config;
    assert.deepEqual(relative(dir, sourcesUnder(dir, config)), ['flood/radio.txt', 'page.htm', 'wire.md']);
    // A drafts folder named on its own is what was asked for.
    assert.deepEqual(relative(dir, sourcesUnder(join(dir, 'drafts'), config)), ['drafts/a.md']);
  });

  it("follows the config's drafts and ignore globs instead of the layout when it names drafts", () => {
    const dir = folderWith({
      '.crosscheck.yaml': 'drafts: "copy/*.md"\nignore: old\n',
      'copy/a.md': DRAFT_TEXT,
      'drafts/wire.md': SOURCE_TEXT,
      'old/x.md': SOURCE_TEXT,
      'sources/ledger.md': SOURCE_TEXT,
    });
    const config = new ConfigCache().forPath(dir, true).config;
    assert.deepEqual(relative(dir, sourcesUnder(dir, config)), ['drafts/wire.md', 'sources/ledger.md']);
    assert.equal(whyNotSource(join(dir, 'copy', 'a.md'), dir, config), 'draft');
    assert.equal(whyNotSource(join(dir, 'old', 'x.md'), dir, config), 'ignored');
  });
});
