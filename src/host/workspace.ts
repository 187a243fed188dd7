// Which table a draft is checked against, and which files are drafts at all: the answers the CLI's
// `check .` and the editor's "Check All Drafts" must give alike.
import * as path from 'node:path';
import type { FactTable } from '../engine';
import type { CrosscheckConfig } from './config';
import { CONFIG_NAMES, DRAFT_FOLDERS, draftExtensions, REPOSITORY_FILES, SOURCE_EXTENSIONS, SOURCE_FOLDER } from './defaults';
import { isDirectory, relativePosix, walkFiles } from './files';
import { matchesAny } from './glob';
import { isFactTable, nearestTable } from './tableFiles';

/** Where a draft's table came from: named by the user (`--table`, a setting), the config, or found above it. */
export type TableOrigin = 'named' | 'config' | 'discovered';

export interface TableChoice {
  path: string;
  origin: TableOrigin;
}

function inside(folder: string, file: string): boolean {
  const rel = path.relative(folder, file);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** The table for a draft: the one named, else the config's (per folder, then whole), else the nearest above it. */
export function tableFor(file: string, config: CrosscheckConfig, named?: string): TableChoice | undefined {
  if (named) return { path: path.resolve(named), origin: 'named' };
  const abs = path.resolve(file);
  const perFolder = config.tables.find((t) => inside(t.folder, abs));
  if (perFolder) return { path: perFolder.table, origin: 'config' };
  if (config.table) return { path: config.table, origin: 'config' };
  const found = nearestTable(abs);
  return found ? { path: found, origin: 'discovered' } : undefined;
}

/** The files a table lists as its sources, as absolute paths. */
export function sourcePaths(table: FactTable, tablePath: string): ReadonlySet<string> {
  const base = path.dirname(path.resolve(tablePath));
  const out = new Set<string>();
  for (const s of table.sources.values()) if (s.path) out.add(path.resolve(base, s.path));
  return out;
}

/** Why a file is not a draft; undefined when it is one. */
export type NotDraft =
  'repository file' | 'dependency or version control' | 'fact table or config' | 'not a draft language' | 'ignored' | 'not in drafts' | 'source';

function configRelative(config: CrosscheckConfig, file: string): string | undefined {
  return config.file ? relativePosix(path.dirname(config.file), file) : undefined;
}

function ignored(config: CrosscheckConfig, file: string): boolean {
  const rel = configRelative(config, file);
  return rel !== undefined && !rel.startsWith('..') && matchesAny(rel, config.ignore);
}

/** Files that are about the repository, its machinery or Crosscheck itself, never articles. */
function notAnArticle(file: string): NotDraft | undefined {
  const name = path.basename(file);
  if (REPOSITORY_FILES.test(name)) return 'repository file';
  if (file.split(/[\\/]/).some((s) => s === 'node_modules' || s === '.git')) return 'dependency or version control';
  if (CONFIG_NAMES.includes(name) || isFactTable(file)) return 'fact table or config';
  return undefined;
}

/**
 * Whether a file is a draft under its config. `sources` are the files its table lists; `languageKnown`
 * says the editor has already matched the document's language, so its extension is not asked.
 */
export function whyNotDraft(file: string, config: CrosscheckConfig, sources?: ReadonlySet<string>, languageKnown = false): NotDraft | undefined {
  const abs = path.resolve(file);
  const article = notAnArticle(abs);
  if (article) return article;
  if (!languageKnown && !draftExtensions(config.languages).has(path.extname(abs).toLowerCase())) return 'not a draft language';
  if (ignored(config, abs)) return 'ignored';
  const rel = configRelative(config, abs);
  if (config.drafts.length && (rel === undefined || !matchesAny(rel, config.drafts))) return 'not in drafts';
  if (sources?.has(abs)) return 'source';
  return undefined;
}

/** Why a file under `dir` is not a source article for building a table; undefined when it is one. */
export type NotSource = NotDraft | 'not a source format' | 'draft' | 'outside sources/';

/**
 * Whether a file found under `dir` is a source article. Never the repository's own files, tables, the
 * config or ignored files; never the config's drafts. When the config names no drafts, the usual layout
 * decides: nothing in a `drafts/` folder below `dir`, and, when `dir` has a `sources/` folder, only what is
 * in it (its other files are drafts and notes).
 */
export function whyNotSource(file: string, dir: string, config: CrosscheckConfig): NotSource | undefined {
  const abs = path.resolve(file);
  const article = notAnArticle(abs);
  if (article) return article;
  if (!SOURCE_EXTENSIONS.has(path.extname(abs).toLowerCase())) return 'not a source format';
  if (ignored(config, abs)) return 'ignored';
  const rel = configRelative(config, abs);
  if (config.drafts.length) return rel !== undefined && matchesAny(rel, config.drafts) ? 'draft' : undefined;
  const folders = path.relative(path.resolve(dir), abs).split(path.sep).slice(0, -1);
  if (folders.some((f) => DRAFT_FOLDERS.has(f.toLowerCase()))) return 'draft';
  if (path.basename(path.resolve(dir)) !== SOURCE_FOLDER && isDirectory(path.join(dir, SOURCE_FOLDER)) && folders[0] !== SOURCE_FOLDER) {
    return 'outside sources/';
  }
  return undefined;
}

/** Source articles under a folder, for building a table (see `whyNotSource`). */
export function sourcesUnder(dir: string, config: CrosscheckConfig): string[] {
  return walkFiles(dir, SOURCE_EXTENSIONS).filter((f) => whyNotSource(f, dir, config) === undefined);
}

/** Files under a folder that may be drafts (by extension), before each is asked `whyNotDraft`. */
export function draftCandidatesUnder(dir: string, config: CrosscheckConfig): string[] {
  return walkFiles(dir, draftExtensions(config.languages));
}
