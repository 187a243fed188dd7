// Measures `crosscheck build` on the seed articles (five reports of one story, kept outside the repository):
// builds the table, prints what it found, and checks it against the facts two or more of them state.
// Then builds a table from the sources of every corpus in ../shared/eval/ and scores it against the corpus's
// build-gold.json and facts.yaml (facts recovered, contested right, noise), and checks the corpus's drafts
// against the drafted table (flags found of those the hand table's gold lists, precision).
// Usage: node out/scripts/eval-build.js [--print] [--verbose] [--min-sources N] [SEEDS_FOLDER] [--eval EVAL_FOLDER]
// (default: ../shared/seeds and ../shared/eval from the repository; --print also prints the seed table)
// Not part of `npm test`: users do not have the seeds.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main as cli } from '../src/cli/main';
import { counterparts, scoreBuild, type BuildGoldFact, type BuildScore } from './eval/buildGold';
import { addScore, emptyScore, scoreFile, type GoldEntry, type ReportedFinding } from './eval/score';
import { buildTable, dateValueToIso, loadTable, type Fact, type FactValue, type Kind } from '../src/engine';

interface Expected {
  name: string;
  kind: Kind;
  /** Seed file prefix -> the value that source reports (any of a list when it states the fact twice). */
  claims: Record<string, FactValue | FactValue[]>;
  contested: boolean;
}

// Values and which seed reports them: the answer key, written by reading the five articles.
const EXPECTED: Expected[] = [
  { name: 'people killed in the boat strikes', kind: 'number', claims: { '000': 83, '002': 83, '003': 83, '004': 80 }, contested: false },
  { name: 'boat strikes carried out', kind: 'number', claims: { '002': 21, '003': 20 }, contested: true },
  { name: 'US troops deployed in the region', kind: 'number', claims: { '000': 15000, '002': 15000, '003': 16000 }, contested: true },
  { name: 'US bounty on Maduro', kind: 'money', claims: { '000': 50e6, '002': 50e6, '004': 50e6 }, contested: false },
  { name: 'Trump declares Venezuelan airspace closed', kind: 'date', claims: { '000': '2025-11-29', '002': '2025-11-29' }, contested: false },
  { name: 'date of the Trump-Maduro phone call', kind: 'date', claims: { '002': '2025-11-24', '003': '2025-11-21' }, contested: true },
  {
    name: 'start of the strikes on drug boats',
    kind: 'date',
    claims: { '000': '2025-09', '002': ['2025-09', '2025-09-02'], '003': '2025-09-01', '004': '2025-08' },
    contested: true,
  },
  { name: 'start of the US military buildup', kind: 'date', claims: { '002': '2025-08', '003': '2025-08' }, contested: false },
  { name: 'terrorist designation takes effect', kind: 'date', claims: { '002': '2025-11-24', '004': '2025-11-24' }, contested: false },
  { name: "Maduro's disputed election", kind: 'date', claims: { '002': '2024', '004': '2024' }, contested: false },
  { name: "Trump's Thanksgiving video call with troops", kind: 'date', claims: { '002': '2025-11-27', '003': '2025-11-27' }, contested: false },
  { name: 'USS Gerald R. Ford arrives', kind: 'date', claims: { '002': '2025-11', '003': '2025-11' }, contested: false },
  {
    name: 'Venezuelan president',
    kind: 'entity',
    claims: { '000': 'Nicolás Maduro', '001': 'Nicolás Maduro', '002': 'Nicolás Maduro', '003': 'Nicolás Maduro', '004': 'Nicolás Maduro' },
    contested: false,
  },
  {
    name: 'US president',
    kind: 'entity',
    claims: { '000': 'Donald Trump', '001': 'Donald Trump', '002': 'Donald Trump', '003': 'Donald Trump', '004': 'Donald Trump' },
    contested: false,
  },
  {
    name: 'senator who disclosed the exit offer',
    kind: 'entity',
    claims: { '000': 'Markwayne Mullin', '001': 'Marquin Mullen', '003': 'Markwayne Mullin' },
    contested: true,
  },
  { name: 'senator who called Maduro illegitimate', kind: 'entity', claims: { '000': 'Lindsey Graham', '001': 'Lindsey Graham' }, contested: false },
];

