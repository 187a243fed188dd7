import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../src/cli/main';

const ROOT = join(__dirname, '..', '..', '..');

interface KeyEntry {
  draft: string;
  text: string;
  line: number;
  verdict: string;
  factId: string;
}

interface JsonFinding {
  verdict: string;
  factId: string;
  text: string;
  range: { start: { line: number } };
}

function runJson(args: string[]): { code: number; json: { files: { path: string; findings: JsonFinding[] }[] } } {
  let out = '';
  const code = main(['check', '--format', 'json', ...args], { out: (s) => (out += s), err: () => undefined, stdin: () => '' });
  return { code, json: JSON.parse(out) };
}

const key = (e: KeyEntry) => `${e.draft}:${e.line}:${e.text}:${e.verdict}:${e.factId}`;

/**
 * The example drafts carry planted mistakes of every verdict, listed in examples/expected.json,
 * written apart from the engine's rules. This measures the whole pipeline on them.
 */
describe('example drafts (planted mistakes)', () => {
  const expected = JSON.parse(readFileSync(join(ROOT, 'examples', 'expected.json'), 'utf8')) as { findings: KeyEntry[]; agrees: KeyEntry[] };
  const cwd = process.cwd();
  let reported: KeyEntry[] = [];
  let code = -1;

  before(() => {
    process.chdir(join(ROOT, 'examples'));
    try {
      const run = runJson(['drafts']);
      code = run.code;
      reported = run.json.files.flatMap((f) =>
        f.findings.map((x) => ({ draft: f.path, text: x.text, line: x.range.start.line + 1, verdict: x.verdict, factId: x.factId })),
      );
    } finally {
      process.chdir(cwd);
    }
  });

  it('exits 1 because the drafts have mistakes', () => assert.equal(code, 1));

  it('finds the planted mistakes (recall and precision at least 0.9)', () => {
    const flagged = reported.filter((r) => r.verdict !== 'agrees');
    const want = new Set(expected.findings.map(key));
    const got = new Set(flagged.map(key));
    const hits = [...want].filter((k) => got.has(k));
    const missed = [...want].filter((k) => !got.has(k));
    const extra = [...got].filter((k) => !want.has(k));
    const recall = hits.length / want.size;
    const precision = got.size ? hits.length / got.size : 0;
    const detail = `recall ${recall.toFixed(2)}, precision ${precision.toFixed(2)}\nmissed:\n  ${missed.join('\n  ')}\nextra:\n  ${extra.join('\n  ')}`;
    assert.ok(recall >= 0.9 && precision >= 0.9, detail);
  });

  it('accepts the correct claims the key lists', () => {
    const got = new Set(reported.map(key));
    const missed = expected.agrees.map(key).filter((k) => !got.has(k));
    assert.ok(missed.length <= Math.floor(expected.agrees.length * 0.1), `not accepted:\n  ${missed.join('\n  ')}`);
  });
});
