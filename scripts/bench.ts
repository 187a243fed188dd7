// `npm run bench`: does Crosscheck keep up with long drafts? Generates its inputs deterministically
// (scripts/bench/generate.ts), measures the five cases of issue 5 against their targets, prints a
// table and writes the figures as JSON (bench-results.json at the repository root, or --out FILE).
//
//   node out/scripts/bench.js [--out FILE] [--seed N]
//
// Not part of `npm test`: timings depend on the machine and its load, so they are reported, never asserted.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import nlp from 'compromise';
import { check, loadTable, ParagraphCache, prepareTable, type CheckResult, type PreparedTable, type Summary } from '../src/engine';
import { DRAFT_WORDS, editSequence, generateInputs, proseParagraphs, TABLE_SIZES } from './bench/generate';
import { median, percentile, round, timed } from './bench/measure';
import { childMemory, measureMemory, MEMORY_FLAG, type MemoryReport } from './bench/memory';
import { childWorker, measureWorker, WORKER_FLAG, type WorkerReport } from './bench/worker';

const ROOT = path.join(__dirname, '..', '..');

/** Fewer runs for the slow cases keep the whole benchmark within a few minutes on two cores. */
const COLD_RUNS: Record<number, number> = { 1000: 9, 10000: 5, 50000: 3 };
const SCALING_RUNS = 5;
const RECHECK_WARMUP_EDITS = 2;
const RECHECK_EDITS = 30;
const WORKER_EDITS = 5;
/** Cold checks, the ratio and the worker are measured against a mid-sized table; table size is case 3's business. */
const COLD_FACTS = 1000;
/** Re-checks are measured against the mid-sized and the largest table, memory against the largest: the worst case. */
const LARGE_FACTS = 10000;
const SMALL_FACTS = 100;
const LONG_WORDS = 50000;
const MID_WORDS = 10000;

const TARGETS = {
  coldRatio: 1.0,
  recheckP95Ms: 30,
  tableScaling: 1.3,
  longestBlockMs: 50,
  peakRssMb: 300,
} as const;

interface Args {
  out: string;
  seed: number;
  /** Set in a forked child: which case it runs. */
  child?: typeof MEMORY_FLAG | typeof WORKER_FLAG;
  facts: number;
  words: number;
  edits: number;
  /** The worker child: the table it loads before checking. */
  loadFacts: number;
}

function parseArgs(argv: string[]): Args {
  const args: Args = {
    out: path.join(ROOT, 'bench-results.json'),
    seed: 2025,
    facts: LARGE_FACTS,
    words: LONG_WORDS,
    edits: WORKER_EDITS,
    loadFacts: LARGE_FACTS,
  };
  for (let i = 0; i < argv.length; i++) {
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${argv[i - 1]} needs a value`);
      return v;
    };
    switch (argv[i]) {
      case '--out':
        args.out = path.resolve(value());
        break;
      case '--seed':
        args.seed = Number(value());
        break;
      case '--facts':
        args.facts = Number(value());
        break;
      case '--words':
        args.words = Number(value());
        break;
      case '--edits':
        args.edits = Number(value());
        break;
      case '--load-facts':
        args.loadFacts = Number(value());
        break;
      case MEMORY_FLAG:
        args.child = MEMORY_FLAG;
        break;
      case WORKER_FLAG:
        args.child = WORKER_FLAG;
        break;
      default:
        throw new Error(`unknown argument ${argv[i]} (usage: bench [--out FILE] [--seed N])`);
    }
  }
  if (!Number.isInteger(args.seed) || args.seed < 0) throw new Error('--seed must be a non-negative integer');
  return args;
}

function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGb: round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.platform()} ${os.arch()}`,
    /** Other work on the machine skews every figure; the 1-minute load average at the start says how much there was. */
    loadAverage: round(os.loadavg()[0], 2),
  };
}

const summaryText = (s: Summary) =>
  `${s.claims} claims, ${s.matched} matched (${s.agrees} agree, ${s.contested} contested, ${s.disagrees} disagree, ${s.unsupported} unsupported, ${s.misspelled} misspelled)`;

function log(line = ''): void {
  process.stdout.write(line + '\n');
}

interface ColdCase {
  words: number;
  facts: number;
  runs: number;
  checkMs: number;
  nlpMs: number;
  /** Median over runs of check time / compromise time, each pair measured back to back. */
  ratio: number;
  summary: Summary;
}

