import type { Claim, EntityType, Finding, Span } from './types';

/** A name inside a run of capitalised words, offsets relative to the run. */
export interface NameInRun {
  start: number;
  end: number;
  entityType: EntityType;
}

/** What one paragraph contributes to a check, with offsets relative to the paragraph's start. */
export interface ParagraphResult {
  claims: Claim[];
  findings: Finding[];
  /** The paragraph's last sentence: the context of the next paragraph's first figure. */
  lastSentence?: Span;
  /** Relative dates left unread for want of a document date (0 when the document has one). */
  unresolvedRelative: number;
}

/**
 * A check is computed paragraph by paragraph, and a paragraph's result depends only on its text,
 * the sentence before it (context for its first figure), the document's date and the table. An editor
 * that re-checks a draft on every edit keeps one of these per table, so an edit re-analyses only the
 * paragraphs it touched. The caller owns the cache and drops it with the table; the engine keeps none.
 */
export class ParagraphCache {
  private readonly entries = new Map<string, ParagraphResult>();
  /** Names found in a run of capitalised words, by the run's text: a pure function of it and the table's lexicon. */
  readonly names = new Map<string, readonly NameInRun[]>();

  constructor(private readonly limit = 20_000) {}

  get(key: string): ParagraphResult | undefined {
    const hit = this.entries.get(key);
    if (hit) {
      // Refresh its place so that eviction drops the least recently used paragraphs.
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  set(key: string, result: ParagraphResult): void {
    this.entries.set(key, result);
    if (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value as string);
    if (this.names.size > this.limit) this.names.delete(this.names.keys().next().value as string);
  }

  get size(): number {
    return this.entries.size;
  }
}
