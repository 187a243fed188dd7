import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { INITIAL, Registry, parseRawGrammar, type IGrammar } from 'vscode-textmate';
import { loadWASM, OnigScanner, OnigString } from 'vscode-oniguruma';

const ROOT = join(__dirname, '..', '..', '..');

/** Tokenizes with the same TextMate engine VS Code uses, so the grammar is tested as editors run it. */
async function loadGrammar(): Promise<IGrammar> {
  const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new Registry({
    onigLib: Promise.resolve({ createOnigScanner: (s: string[]) => new OnigScanner(s), createOnigString: (s: string) => new OnigString(s) }),
    loadGrammar: async () => {
      const file = join(ROOT, 'syntaxes', 'crosscheck-facts.tmLanguage.json');
      return parseRawGrammar(readFileSync(file, 'utf8'), file);
    },
  });
  const grammar = await registry.loadGrammar('source.crosscheck-facts');
  assert.ok(grammar);
  return grammar;
}

/** The innermost scope of each token's text, line by line. */
async function scopesOf(text: string): Promise<Map<string, string[]>> {
  const grammar = await loadGrammar();
  const out = new Map<string, string[]>();
  let state = INITIAL;
  for (const line of text.split('\n')) {
    const r = grammar.tokenizeLine(line, state);
    for (const t of r.tokens) {
      const word = line.slice(t.startIndex, t.endIndex).trim();
      if (word) out.set(word, [...(out.get(word) ?? []), t.scopes[t.scopes.length - 1]]);
    }
    state = r.ruleStack;
  }
  return out;
}

describe('fact table grammar', () => {
  const sample = [
    'version: 1',
    'sources:',
    '  ledger:   # a source',
    '    title: "Navy tightens grip"',
    '    published: 2026-03-10',
    'facts:',
    '  blockade-ships:',
    '    kind: number',
    '    bound: at-least',
    '    claims:',
    '      - { source: ledger, value: 12, bound: about }',
    '  odd-fact:',
    '    kind: percentage',
  ].join('\n');

  it('highlights ids, kinds, bounds, source references and values', async () => {
    const s = await scopesOf(sample);
    assert.deepEqual(s.get('ledger'), ['entity.name.type.source-id.crosscheck-facts', 'variable.other.source-reference.crosscheck-facts']);
    assert.deepEqual(s.get('blockade-ships'), ['entity.name.function.fact-id.crosscheck-facts']);
    assert.deepEqual(s.get('number'), ['constant.language.kind.crosscheck-facts']);
    assert.deepEqual(s.get('at-least'), ['constant.language.bound.crosscheck-facts']);
    assert.deepEqual(s.get('about'), ['constant.language.bound.crosscheck-facts']);
    assert.deepEqual(s.get('12'), ['constant.numeric.crosscheck-facts']);
    assert.deepEqual(s.get('2026-03-10'), ['constant.numeric.date.crosscheck-facts']);
    assert.deepEqual(s.get('a source'), ['comment.line.number-sign.crosscheck-facts']);
    assert.ok(s.get('Navy tightens grip')?.[0].startsWith('string.quoted.double'));
  });

  it('marks an unknown kind as invalid', async () => {
    const s = await scopesOf(sample);
    assert.deepEqual(s.get('percentage'), ['invalid.illegal.kind.crosscheck-facts']);
  });
});
