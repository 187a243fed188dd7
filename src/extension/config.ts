import * as vscode from 'vscode';
import { VERDICTS, type Verdict } from '../engine';

export const SECTION = 'crosscheck';

/** 'none' hides a verdict, as `agrees` is hidden by default. */
export type SeverityName = 'error' | 'warning' | 'information' | 'hint' | 'none';

export interface Settings {
  enable: boolean;
  languages: string[];
  factTable: string;
  date: string;
  debounceMs: number;
  severity: Record<Verdict, SeverityName>;
}

const DEFAULT_SEVERITY: Record<Verdict, SeverityName> = {
  disagrees: 'warning',
  unsupported: 'warning',
  misspelled: 'warning',
  contested: 'information',
  agrees: 'none',
};

const SEVERITY_NAMES: readonly SeverityName[] = ['error', 'warning', 'information', 'hint', 'none'];

function pick<T>(value: unknown, valid: (v: unknown) => v is T, fallback: T): T {
  return valid(value) ? value : fallback;
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isSeverity = (v: unknown): v is SeverityName => typeof v === 'string' && (SEVERITY_NAMES as readonly string[]).includes(v);

/** Settings read with their types checked: a hand-edited settings.json must not break the extension. */
export function readSettings(scope?: vscode.ConfigurationScope): Settings {
  const c = vscode.workspace.getConfiguration(SECTION, scope);
  const languages = c.get<unknown>('languages');
  const severity = { ...DEFAULT_SEVERITY };
  for (const v of VERDICTS) severity[v] = pick(c.get<unknown>(`severity.${v}`), isSeverity, DEFAULT_SEVERITY[v]);
  return {
    enable: pick(c.get<unknown>('enable'), (v): v is boolean => typeof v === 'boolean', true),
    languages: Array.isArray(languages) && languages.every(isString) ? languages : ['markdown', 'plaintext'],
    factTable: pick(c.get<unknown>('factTable'), isString, ''),
    date: pick(c.get<unknown>('date'), isString, ''),
    debounceMs: pick(c.get<unknown>('debounce'), (v): v is number => typeof v === 'number' && v >= 0, 300),
    severity,
  };
}

export function toDiagnosticSeverity(name: SeverityName): vscode.DiagnosticSeverity | undefined {
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
