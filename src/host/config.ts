// .crosscheck.yaml: one config for the CLI and the editor, found by walking up from the draft as
// markdownlint-cli2 and cspell find theirs. Problems carry line and column, as the table's do.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { SEVERITIES, VERDICTS, type Severity, type TableProblem, type TableRange, type Verdict } from '../engine';
import { CONFIG_NAMES, DEFAULT_LANGUAGES, DEFAULT_SEVERITY, type Severities } from './defaults';

export interface CrosscheckConfig {
  /** The file it was read from; undefined when no config applies and these are the defaults. */
  file?: string;
  /** The table every draft under the config is checked against (absolute). */
  table?: string;
  /** Tables per folder (absolute paths), the deepest folder first: a draft takes the first whose folder holds it. */
  tables: { folder: string; table: string }[];
  /** Globs relative to the config's folder: when given, only matching files are drafts. */
  drafts: string[];
  /** Globs of files that are never drafts nor sources. */
  ignore: string[];
  severity: Severities;
  /** Fallback document date (YYYY-MM-DD). */
  date?: string;
  languages: string[];
}

export interface LoadedConfig {
  config: CrosscheckConfig;
  problems: TableProblem[];
}

export const CONFIG_KEYS = ['table', 'tables', 'drafts', 'ignore', 'severity', 'date', 'languages'] as const;

export function defaultConfig(): CrosscheckConfig {
  return { tables: [], drafts: [], ignore: [], severity: DEFAULT_SEVERITY, languages: [...DEFAULT_LANGUAGES] };
}

class Problems {
  readonly list: TableProblem[] = [];
  constructor(private readonly lines: LineCounter) {}

  range(start: number, end: number): TableRange {
    const at = (o: number) => {
      const p = this.lines.linePos(o);
      return p.line === 0 ? { line: 1, column: o + 1 } : { line: p.line, column: p.col };
    };
    return { start: at(start), end: at(end), offset: { start, end } };
  }

  /** A problem at a node (a key, a value); at the top of the file when there is none (a missing value). */
  at(node: unknown, message: string, severity: TableProblem['severity'] = 'error'): void {
    const [start, end] = isNode(node) ? (node.range ?? [0, 0]) : [0, 0];
    this.list.push({ severity, message, range: this.range(start, end) });
  }
}

function stringList(node: unknown, key: string, problems: Problems): string[] {
  const items = isSeq(node) ? node.items : [node];
  const out: string[] = [];
  for (const item of items) {
    if (isScalar(item) && typeof item.value === 'string' && item.value.trim()) out.push(item.value.trim());
    else problems.at(item, `'${key}' must be a string or a list of strings`);
  }
  return out;
}

/** A path in the config, resolved against the config's folder. */
function pathValue(node: unknown, key: string, dir: string, problems: Problems): string | undefined {
  if (isScalar(node) && typeof node.value === 'string' && node.value.trim()) return path.resolve(dir, node.value.trim());
  problems.at(node, `'${key}' must be a path relative to this file`);
  return undefined;
}

function severities(node: unknown, problems: Problems): Severities {
  const out: Record<Verdict, Severity> = { ...DEFAULT_SEVERITY };
  if (!isMap(node)) {
    problems.at(node, `'severity' must map verdicts (${VERDICTS.join(', ')}) to ${SEVERITIES.join(', ')}`);
    return out;
  }
  for (const pair of node.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const value = isScalar(pair.value) ? String(pair.value.value) : '';
    if (!(VERDICTS as readonly string[]).includes(key)) {
      problems.at(pair.key, `unknown verdict '${key}' in 'severity'; verdicts are ${VERDICTS.join(', ')}`);
    } else if (!(SEVERITIES as readonly string[]).includes(value)) {
      problems.at(pair.value, `severity of '${key}' must be one of ${SEVERITIES.join(', ')}, not '${value}'`);
    } else {
      // Both checked against their lists just above.
      out[key as Verdict] = value as Severity;
    }
  }
  return out;
}

