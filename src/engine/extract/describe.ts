// What the engine read, as plain JSON-ready records: the `extract` command prints them and the
// extension shows them, so a writer can see why a figure was or was not flagged.
import type { Bound, CheckResult, Claim, DatePart, DatePrecision, DateValue, EntityType, FactTable, Kind } from '../types';
import { pluralUnit } from './units';

/** One claim as the engine read it. Keys that do not apply to a claim's kind are absent, not null. */
export interface ClaimRecord {
  kind: Kind;
  /** As written, hedge included. */
  text: string;
  /** UTF-16 offsets into the document, as `check` reports them. */
  start: number;
  end: number;
  /**
   * number/money: full units (48200000 for $48.2 million); percent: a number of percent (10);
   * date: ISO at its precision ('2025-11-29', '2025-11', '2025', '--11-29' without a year,
   * '2025-11-24/2025-11-30' for a span of days); entity: the name.
   */
  value: number | string;
  bound: Bound;
  /** The unit noun as a fact table writes it: 'troops', 'tons', 'people'. */
  unit?: string;
  /** ISO 4217 code, money only. */
  currency?: string;
  precision?: DatePrecision;
  /** early/mid/late November. */
  part?: DatePart;
  entityType?: EntityType;
  /** The fact the claim was matched to, when a table was used and one fitted. */
  factId?: string;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** A day as ISO text; UTC arithmetic so that no time zone or daylight saving shifts the day. */
function isoDay(year: number, month: number, day: number): string {
  const d = new Date(Date.UTC(year, month - 1, day));
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/**
 * A date value as ISO 8601 text at the precision known. Without a year (a draft with no date of its own
 * writing "November 29"), the truncated ISO forms '--11-29' and '--11' say what is known and no more.
 */
export function dateValueToIso(v: DateValue): string {
  const year = v.year !== undefined ? pad(v.year, 4) : '-';
  if (v.precision === 'year' || v.month === undefined) return v.year !== undefined ? year : '';
  if (v.precision === 'month' || v.day === undefined) return `${year}-${pad(v.month)}`;
  if (v.year === undefined) return `--${pad(v.month)}-${pad(v.day)}`;
  const first = isoDay(v.year, v.month, v.day);
  return v.span && v.span > 1 ? `${first}/${isoDay(v.year, v.month, v.day + v.span - 1)}` : first;
}

/** The JSON-ready record of one claim. */
export function describeClaim(claim: Claim, factId?: string): ClaimRecord {
  const base = { kind: claim.kind, text: claim.text, start: claim.start, end: claim.end };
  let record: ClaimRecord;
  switch (claim.kind) {
    case 'date':
      record = { ...base, value: dateValueToIso(claim.date), bound: claim.bound, precision: claim.date.precision };
      if (claim.date.part) record.part = claim.date.part;
      break;
    case 'entity':
      record = { ...base, value: claim.name, bound: claim.bound, entityType: claim.entityType };
      break;
    default:
      record = { ...base, value: claim.value, bound: claim.bound };
      if (claim.unit !== undefined) record.unit = pluralUnit(claim.unit);
      if (claim.currency !== undefined) record.currency = claim.currency;
  }
  if (factId !== undefined) record.factId = factId;
  return record;
}

/** Every claim of a check, in document order, with the fact each matched where it matched one. */
export function describeClaims(result: CheckResult): ClaimRecord[] {
  const factOf = new Map<string, string>();
  for (const f of result.findings) factOf.set(`${f.claim.kind}:${f.start}:${f.end}`, f.factId);
  return result.claims.map((c) => describeClaim(c, factOf.get(`${c.kind}:${c.start}:${c.end}`)));
}

/** The value as one line of text shows it: '48200000 USD', '2025-11 (month)', 'Nicolás Maduro (person)'. */
export function describeValue(r: ClaimRecord): string {
  if (r.kind === 'money') return `${r.value} ${r.currency ?? ''}`.trim();
  if (r.kind === 'percent') return `${r.value}%`;
  if (r.kind === 'date') return `${r.value} (${[r.part, r.precision].filter(Boolean).join(' ')})`;
  if (r.kind === 'entity') return `${r.value} (${r.entityType})`;
  return String(r.value);
}

/** A table with no facts: extraction needs none, and check() with it reports every claim and no finding. */
export function emptyTable(): FactTable {
  return { version: 1, sources: new Map(), facts: [] };
}