/** A table value as the answer key writes it: dates as ISO text at their precision. */
function written(v: FactValue): string {
  return typeof v === 'object' ? dateValueToIso(v) : String(v);
}

function same(a: FactValue, b: FactValue): boolean {
  return typeof a === 'number' || typeof b === 'number' ? Number(a) === Number(b) : written(a).normalize('NFC') === written(b).normalize('NFC');
}

function shown(c: { value: FactValue; bound: string }): string {
  return c.bound === 'exact' ? written(c.value) : `${c.bound} ${written(c.value)}`;
}

function main(): number {
  const root = path.resolve(__dirname, '..', '..');
  const args = process.argv.slice(2);
  const evalAt = args.indexOf('--eval');
  const folder = args.find((a, i) => !a.startsWith('--') && i !== evalAt + 1 && args[i - 1] !== '--min-sources');
  const dir = path.resolve(folder ?? path.join(root, '..', 'shared', 'seeds'));
  const files = fs
    .readdirSync(dir)
    .filter((f) => /\.(?:txt|md|html?)$/i.test(f))
    .sort();
  if (!files.length) {
    process.stderr.write(`no seed articles in ${dir}\n`);
    return 2;
  }
  const sources = files.map((f) => ({ path: f, text: fs.readFileSync(path.join(dir, f), 'utf8') }));
  const started = Date.now();
  const yaml = buildTable(sources);
  const ms = Date.now() - started;
  const { table, problems } = loadTable(yaml);
  if (process.argv.includes('--print')) process.stdout.write(yaml + '\n');
  for (const p of problems) process.stdout.write(`table ${p.severity}: ${p.message} (line ${p.range.start.line})\n`);
  if (!table) return 1;
  const idOf = new Map([...table.sources.values()].map((s) => [(s.path ?? '').slice(0, 3), s.id]));
  const prefixOf = new Map([...idOf].map(([prefix, id]) => [id, prefix]));

  const facts = table.facts;
  const perKind = new Map<string, number>();
  for (const f of facts) perKind.set(f.kind, (perKind.get(f.kind) ?? 0) + 1);
  const shared = facts.filter((f) => new Set(f.claims.map((c) => c.source)).size > 1);
  const out: string[] = [];
  out.push(`Built from ${files.length} sources in ${ms} ms: ${facts.length} facts (${[...perKind].map(([k, n]) => `${n} ${k}`).join(', ')})`);
  out.push(`Sources: ${[...table.sources.values()].map((s) => `${s.id} [${prefixOf.get(s.id)}]${s.published ? ` ${s.published}` : ''}`).join(', ')}`);
  out.push(`\nFacts stated by 2+ sources: ${shared.length}`);
  for (const f of shared) {
    const mark = f.contested ? 'CONTESTED ' : '';
    out.push(`  ${mark}${f.id} (${f.kind}${f.unit ? `, ${f.unit}` : ''}): ${f.claims.map((c) => `${prefixOf.get(c.source)}=${shown(c)}`).join(', ')}`);
  }
  const contested = facts.filter((f) => f.contested);
  out.push(`\nContested facts: ${contested.length}`);
  for (const f of contested) out.push(`  ${f.id}: ${f.claims.map((c) => `${shown(c)} (${prefixOf.get(c.source)})`).join('; ')}`);

  out.push('\nExpected facts (stated by two or more seeds):');
  let found = 0;
  let contestedFound = 0;
  let values = 0;
  let valuesFound = 0;
  for (const e of EXPECTED) {
    const wanted = Object.entries(e.claims);
    const hits = (f: Fact) =>
      wanted.filter(([prefix, v]) => f.claims.some((c) => c.source === idOf.get(prefix) && [v].flat().some((x) => same(c.value, x)))).length;
    const best = facts.filter((f) => f.kind === e.kind).sort((a, b) => hits(b) - hits(a))[0];
    const n = best ? hits(best) : 0;
    values += wanted.length;
    valuesFound += n;
    const complete = n === wanted.length;
    if (complete) found++;
    const contestedOk = best !== undefined && best.contested === e.contested;
    if (e.contested && complete && best?.contested) contestedFound++;
    const got = best
      ? wanted.map(([prefix]) => {
          const c = best.claims.find((x) => x.source === idOf.get(prefix));
          return `${prefix}=${c ? shown(c) : '-'}`;
        })
      : [];
    const status = complete ? (contestedOk ? 'found' : 'found, contested flag wrong') : n ? `partial ${n}/${wanted.length}` : 'missing';
    out.push(`  [${status}] ${e.name}${e.contested ? ' (contested)' : ''} -> ${best?.id ?? '-'}: ${got.join(', ')}`);
  }
  const expectedContested = EXPECTED.filter((e) => e.contested).length;
  out.push(
    `\nSummary: ${found}/${EXPECTED.length} expected facts found with every source's value (${valuesFound}/${values} source values); ` +
      `${contestedFound}/${expectedContested} real disagreements marked contested; ${contested.length} facts contested in all; ` +
      `${shared.length} facts from 2+ sources, ${facts.length - shared.length} from one.`,
  );
  process.stdout.write(out.join('\n') + '\n');
  const evalDir = evalAt >= 0 ? path.resolve(args[evalAt + 1]) : path.join(root, '..', 'shared', 'eval');
  const minAt = args.indexOf('--min-sources');
  const minSources = minAt >= 0 ? Number(args[minAt + 1]) : undefined;
  if (fs.existsSync(evalDir)) evalCorpora(evalDir, args.includes('--verbose'), minSources);
  return 0;
}

