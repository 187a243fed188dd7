// Every default the CLI, the editor and package.json share, in one place (test/unit/manifest.test.ts
// holds package.json's contributed defaults to these).
import { DEFAULT_SEVERITY, type Severity, type Verdict } from '../engine';

export { DEFAULT_SEVERITY };
export type Severities = Readonly<Record<Verdict, Severity>>;

/** Draft languages by VS Code language id, with the file extensions each one is read from on disk. */
export const LANGUAGE_EXTENSIONS: Readonly<Record<string, readonly string[]>> = {
  markdown: ['.md', '.markdown', '.mdx'],
  plaintext: ['.txt', '.text'],
};

export const DEFAULT_LANGUAGES: readonly string[] = ['markdown', 'plaintext'];

/** Source articles may be anything a draft may be, and saved web pages too. */
export const SOURCE_EXTENSIONS: ReadonlySet<string> = new Set([...Object.values(LANGUAGE_EXTENSIONS).flat(), '.html', '.htm', '.xhtml']);

/** Folders never walked into: dependencies, version control, build output. Dot folders are skipped too. */
export const SKIPPED_FOLDERS: ReadonlySet<string> = new Set(['node_modules', '.git', 'out', 'dist']);

/** Files about the repository rather than articles: never drafts, never sources, whatever their extension. */
export const REPOSITORY_FILES = /^(readme|changelog|changes|history|license|licence|copying|contributing|code_of_conduct|security|authors)(\.[^.]*)?$/i;

/** Folders that hold drafts by the usual newsroom layout (`story/drafts/`): never read as sources when the config names no drafts. */
export const DRAFT_FOLDERS: ReadonlySet<string> = new Set(['drafts', 'draft']);

/** The folder a story keeps its source articles in (`story/sources/`): when a folder has one, its sources are there. */
export const SOURCE_FOLDER = 'sources';

/** Milliseconds the editor waits after an edit before checking again. */
export const DEFAULT_DEBOUNCE_MS = 300;

export const CONFIG_NAMES: readonly string[] = ['.crosscheck.yaml', '.crosscheck.yml'];

/** The extensions drafts of these languages have on disk (unknown ids have none: they exist only in the editor). */
export function draftExtensions(languages: readonly string[]): ReadonlySet<string> {
  return new Set(languages.flatMap((l) => LANGUAGE_EXTENSIONS[l] ?? []));
}
