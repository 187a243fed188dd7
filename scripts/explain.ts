// Developer aid: why a claim matched the fact it did. Prints the claim's frame and its score against
// every fact of its kind. Usage: node out/scripts/explain.js TABLE FILE "claim text" [--date YYYY-MM-DD]
import * as fs from 'node:fs';
import { check, loadTable, prepareTable } from '../src/engine';
import { claimFrame } from '../src/engine/match/frame';
import { claimWords, isMatchable, scoreClaim, type Matchable } from '../src/engine/match/match';

const [tablePath, file, text] = process.argv.slice(2);
const dateAt = process.argv.indexOf('--date');
const loaded = loadTable(fs.readFileSync(tablePath, 'utf8'));
if (!loaded.table) throw new Error('table has errors');
const prepared = prepareTable(loaded.table);
const draft = fs.readFileSync(file, 'utf8');
const result = check(draft, prepared, { date: dateAt > 0 ? process.argv[dateAt + 1] : undefined });
const claims = result.claims.filter(isMatchable);
for (const claim of claims.filter((c) => c.text === text || c.text.includes(text))) {
  const inSentence = claims.filter((c) => c.sentence.start === claim.sentence.start && c !== claim);
  const rivals = inSentence.filter((c) => (c.kind === 'date') === (claim.kind === 'date'));
  const frame = claimFrame(draft, claim, claim.sentence, rivals);
  const ctx = claimWords(draft, claim as Matchable, rivals, frame);
  console.log(`\n${claim.kind} ${JSON.stringify(claim.text)} unit=${'unit' in claim ? claim.unit : ''}`);
  console.log(`  own: ${JSON.stringify(draft.slice(frame.own.start, frame.own.end))}`);
  console.log(`  frame: ${JSON.stringify({ ...frame, counts: [...frame.counts], own: undefined })}`);
  console.log(`  words: ${[...ctx.weights].map(([s, w]) => `${ctx.own.has(s) ? '' : '~'}${s}:${w.toFixed(2)}`).join(' ')}`);
  const scored = prepared.index.profiles
    .filter((p) => p.fact.kind === claim.kind)
    .map((p) => ({ id: p.fact.id, score: scoreClaim(claim as Matchable, ctx, p, frame, prepared.index), frame: p.frame }))
    .sort((a, b) => b.score - a.score)
    .slice(0, 6);
  for (const s of scored) console.log(`  ${s.score.toFixed(2).padStart(7)} ${s.id} ${JSON.stringify({ ...s.frame, counts: [...s.frame.counts] })}`);
  const f = result.findings.find((x) => x.start === claim.start);
  console.log(`  => ${f ? `${f.verdict} ${f.factId}` : 'no finding'}`);
}