interface CheckScore {
  found: number;
  flags: number;
  flagged: number;
  truePositives: number;
  okRecognised: number;
  ok: number;
  confidentWrong: string[];
  /** Planted errors the drafted table did not flag, with why. */
  missed: string[];
}

function runCheck(table: string, file: string): ReportedFinding[] {
  let out = '';
  let err = '';
  const code = cli(['check', '--format', 'json', '--table', table, file], { out: (t) => (out += t), err: (t) => (err += t), stdin: () => '' });
  if (code === 2) throw new Error(`check ${file} failed:\n${err}`);
  return (JSON.parse(out) as { files: { findings: ReportedFinding[] }[] }).files.flatMap((f) => f.findings);
}

/** The corpus's drafts checked against the drafted table, the gold's fact ids read as their drafted counterparts. */
function checkDrafts(dir: string, tableFile: string, ids: ReadonlyMap<string, string>): CheckScore {
  const gold = JSON.parse(fs.readFileSync(path.join(dir, 'gold.json'), 'utf8')) as Record<string, GoldEntry>;
  const mapped = (fact: string) => ids.get(fact) ?? `(none for ${fact})`;
  let total = emptyScore();
  const confidentWrong: string[] = [];
  const missed: string[] = [];
  for (const [rel, entry] of Object.entries(gold)) {
    if (!rel.startsWith('drafts/')) continue;
    const file = path.join(dir, rel);
    const remapped: GoldEntry = {
      ...entry,
      flags: entry.flags?.map((f) => ({ ...f, fact: mapped(f.fact) })),
      ok: entry.ok?.map((o) => ({ ...o, fact: mapped(o.fact) })),
    };
    const score = scoreFile(fs.readFileSync(file, 'utf8'), remapped, runCheck(tableFile, file));
    for (const f of score.falseFlags) confidentWrong.push(`${rel}: "${f.finding.text}" ${f.finding.verdict} ${f.finding.factId} (${f.cause})`);
    for (const m of score.misses) {
      const got = m.got ? `; got ${m.got.verdict} ${m.got.factId}` : '';
      missed.push(`${rel}: "${m.gold.text}" ${m.gold.fact} (${m.cause}${got})`);
    }
    total = addScore(total, score);
  }
  return {
    found: total.found,
    flags: total.flags,
    flagged: total.flagged,
    truePositives: total.truePositives,
    okRecognised: total.okRecognised,
    ok: total.ok,
    confidentWrong,
    missed,
  };
}

