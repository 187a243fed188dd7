import type { EntityMention } from './extract/entities';

/**
 * Name recognition is the one costly step of a check (compromise tags some 15-20 thousand words a
 * second). Its result depends only on a paragraph's text and the table's lexicon, so an editor that
 * re-checks a draft on every edit keeps one of these per table and re-analyses only the paragraphs
 * that changed. The engine never keeps one itself: the caller owns it, and drops it with the table.
 */
export class ParagraphCache {
  private readonly entries = new Map<string, readonly EntityMention[]>();

  constructor(private readonly limit = 50_000) {}

  /** Mentions with offsets relative to the paragraph's start. */
  get(paragraph: string): readonly EntityMention[] | undefined {
    const hit = this.entries.get(paragraph);
    if (hit) {
      // Refresh its place so that eviction drops the least recently used paragraphs.
      this.entries.delete(paragraph);
      this.entries.set(paragraph, hit);
    }
    return hit;
  }

  set(paragraph: string, mentions: readonly EntityMention[]): void {
    this.entries.set(paragraph, mentions);
    if (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value as string);
  }

  get size(): number {
    return this.entries.size;
  }
}
