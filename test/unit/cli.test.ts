import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, run } from './support/cli';
import { listDir } from '../../src/host/files';
import { discoverTable } from '../../src/engine';
import AjvDraft04 from 'ajv-draft-04';
import { scratchDir } from './support/scratch';

/** The SARIF 2.1.0 schema (draft-04), as Microsoft's SARIF matchers ship it. */
const SARIF_SCHEMA = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as object;

/** A fresh folder holding the harbor table as facts.yaml and the given drafts. */
function workspace(drafts: Record<string, string | Buffer>): string {
  const dir = scratchDir('cli');
  copyFileSync(join(FIXTURES, 'harbor.facts.yaml'), join(dir, 'facts.yaml'));
  for (const [name, content] of Object.entries(drafts)) writeFileSync(join(dir, name), content);
  return dir;
}

const WRONG = '---\ndate: 2026-03-05\n---\nThe navy sent 14 warships and set up a $25mn fund.\n';
const RIGHT = '---\ndate: 2026-03-05\n---\nThe navy sent 12 warships.\n';

describe('crosscheck check', () => {
  it('prints path:line:col findings and a summary, and exits 1 on a disagreement', () => {
    const dir = workspace({ 'a.md': WRONG });
    const r = run(['check', join(dir, 'a.md')]);
    assert.equal(r.code, 1, r.err);
    assert.match(r.out, /a\.md:4:15: warning disagrees: 14 warships disagrees with 12 \(ledger, courier\) \[blockade-ships\]/);
    assert.match(r.out, /^1 file, \d+ claims, 2 matched: 2 disagree/m);
  });

  it('exits 0 when nothing disagrees', () => {
    const dir = workspace({ 'b.md': RIGHT });
    assert.equal(run(['check', join(dir, 'b.md')]).code, 0);
  });

  it('writes the documented JSON shape with UTF-16 offsets', () => {
    // The emoji is two UTF-16 code units: the figure starts at character 17, not 16.
    const text = '---\r\ndate: 2026-03-05\r\n---\r\n🚢 The navy sent 14 warships.\r\n';
    const dir = workspace({ 'c.md': text });
    const r = run(['check', '--format', 'json', join(dir, 'c.md')]);
    const json = JSON.parse(r.out);
    assert.equal(json.version, 1);
    const f = json.files[0].findings[0];
    assert.deepEqual(
      Object.keys(f).filter((k) => ['verdict', 'severity', 'factId', 'text', 'start', 'end', 'range', 'message', 'cited', 'replacement', 'sources'].includes(k))
        .length,
      11,
    );
    assert.equal(text.slice(f.start, f.end), '14');
    assert.deepEqual(f.range, { start: { line: 3, character: 17 }, end: { line: 3, character: 19 } });
    assert.equal(f.replacement, '12');
    assert.deepEqual(f.sources[0], { source: 'ledger', value: '12', agrees: false });
    assert.deepEqual(Object.keys(json.summary), ['files', 'claims', 'matched', 'agrees', 'contested', 'unsupported', 'disagrees', 'misspelled']);
  });

  it('writes SARIF 2.1.0 with one rule per verdict and a fix', () => {
    const dir = workspace({ 'a.md': WRONG });
    const log = JSON.parse(run(['check', '--format', 'sarif', join(dir, 'a.md')]).out);
    assert.equal(log.version, '2.1.0');
    const rules = log.runs[0].tool.driver.rules.map((r: { id: string }) => r.id).sort();
    assert.deepEqual(rules, ['agrees', 'contested', 'disagrees', 'misspelled', 'unsupported']);
    const result = log.runs[0].results[0];
    assert.equal(result.ruleId, 'disagrees');
    assert.equal(result.locations[0].physicalLocation.region.startLine, 4);
    assert.equal(result.fixes[0].artifactChanges[0].replacements[0].insertedContent.text, '12');
    // The whole log is valid against the SARIF 2.1.0 JSON Schema that code scanning reads (one of its patterns
    // is not valid as a Unicode regular expression, hence unicodeRegExp: false).
    const validate = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false }).compile(SARIF_SCHEMA);
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
  });

  it('reads a draft from standard input with --table', () => {
    const r = run(['check', '--table', join(FIXTURES, 'harbor.facts.yaml'), '-'], WRONG);
    assert.equal(r.code, 1);
    assert.match(r.out, /<stdin>:4:15:/);
  });

  it('reports every table problem as path:line:col and exits 2', () => {
    const dir = workspace({ 'a.md': RIGHT });
    const broken = readFileSync(join(dir, 'facts.yaml'), 'utf8')
      .replace('kind: percent', 'kind: percentage')
      .replace('source: courier, value: 35', 'source: gazette, value: 35');
    writeFileSync(join(dir, 'facts.yaml'), broken);
    const r = run(['check', join(dir, 'a.md')]);
    assert.equal(r.code, 2);
    const lines = r.err.trim().split('\n');
    assert.ok(
      lines.some((l) => /facts\.yaml:\d+:\d+: .*percentage/.test(l)),
      r.err,
    );
    assert.ok(
      lines.some((l) => /facts\.yaml:\d+:\d+: .*gazette/.test(l)),
      r.err,
    );
  });

  it('names a missing draft and exits 2', () => {
    const r = run(['check', '/nonexistent/draft.md']);
    assert.equal(r.code, 2);
    assert.match(r.err, /\/nonexistent\/draft\.md/);
  });

  it('skips a binary file with a note', () => {
    const dir = workspace({ 'a.md': RIGHT, 'image.txt': Buffer.from([0x89, 0x50, 0, 0, 1, 2]) });
    const r = run(['check', join(dir, 'a.md'), join(dir, 'image.txt')]);
    assert.equal(r.code, 0);
    assert.match(r.err, /image\.txt: skipped: a binary file/);
  });

  it('says so when no table can be found', function () {
    const dir = scratchDir('notable');
    // Discovery walks up to the root: a stray facts.yaml above the temp folder would be found, rightly.
    if (discoverTable(join(dir, 'a.md'), listDir)) this.skip();
    writeFileSync(join(dir, 'a.md'), RIGHT);
    const r = run(['check', join(dir, 'a.md')]);
    assert.equal(r.code, 2);
    assert.match(r.err, /no fact table found/);
  });

  it('rejects bad options with usage and exit 2', () => {
    assert.equal(run(['check', '--format', 'xml', 'x.md']).code, 2);
    assert.equal(run(['check', '--date', '30/11/2025', 'x.md']).code, 2);
    assert.equal(run(['frobnicate']).code, 2);
    assert.equal(run(['check', '--bogus', 'x.md']).code, 2);
  });
});