const pct = (n: number, d: number) => (d ? `${Math.round((100 * n) / d)}%` : '-');

function buildLine(name: string, b: BuildScore, c: CheckScore | undefined): string {
  const check = c
    ? `; drafts vs drafted table: ${c.found}/${c.flags} flags found, precision ${pct(c.truePositives, c.flagged)} (${c.flagged - c.truePositives} false), ok ${c.okRecognised}/${c.ok}`
    : '';
  return (
    `${name}: recovered ${b.recovered}/${b.gold} (${b.complete} with every value), contested right ${b.contestedRight}/${b.recovered} ` +
    `(${b.contestedFound}/${b.goldContested} disagreements marked), ${b.facts} facts (${b.multiSource} from 2+ sources), ` +
    `noise ${b.noise.length} (${b.noiseMulti} from 2+ sources), joined ${b.joined.length}, split ${b.split.length}${check}`
  );
}

function evalCorpora(evalDir: string, verbose: boolean, minSources: number | undefined): void {
  const out: string[] = ['', `Build on the corpora in ${evalDir}:`];
  const details: string[] = [];
  const corpora = fs
    .readdirSync(evalDir)
    .sort()
    .filter((n) => fs.existsSync(path.join(evalDir, n, 'build-gold.json')));
  for (const name of corpora) {
    const dir = path.join(evalDir, name);
    const srcDir = path.join(dir, 'sources');
    const files = fs
      .readdirSync(srcDir)
      .filter((f) => /\.(?:txt|md|html?)$/i.test(f))
      .sort();
    const yaml = buildTable(
      files.map((f) => ({ path: `sources/${f}`, text: fs.readFileSync(path.join(srcDir, f), 'utf8') })),
      minSources === undefined ? {} : { minSources },
    );
    const { table } = loadTable(yaml);
    if (!table) {
      out.push(`${name}: the drafted table does not load`);
      continue;
    }
    const hand = fs.existsSync(path.join(dir, 'facts.yaml'))
      ? (loadTable(fs.readFileSync(path.join(dir, 'facts.yaml'), 'utf8')).table ?? undefined)
      : undefined;
    const gold = JSON.parse(fs.readFileSync(path.join(dir, 'build-gold.json'), 'utf8')) as BuildGoldFact[];
    const b = scoreBuild(gold, table, hand);
    let c: CheckScore | undefined;
    if (hand && fs.existsSync(path.join(dir, 'drafts'))) {
      const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `crosscheck-eval-${name}-`));
      const tableFile = path.join(tmp, 'facts.yaml');
      fs.writeFileSync(tableFile, yaml);
      c = checkDrafts(dir, tableFile, counterparts(hand, table));
      fs.rmSync(tmp, { recursive: true, force: true });
    }
    out.push(buildLine(name, b, c));
    const list = (title: string, xs: readonly string[]) => (xs.length ? [`  ${title}:`, ...xs.map((x) => `    ${x}`)] : []);
    details.push(
      `\n${name}:`,
      ...list('missed', b.missed),
      ...list('split', b.split),
      ...list('wrongly joined', b.joined),
      ...list('contested wrong', b.contestedWrong),
    );
    if (verbose)
      details.push(
        ...list('noise', b.noise),
        ...list('confident wrong verdicts on drafts', c?.confidentWrong ?? []),
        ...list('planted errors not flagged', c?.missed ?? []),
      );
  }
  process.stdout.write([...out, ...details].join('\n') + '\n');
}

process.exitCode = main();