/** Cold checks (no cache) against compromise's own tagging of the same text, paired run by run. */
function coldCase(text: string, words: number, prepared: PreparedTable, facts: number, runs: number): ColdCase {
  check(text, prepared);
  nlp(text);
  const checks: number[] = [];
  const tags: number[] = [];
  const ratios: number[] = [];
  let result: CheckResult | undefined;
  for (let i = 0; i < runs; i++) {
    // Alternating which goes first keeps a slow drift of the machine from favouring either.
    let tagMs: number;
    let c: { ms: number; value: CheckResult };
    if (i % 2 === 0) {
      tagMs = timed(() => nlp(text)).ms;
      c = timed(() => check(text, prepared));
    } else {
      c = timed(() => check(text, prepared));
      tagMs = timed(() => nlp(text)).ms;
    }
    checks.push(c.ms);
    tags.push(tagMs);
    ratios.push(c.ms / tagMs);
    result = c.value;
  }
  return { words, facts, runs, checkMs: round(median(checks)), nlpMs: round(median(tags)), ratio: round(median(ratios), 2), summary: result!.summary };
}

interface RecheckCase {
  words: number;
  facts: number;
  primeMs: number;
  edits: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  samplesMs: number[];
  summary: Summary;
}

/**
 * An editor's re-checks: one ParagraphCache per table, primed once, then one-word edits in different
 * paragraphs, with the options the extension's worker uses (findings and the summary, no claim list).
 */
function recheckCase(texts: readonly string[], words: number, prepared: PreparedTable, facts: number): RecheckCase {
  const cache = new ParagraphCache();
  const prime = timed(() => check(texts[0], prepared, { cache, withClaims: false }));
  const samples: number[] = [];
  let result: CheckResult = prime.value;
  texts.slice(1).forEach((text, i) => {
    const r = timed(() => check(text, prepared, { cache, withClaims: false }));
    result = r.value;
    if (i >= RECHECK_WARMUP_EDITS) samples.push(r.ms);
  });
  return {
    words,
    facts,
    primeMs: round(prime.ms),
    edits: samples.length,
    medianMs: round(median(samples)),
    p95Ms: round(percentile(samples, 95)),
    maxMs: round(Math.max(...samples)),
    samplesMs: samples.map((x) => round(x)),
    summary: result.summary,
  };
}

interface ScalingCase {
  words: number;
  small: { facts: number; ms: number; summary: Summary };
  large: { facts: number; ms: number; summary: Summary };
  ratio: number;
}

/** The same draft against a small and a large table, alternating run by run. */
function scalingCase(text: string, words: number, small: PreparedTable, large: PreparedTable): ScalingCase {
  check(text, small);
  check(text, large);
  const a: number[] = [];
  const b: number[] = [];
  let ra: CheckResult | undefined;
  let rb: CheckResult | undefined;
  for (let i = 0; i < SCALING_RUNS; i++) {
    const x = timed(() => check(text, small));
    const y = timed(() => check(text, large));
    a.push(x.ms);
    b.push(y.ms);
    ra = x.value;
    rb = y.value;
  }
  return {
    words,
    small: { facts: small.table.facts.length, ms: round(median(a)), summary: ra!.summary },
    large: { facts: large.table.facts.length, ms: round(median(b)), summary: rb!.summary },
    ratio: round(median(b) / median(a), 2),
  };
}

interface Target {
  name: string;
  value: number | null;
  target: string;
  met: boolean | null;
}

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

function printTable(rows: string[][]): void {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  for (const [k, r] of rows.entries()) {
    log('  ' + r.map((c, i) => pad(c, widths[i])).join('  '));
    if (k === 0) log('  ' + widths.map((w) => '-'.repeat(w)).join('  '));
  }
}