/** Reads a config's text; `file` is where it lives, for its relative paths. Unknown keys are warnings, bad values errors (the default stands). */
export function loadConfig(text: string, file: string): LoadedConfig {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const problems = new Problems(lines);
  const dir = path.dirname(file);
  const config: CrosscheckConfig = { ...defaultConfig(), file };
  for (const e of doc.errors) problems.list.push({ severity: 'error', message: e.message.split('\n')[0], range: problems.range(e.pos[0], e.pos[1]) });
  const root = doc.contents;
  if (root === null || doc.errors.length) return { config, problems: problems.list };
  if (!isMap(root)) {
    problems.at(root, 'a Crosscheck config must be a map of settings (table, tables, drafts, ignore, severity, date, languages)');
    return { config, problems: problems.list };
  }
  for (const pair of root.items) {
    const keyNode = isScalar(pair.key) ? pair.key : undefined;
    const key = keyNode ? String(keyNode.value) : '';
    const value = pair.value;
    switch (key) {
      case 'table':
        config.table = pathValue(value, key, dir, problems);
        break;
      case 'tables':
        if (!isMap(value)) problems.at(value, "'tables' must map folders to tables, e.g. drafts/flood: flood.facts.yaml");
        else {
          for (const t of value.items) {
            const folder = isScalar(t.key) && typeof t.key.value === 'string' ? path.resolve(dir, t.key.value) : undefined;
            const table = pathValue(t.value, 'tables', dir, problems);
            if (folder && table) config.tables.push({ folder, table });
          }
          config.tables.sort((a, b) => b.folder.length - a.folder.length);
        }
        break;
      case 'drafts':
      case 'ignore':
      case 'languages':
        config[key] = stringList(value, key, problems);
        break;
      case 'severity':
        config.severity = severities(value, problems);
        break;
      case 'date': {
        // YAML reads an unquoted 2026-03-05 as a string here (the default schema keeps dates as strings).
        const v = isScalar(value) ? String(value.value) : '';
        if (/^\d{4}-\d{2}-\d{2}$/.test(v)) config.date = v;
        else problems.at(value, `'date' must be YYYY-MM-DD, not '${v}'`);
        break;
      }
      default:
        problems.at(keyNode, `unknown key '${key}' (ignored); known keys: ${CONFIG_KEYS.join(', ')}`, 'warning');
    }
  }
  return { config, problems: problems.list };
}

/** The nearest config file in `dir` or a folder above it. */
export function findConfigFile(dir: string): string | undefined {
  for (let d = path.resolve(dir); ;) {
    for (const name of CONFIG_NAMES) {
      const candidate = path.join(d, name);
      if (fs.existsSync(candidate)) return candidate;
    }
    const up = path.dirname(d);
    if (up === d) return undefined;
    d = up;
  }
}

/** Configs read once per file version (by modification time), so an editor sees edits and a CLI run reads each once. */
export class ConfigCache {
  private readonly loaded = new Map<string, { mtimeMs: number; loaded: LoadedConfig }>();

  /** The config that applies to a file or folder, with its problems; the defaults when there is none. */
  forPath(fileOrDir: string, isDir = false): LoadedConfig {
    const file = findConfigFile(isDir ? fileOrDir : path.dirname(path.resolve(fileOrDir)));
    return file ? this.read(file) : { config: defaultConfig(), problems: [] };
  }

  read(file: string): LoadedConfig {
    let mtimeMs: number;
    try {
      mtimeMs = fs.statSync(file).mtimeMs;
    } catch {
      return { config: defaultConfig(), problems: [] };
    }
    const cached = this.loaded.get(file);
    if (cached && cached.mtimeMs === mtimeMs) return cached.loaded;
    let text = '';
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      // Gone between stat and read: no config, as if it had never been there.
    }
    const loaded = loadConfig(text, file);
    this.loaded.set(file, { mtimeMs, loaded });
    return loaded;
  }
}
