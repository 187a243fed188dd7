import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { FactTable } from '../engine';
import { readTextFile } from '../host/files';

interface CachedFile {
  mtimeMs: number;
  text: string;
  /** Where each quote was found, so thousands of findings citing it cost one search. */
  quotes: Map<string, vscode.Range | null>;
}

/** Whitespace-insensitive search, so a quote copied across a line break in the source still resolves. */
function findQuote(text: string, quote: string): { start: number; end: number } | undefined {
  const exact = text.indexOf(quote);
  if (exact >= 0) return { start: exact, end: exact + quote.length };
  const words = quote
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (!words.length || !words[0]) return undefined;
  const m = new RegExp(words.join('\\s+'), 'i').exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : undefined;
}

/** Finds where a source article says what the table quotes it as saying, so a click opens it there. */
export class SourceLocator {
  private readonly files = new Map<string, CachedFile>();

  private read(file: string): CachedFile | undefined {
    try {
      const stat = fs.statSync(file);
      const cached = this.files.get(file);
      if (cached && cached.mtimeMs === stat.mtimeMs) return cached;
      // Read as the CLI reads it (byte order mark dropped, binary refused), so offsets match what the editor shows.
      const read = readTextFile(file);
      if (read.kind !== 'text') return undefined;
      const fresh = { mtimeMs: stat.mtimeMs, text: read.text, quotes: new Map<string, vscode.Range | null>() };
      this.files.set(file, fresh);
      return fresh;
    } catch {
      return undefined;
    }
  }

  /** The source file of a source id, resolved against the table's folder, if the table gives a path. */
  sourceUri(table: FactTable, tablePath: string, sourceId: string): vscode.Uri | undefined {
    const rel = table.sources.get(sourceId)?.path;
    return rel ? vscode.Uri.file(path.resolve(path.dirname(tablePath), rel)) : undefined;
  }

  locate(table: FactTable, tablePath: string, sourceId: string, quote: string | undefined): vscode.Location | undefined {
    const uri = this.sourceUri(table, tablePath, sourceId);
    const file = uri && quote ? this.read(uri.fsPath) : undefined;
    if (!uri || !quote || !file) return undefined;
    let range = file.quotes.get(quote);
    if (range === undefined) {
      const found = findQuote(file.text, quote);
      range = found ? new vscode.Range(positionIn(file.text, found.start), positionIn(file.text, found.end)) : null;
      file.quotes.set(quote, range);
    }
    return range ? new vscode.Location(uri, range) : undefined;
  }
}

function positionIn(text: string, offset: number): vscode.Position {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return new vscode.Position(line, offset - (before.lastIndexOf('\n') + 1));
}
