// Measures `crosscheck build` on the seed articles (five reports of one story, kept outside the repository):
// builds the table, prints what it found, and checks it against the facts two or more of them state.
// Usage: node out/scripts/eval-seeds.js [--print] [SEEDS_FOLDER]   (default: ../shared/seeds from the repository;
// --print also prints the table)
// Not part of `npm test`: users do not have the seeds.

import * as fs from 'node:fs';
import * as path from 'node:path';
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
  const folder = process.argv.slice(2).find((a) => !a.startsWith('--'));
  const dir = path.resolve(folder ?? path.join(root, '..', 'shared', 'seeds'));
  const files = fs.readdirSync(dir).filter((f) => /\.(?:txt|md|html?)$/i.test(f)).sort();
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
  return 0;
}

process.exitCode = main();
