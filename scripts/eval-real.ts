// Measures `crosscheck check` on real-prose corpora (../shared/eval/*: real articles, a checker's table,
// drafts with planted errors and traps, and the answers in gold.json). Runs the CLI in-process on every
// draft and source article of every corpus and prints, per corpus and in total, recall and precision of
// flags, replacements right, correct claims recognised, traps hit and false flags on source articles,
// then every miss and false flag grouped by cause.
// Usage: node out/scripts/eval-real.js [EVAL_FOLDER] [--quiet] [--json]
// Not part of `npm test`: users do not have the corpora.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { main } from '../src/cli/main';
import { addScore, emptyScore, precision, recall, scoreFile, type FileScore, type GoldEntry, type ReportedFinding } from './eval/score';

interface CorpusScore {
  name: string;
  drafts: FileScore;
  sources: FileScore;
  /** Per file, for the listing of misses. */
  files: { file: string; score: FileScore }[];
}

function runCheck(table: string, file: string): ReportedFinding[] {
  let out = '';
  let err = '';
  const args = ['check', '--format', 'json', '--table', table, file];
  const code = main(args, { out: (s) => (out += s), err: (s) => (err += s), stdin: () => '' });
  if (code === 2) throw new Error(`crosscheck ${args.join(' ')} failed:\n${err}`);
  const json = JSON.parse(out) as { files: { findings: ReportedFinding[] }[] };
  return json.files.flatMap((f) => f.findings);
}

function scoreCorpus(dir: string): CorpusScore {
  const tablePath = path.join(dir, 'facts.yaml');
  const gold = JSON.parse(fs.readFileSync(path.join(dir, 'gold.json'), 'utf8')) as Record<string, GoldEntry>;
  const result: CorpusScore = { name: path.basename(dir), drafts: emptyScore(), sources: emptyScore(), files: [] };
  for (const [rel, entry] of Object.entries(gold)) {
    const file = path.join(dir, rel);
    const text = fs.readFileSync(file, 'utf8');
    const findings = runCheck(tablePath, file);
    const score = scoreFile(text, entry, findings);
    result.files.push({ file: rel, score });
    if (rel.startsWith('sources/')) result.sources = addScore(result.sources, score);
    else result.drafts = addScore(result.drafts, score);
  }
  return result;
}

const f2 = (x: number) => x.toFixed(2);

function row(name: string, d: FileScore, s: FileScore): string {
  const all = addScore(d, s);
  return [
    name.padEnd(10),
    `${f2(precision(all))}`.padStart(9),
    `${f2(recall(all))}`.padStart(7),
    `${all.fixesRight}/${all.found}`.padStart(7),
    `${all.okRecognised}/${all.ok}`.padStart(8),
    `${d.trapsHit.length}/${d.traps}`.padStart(6),
    `${s.falseFlags.length}`.padStart(13),
    `${all.found}/${all.flags}`.padStart(7),
    `${all.flagged - all.truePositives}`.padStart(7),
  ].join(' ');
}

const HEADER = `${'corpus'.padEnd(10)} precision  recall   fixes       ok  traps  false@source   found  false`;

function listing(c: CorpusScore): string[] {
  const lines: string[] = [];
  const groups = new Map<string, string[]>();
  const add = (g: string, line: string) => groups.set(g, [...(groups.get(g) ?? []), line]);
  const q = (s: string) => JSON.stringify(s);
  for (const { file, score } of c.files) {
    for (const m of score.misses) {
      const got = m.got
        ? ` (got ${m.got.verdict} ${m.got.factId} on ${q(m.got.text)}${m.cause === 'wrong fix' ? ` -> ${q(m.got.replacement ?? 'no fix')}` : ''})`
        : '';
      add(`missed flag: ${m.cause}`, `${file}: ${q(m.gold.text)} [${m.gold.fact}]${got}`);
    }
    for (const f of score.falseFlags) {
      add(`false flag: ${f.cause}`, `${file}: ${f.finding.verdict} ${q(f.finding.text)} [${f.finding.factId}] -> ${q(f.finding.replacement ?? '')}`);
    }
    for (const t of score.trapsHit) add('trap hit', `${file}: ${q(t)}`);
    for (const o of score.okMisses) {
      const got = o.got ? ` (got ${o.got.verdict} ${o.got.factId} on ${q(o.got.text)})` : '';
      add(`correct claim not recognised: ${o.cause}`, `${file}: ${q(o.gold.text)} [${o.gold.fact}]${got}`);
    }
    for (const k of score.keyErrors) add('key error', `${file}: ${k}`);
  }
  for (const [g, ls] of [...groups].sort()) {
    lines.push(`  ${g} (${ls.length})`);
    for (const l of ls) lines.push(`    ${l}`);
  }
  return lines;
}

function mainEval(argv: string[]): void {
  const quiet = argv.includes('--quiet');
  const asJson = argv.includes('--json');
  const folder = argv.find((a) => !a.startsWith('--')) ?? path.join(__dirname, '..', '..', '..', 'shared', 'eval');
  if (!fs.existsSync(folder)) {
    process.stderr.write(`eval-real: no corpus folder at ${folder}\n`);
    process.exit(2);
  }
  const corpora = fs
    .readdirSync(folder)
    .map((n) => path.join(folder, n))
    .filter((d) => fs.existsSync(path.join(d, 'gold.json')) && fs.existsSync(path.join(d, 'facts.yaml')))
    .sort()
    .map(scoreCorpus);
  if (asJson) {
    const summary = corpora.map((c) => {
      const all = addScore(c.drafts, c.sources);
      return {
        corpus: c.name,
        precision: precision(all),
        recall: recall(all),
        found: all.found,
        flags: all.flags,
        falseFlags: all.flagged - all.truePositives,
        fixesRight: all.fixesRight,
        okRecognised: all.okRecognised,
        ok: all.ok,
        trapsHit: c.drafts.trapsHit.length,
        traps: c.drafts.traps,
        falseOnSources: c.sources.falseFlags.length,
      };
    });
    process.stdout.write(JSON.stringify(summary, null, 2) + '\n');
    return;
  }
  const out: string[] = [HEADER];
  let d = emptyScore();
  let s = emptyScore();
  for (const c of corpora) {
    out.push(row(c.name, c.drafts, c.sources));
    d = addScore(d, c.drafts);
    s = addScore(s, c.sources);
  }
  out.push(row('total', d, s));
  if (!quiet) {
    for (const c of corpora) {
      out.push('', `${c.name}:`);
      out.push(...listing(c));
    }
  }
  process.stdout.write(out.join('\n') + '\n');
}

mainEval(process.argv.slice(2));