async function main(args: Args): Promise<void> {
  const started = Date.now();
  const m = machine();
  log(`Crosscheck benchmark, seed ${args.seed}`);
  log(`machine: ${m.cpu} x ${m.cores}, ${m.memoryGb} GB, Node ${m.node}, ${m.platform}; load average ${m.loadAverage}`);

  const gen = timed(() => generateInputs(args.seed));
  const inputs = gen.value;
  log(`inputs generated in ${round(gen.ms / 1000, 1)} s:`);
  const prepared = new Map<number, PreparedTable>();
  const tableInfo: { facts: number; bytes: number; loadMs: number; prepareMs: number; contested: number }[] = [];
  for (const facts of TABLE_SIZES) {
    const text = inputs.tables.get(facts)!;
    const loaded = timed(() => loadTable(text));
    const { table, problems } = loaded.value;
    if (!table) throw new Error(`the generated ${facts}-fact table does not load: ${problems.map((p) => p.message).join('; ')}`);
    const prep = timed(() => prepareTable(table));
    prepared.set(facts, prep.value);
    const contested = table.facts.filter((f) => f.contested).length;
    tableInfo.push({ facts, bytes: text.length, loadMs: round(loaded.ms), prepareMs: round(prep.ms), contested });
    log(
      `  table of ${facts} facts: ${round(text.length / 1024)} KB of YAML, ${contested} contested, ${table.sources.size} sources; loadTable ${round(loaded.ms)} ms, prepareTable ${round(prep.ms)} ms`,
    );
  }
  const draftInfo = DRAFT_WORDS.map((w) => {
    const d = inputs.drafts.get(w)!;
    return { words: d.words, chars: d.text.length, paragraphs: proseParagraphs(d.text).length, planted: d.planted.length };
  });
  for (const d of draftInfo)
    log(`  draft of ${d.words} words: ${round(d.chars / 1024)} KB, ${d.paragraphs} paragraphs, ${d.planted} claims planted on table facts`);

  // Warm-up of compromise and the engine on the short draft, so the first case does not pay for JIT.
  for (let i = 0; i < 3; i++) {
    check(inputs.drafts.get(1000)!.text, prepared.get(COLD_FACTS)!);
    nlp(inputs.drafts.get(1000)!.text);
  }

  log('');
  log(`1. cold check (no cache) against ${COLD_FACTS} facts, and compromise's tagging of the same text`);
  const cold: ColdCase[] = [];
  for (const words of DRAFT_WORDS) {
    const c = coldCase(inputs.drafts.get(words)!.text, words, prepared.get(COLD_FACTS)!, COLD_FACTS, COLD_RUNS[words]);
    cold.push(c);
    log(`  ${words} words: check ${c.checkMs} ms, nlp ${c.nlpMs} ms, ratio ${c.ratio} (median of ${c.runs}); ${summaryText(c.summary)}`);
  }

  log('');
  log(`2. re-check of the ${LONG_WORDS}-word draft after one-word edits, one ParagraphCache per table`);
  const texts = editSequence(inputs.drafts.get(LONG_WORDS)!.text, args.seed, RECHECK_WARMUP_EDITS + RECHECK_EDITS);
  const rechecks: RecheckCase[] = [];
  for (const facts of [COLD_FACTS, LARGE_FACTS]) {
    const r = recheckCase(texts, LONG_WORDS, prepared.get(facts)!, facts);
    rechecks.push(r);
    log(
      `  ${facts} facts: primed in ${r.primeMs} ms; ${r.edits} edits: median ${r.medianMs} ms, p95 ${r.p95Ms} ms, max ${r.maxMs} ms; ${summaryText(r.summary)}`,
    );
  }

  log('');
  log(`3. the ${MID_WORDS}-word draft against ${LARGE_FACTS} facts over ${SMALL_FACTS} facts`);
  const scaling = scalingCase(inputs.drafts.get(MID_WORDS)!.text, MID_WORDS, prepared.get(SMALL_FACTS)!, prepared.get(LARGE_FACTS)!);
  log(`  ${SMALL_FACTS} facts: ${scaling.small.ms} ms; ${summaryText(scaling.small.summary)}`);
  log(`  ${LARGE_FACTS} facts: ${scaling.large.ms} ms; ${summaryText(scaling.large.summary)}`);
  log(`  ratio ${scaling.ratio} (medians of ${SCALING_RUNS})`);

  log('');
  log(
    `4. longest main-thread block while the worker loads the ${LARGE_FACTS}-fact table and checks the ${LONG_WORDS}-word draft against ${COLD_FACTS} facts (child process)`,
  );
  let worker: WorkerReport;
  try {
    worker = await measureWorker(args.seed, COLD_FACTS, LONG_WORDS, WORKER_EDITS, LARGE_FACTS);
  } catch (e) {
    worker = { measured: false, facts: COLD_FACTS, words: LONG_WORDS, reason: e instanceof Error ? e.message : String(e) };
  }
  if (worker.measured && worker.cold && worker.edits) {
    const l = worker.tableLoad;
    if (l) log(`  table load, ${l.facts} facts: loaded after ${l.elapsedMs} ms, longest block ${l.longestBlockMs} ms (loop delay max ${l.maxLoopDelayMs} ms)`);
    const w = worker.cold;
    log(
      `  cold: result after ${w.elapsedMs} ms, longest block ${w.longestBlockMs} ms (loop delay max ${w.maxLoopDelayMs} ms); ${w.claims} claims, ${w.matched} matched`,
    );
    for (const [i, e] of worker.edits.entries()) {
      log(
        `  edit ${i + 1}: result after ${e.elapsedMs} ms, longest block ${e.longestBlockMs} ms (loop delay max ${e.maxLoopDelayMs} ms); ${e.claims} claims, ${e.matched} matched`,
      );
    }
  } else {
    log(`  not measured: ${worker.reason}`);
  }

  log('');
  log(`5. peak memory of checking the ${LONG_WORDS}-word draft against ${LARGE_FACTS} facts, in a child process`);
  let memory: MemoryReport | { error: string };
  try {
    memory = await measureMemory(args.seed, LARGE_FACTS, LONG_WORDS);
    log(
      `  maxRSS ${round(memory.maxRssKbAfterCheck / 1024)} MB (after generating inputs ${round(memory.maxRssKbAfterInputs / 1024)} MB, ` +
        `after loading the table ${round(memory.maxRssKbAfterTable / 1024)} MB; heap in use after the check ${memory.heapUsedMbAfterCheck} MB); ` +
        `${memory.claims} claims, ${memory.matched} matched`,
    );
  } catch (e) {
    memory = { error: e instanceof Error ? e.message : String(e) };
    log(`  not measured: ${memory.error}`);
  }

  const targets: Target[] = [
    ...cold.map((c) => ({
      name: `cold check / compromise, ${c.words} words`,
      value: c.ratio,
      target: `<= ${TARGETS.coldRatio}`,
      met: c.ratio <= TARGETS.coldRatio,
    })),
    ...rechecks.map((r) => ({
      name: `re-check p95, one-word edit, ${LONG_WORDS} words, ${r.facts} facts (ms)`,
      value: r.p95Ms,
      target: `<= ${TARGETS.recheckP95Ms}`,
      met: r.p95Ms <= TARGETS.recheckP95Ms,
    })),
    {
      name: `${LARGE_FACTS} facts / ${SMALL_FACTS} facts, ${MID_WORDS} words`,
      value: scaling.ratio,
      target: `<= ${TARGETS.tableScaling}`,
      met: scaling.ratio <= TARGETS.tableScaling,
    },
    {
      name: `longest main-thread block, worker: ${LARGE_FACTS}-fact table load, ${LONG_WORDS}-word checks on ${worker.facts} facts (ms)`,
      value: worker.longestBlockMs ?? null,
      target: `<= ${TARGETS.longestBlockMs}`,
      met: worker.longestBlockMs === undefined ? null : worker.longestBlockMs <= TARGETS.longestBlockMs,
    },
    {
      name: `peak RSS, ${LONG_WORDS} words x ${LARGE_FACTS} facts (MB)`,
      value: 'error' in memory ? null : round(memory.maxRssKbAfterCheck / 1024),
      target: `< ${TARGETS.peakRssMb}`,
      met: 'error' in memory ? null : memory.maxRssKbAfterCheck / 1024 < TARGETS.peakRssMb,
    },
  ];

  log('');
  log('Targets');
  printTable([
    ['case', 'value', 'target', 'met'],
    ...targets.map((t) => [t.name, t.value === null ? '-' : String(t.value), t.target, t.met === null ? 'not measured' : t.met ? 'yes' : 'NO']),
  ]);

  const results = {
    machine: m,
    seed: args.seed,
    date: new Date().toISOString(),
    durationS: 0,
    inputs: { tables: tableInfo, drafts: draftInfo },
    cold,
    recheck: rechecks,
    tableScaling: scaling,
    worker,
    memory,
    targets,
  };
  results.durationS = round((Date.now() - started) / 1000);
  const loadAfter = round(os.loadavg()[0], 2);
  fs.writeFileSync(args.out, JSON.stringify(results, null, 2) + '\n');
  log('');
  log(`${round(results.durationS)} s in all (load average at the end ${loadAfter}); results written to ${path.relative(process.cwd(), args.out) || args.out}`);
}

const args = parseArgs(process.argv.slice(2));
const run =
  args.child === MEMORY_FLAG
    ? childMemory(args.seed, args.facts, args.words)
    : args.child === WORKER_FLAG
      ? childWorker(args.seed, args.facts, args.words, args.edits, args.loadFacts)
      : main(args);
run.then(
  // An explicit exit: a worker thread the client failed to end must not keep the benchmark alive.
  () => process.exit(0),
  (e: unknown) => {
    process.stderr.write(`bench: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(2);
  },
);
