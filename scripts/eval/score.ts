// Scores `crosscheck check` findings against a gold answer key in the real-prose corpus format
// (../shared/eval/README.md): flags that must be reported, correct claims that must be recognised,
// traps that must get no finding, and spans where either answer is allowed. Shared by `npm run eval:real`
// and the examples' golden test, so both count the same way.

/** The verdicts that put a mark on a claim a writer must look at. */
export const FLAGGING = new Set(['disagrees', 'unsupported', 'misspelled']);

export interface GoldSpanRef {
  text: string;
  /** A longer unique string around `text` where `text` occurs more than once. */
  context?: string;
}

export interface GoldFlag extends GoldSpanRef {
  fact: string;
  /** Substrings, any one of which the replacement must contain (case-insensitive). */
  fix: string[];
}

export interface GoldOk extends GoldSpanRef {
  fact: string;
}

export interface GoldEntry {
  flags?: GoldFlag[];
  ok?: GoldOk[];
  traps?: (string | GoldSpanRef)[];
  allow?: (string | GoldSpanRef)[];
}

/** The parts of a reported finding the score needs (as the CLI's JSON writes them). */
export interface ReportedFinding {
  verdict: string;
  factId: string;
  kind?: string;
  text: string;
  start: number;
  end: number;
  replacement: string | null;
}

export type MissCause = 'not found' | 'other fact' | 'not flagged' | 'wrong fix';

export interface Miss {
  gold: GoldFlag;
  cause: MissCause;
  /** The finding nearest to what was wanted, if any. */
  got?: ReportedFinding;
}

export interface FalseFlag {
  finding: ReportedFinding;
  /** What the flagged span is in the key: another fact's correct claim, a trap, or nothing listed. */
  cause: 'correct claim' | 'trap' | 'other fact of a flag' | 'unlisted';
}

export interface OkMiss {
  gold: GoldOk;
  cause: 'not found' | 'other fact' | 'flagged';
  got?: ReportedFinding;
}

export interface FileScore {
  flags: number;
  found: number;
  fixesRight: number;
  flagged: number;
  truePositives: number;
  ok: number;
  okRecognised: number;
  traps: number;
  trapsHit: string[];
  misses: Miss[];
  falseFlags: FalseFlag[];
  okMisses: OkMiss[];
  /** Problems with the key itself (a text not found in the file). */
  keyErrors: string[];
}

interface Located {
  start: number;
  end: number;
}

/** Where a key's text is in the file: its occurrence inside `context` when given, else its first occurrence. */
export function locate(text: string, ref: string | GoldSpanRef): Located | undefined {
  const r = typeof ref === 'string' ? { text: ref } : ref;
  if (r.context) {
    const c = text.indexOf(r.context);
    if (c < 0) return undefined;
    const i = r.context.indexOf(r.text);
    return i < 0 ? undefined : { start: c + i, end: c + i + r.text.length };
  }
  const i = text.indexOf(r.text);
  return i < 0 ? undefined : { start: i, end: i + r.text.length };
}

const overlaps = (a: Located, b: Located) => a.start < b.end && b.start < a.end;

function fixRight(replacement: string | null, fix: string[]): boolean {
  if (!replacement) return false;
  const r = replacement.toLowerCase();
  return fix.some((f) => r.includes(f.toLowerCase()));
}

