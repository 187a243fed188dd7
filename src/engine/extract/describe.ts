// What the engine read, as plain JSON-ready records: the `extract` command prints them and the
// extension shows them, so a writer can see why a figure was or was not flagged.
import type { Bound, CheckResult, Claim, DatePart, DatePrecision, EntityType, FactTable, Kind } from '../types';
import { dateValueToIso } from '../format/isoDate';
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
  /** A date counted from the document's date for want of a day stated before it ("the next day"): never checked. */
  fromDocumentDate?: true;
}

/** The JSON-ready record of one claim. */
export function describeClaim(claim: Claim, factId?: string): ClaimRecord {
  const base = { kind: claim.kind, text: claim.text, start: claim.start, end: claim.end };
  let record: ClaimRecord;
  switch (claim.kind) {
    case 'date':
      record = { ...base, value: dateValueToIso(claim.date), bound: claim.bound, precision: claim.date.precision };
      if (claim.date.part) record.part = claim.date.part;
      if (claim.fromDocumentDate) record.fromDocumentDate = true;
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
  if (r.kind === 'date') {
    const counted = r.fromDocumentDate ? ', counted from the document date: not checked' : '';
    return `${r.value} (${[r.part, r.precision].filter(Boolean).join(' ')}${counted})`;
  }
  if (r.kind === 'entity') return `${r.value} (${r.entityType})`;
  return String(r.value);
}

/** A table with no facts: extraction needs none, and check() with it reports every claim and no finding. */
export function emptyTable(): FactTable {
  return { version: 1, sources: new Map(), facts: [] };
}
