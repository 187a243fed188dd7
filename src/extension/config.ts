import * as path from 'node:path';
import * as vscode from 'vscode';
import { SEVERITIES, VERDICTS, type Severity, type Verdict } from '../engine';
import { ConfigCache, defaultConfig, type CrosscheckConfig } from '../host/config';
import { DEFAULT_DEBOUNCE_MS, type Severities } from '../host/defaults';

export const SECTION = 'crosscheck';

export interface Settings {
  enable: boolean;
  languages: string[];
  /** The `crosscheck.factTable` setting, absolute; undefined: the config's table, else the nearest above the draft. */
  factTable?: string;
  date: string;
  debounceMs: number;
  severity: Severities;
  /** The .crosscheck.yaml that applies (defaults when there is none), for which files are drafts. */
  config: CrosscheckConfig;
}

/** Configs are read again only when their file changes (the cache compares modification times). */
const configs = new ConfigCache();

export function configFor(scope?: vscode.Uri): CrosscheckConfig {
  if (scope?.scheme === 'file') return configs.forPath(scope.fsPath).config;
  const folder = (scope && vscode.workspace.getWorkspaceFolder(scope)) ?? vscode.workspace.workspaceFolders?.[0];
  return folder ? configs.forPath(folder.uri.fsPath, true).config : defaultConfig();
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isSeverity = (v: unknown): v is Severity => typeof v === 'string' && (SEVERITIES as readonly string[]).includes(v);

/**
 * A setting the user has set somewhere (user, workspace or folder settings), with its type checked: a
 * hand-edited settings.json must not break the extension. Unset settings leave .crosscheck.yaml's value.
 */
function userValue<T>(c: vscode.WorkspaceConfiguration, key: string, valid: (v: unknown) => v is T): T | undefined {
  const i = c.inspect<unknown>(key);
  const value = i?.workspaceFolderValue ?? i?.workspaceValue ?? i?.globalValue;
  return valid(value) ? value : undefined;
}

/** Settings for a document: VS Code's settings where the user set them, else .crosscheck.yaml, else the defaults. */
export function readSettings(scope?: vscode.Uri): Settings {
  const c = vscode.workspace.getConfiguration(SECTION, scope);
  const config = configFor(scope);
  const severity: Record<Verdict, Severity> = { ...config.severity };
  for (const v of VERDICTS) severity[v] = userValue(c, `severity.${v}`, isSeverity) ?? config.severity[v];
  const factTable = userValue(c, 'factTable', isString);
  const folder = (scope && vscode.workspace.getWorkspaceFolder(scope)) ?? vscode.workspace.workspaceFolders?.[0];
  return {
    enable: userValue(c, 'enable', (v): v is boolean => typeof v === 'boolean') ?? true,
    languages: userValue(c, 'languages', (v): v is string[] => Array.isArray(v) && v.every(isString)) ?? config.languages,
    factTable: factTable ? (path.isAbsolute(factTable) || !folder ? factTable : path.join(folder.uri.fsPath, factTable)) : undefined,
    // The config file's date is a fallback after the draft's own dateline (settings.config.date); a date set here comes first.
    date: userValue(c, 'date', isString) || '',
    debounceMs: userValue(c, 'debounce', (v): v is number => typeof v === 'number' && v >= 0) ?? DEFAULT_DEBOUNCE_MS,
    severity,
    config,
  };
}

export function toDiagnosticSeverity(name: Severity): vscode.DiagnosticSeverity | undefined {
  switch (name) {
    case 'error':
      return vscode.DiagnosticSeverity.Error;
    case 'warning':
      return vscode.DiagnosticSeverity.Warning;
    case 'information':
      return vscode.DiagnosticSeverity.Information;
    case 'hint':
      return vscode.DiagnosticSeverity.Hint;
    case 'none':
      return undefined;
  }
}