export function scoreFile(text: string, gold: GoldEntry, findings: readonly ReportedFinding[]): FileScore {
  const s: FileScore = {
    flags: 0,
    found: 0,
    fixesRight: 0,
    flagged: 0,
    truePositives: 0,
    ok: 0,
    okRecognised: 0,
    traps: 0,
    trapsHit: [],
    misses: [],
    falseFlags: [],
    okMisses: [],
    keyErrors: [],
  };
  const place = <T extends string | GoldSpanRef>(ref: T): (Located & { ref: T }) | undefined => {
    const at = locate(text, ref);
    if (!at) s.keyErrors.push(`not in the file: ${JSON.stringify(ref)}`);
    return at && { ...at, ref };
  };
  const flags = (gold.flags ?? []).map(place).filter((x) => x !== undefined);
  const oks = (gold.ok ?? []).map(place).filter((x) => x !== undefined);
  const traps = (gold.traps ?? []).map(place).filter((x) => x !== undefined);
  const allows = (gold.allow ?? []).map(place).filter((x) => x !== undefined);

  const explained = new Set<ReportedFinding>();
  for (const g of flags) {
    s.flags++;
    const here = findings.filter((f) => overlaps(f, g));
    const hit = here.find((f) => FLAGGING.has(f.verdict) && f.factId === g.ref.fact);
    if (hit) {
      s.found++;
      explained.add(hit);
      if (fixRight(hit.replacement, g.ref.fix)) s.fixesRight++;
      else s.misses.push({ gold: g.ref, cause: 'wrong fix', got: hit });
      continue;
    }
    const sameFact = here.find((f) => f.factId === g.ref.fact);
    if (sameFact) s.misses.push({ gold: g.ref, cause: 'not flagged', got: sameFact });
    else if (here.length) s.misses.push({ gold: g.ref, cause: 'other fact', got: here[0] });
    else s.misses.push({ gold: g.ref, cause: 'not found' });
  }

  for (const g of oks) {
    s.ok++;
    const here = findings.filter((f) => overlaps(f, g));
    const hit = here.find((f) => f.factId === g.ref.fact && !FLAGGING.has(f.verdict));
    if (hit) {
      s.okRecognised++;
      continue;
    }
    const flagged = here.find((f) => f.factId === g.ref.fact);
    if (flagged) s.okMisses.push({ gold: g.ref, cause: 'flagged', got: flagged });
    else if (here.length) s.okMisses.push({ gold: g.ref, cause: 'other fact', got: here[0] });
    else s.okMisses.push({ gold: g.ref, cause: 'not found' });
  }

  for (const t of traps) {
    s.traps++;
    if (findings.some((f) => overlaps(f, t))) s.trapsHit.push(typeof t.ref === 'string' ? t.ref : t.ref.text);
  }

  for (const f of findings) {
    if (!FLAGGING.has(f.verdict)) continue;
    if (allows.some((a) => overlaps(f, a))) continue;
    s.flagged++;
    if (explained.has(f)) {
      s.truePositives++;
      continue;
    }
    const cause: FalseFlag['cause'] = traps.some((t) => overlaps(f, t))
      ? 'trap'
      : oks.some((o) => overlaps(f, o))
        ? 'correct claim'
        : flags.some((g) => overlaps(f, g))
          ? 'other fact of a flag'
          : 'unlisted';
    s.falseFlags.push({ finding: f, cause });
  }
  return s;
}

export function emptyScore(): FileScore {
  return scoreFile('', {}, []);
}

/** Adds b's counts into a (lists are concatenated). */
export function addScore(a: FileScore, b: FileScore): FileScore {
  return {
    flags: a.flags + b.flags,
    found: a.found + b.found,
    fixesRight: a.fixesRight + b.fixesRight,
    flagged: a.flagged + b.flagged,
    truePositives: a.truePositives + b.truePositives,
    ok: a.ok + b.ok,
    okRecognised: a.okRecognised + b.okRecognised,
    traps: a.traps + b.traps,
    trapsHit: [...a.trapsHit, ...b.trapsHit],
    misses: [...a.misses, ...b.misses],
    falseFlags: [...a.falseFlags, ...b.falseFlags],
    okMisses: [...a.okMisses, ...b.okMisses],
    keyErrors: [...a.keyErrors, ...b.keyErrors],
  };
}

export const precision = (s: FileScore) => (s.flagged ? s.truePositives / s.flagged : 1);
export const recall = (s: FileScore) => (s.flags ? s.found / s.flags : 1);
