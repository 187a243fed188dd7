// Decisions a writer records in the draft: `<!-- crosscheck-ignore-next-line blockade-ships -->` or
// `<!-- crosscheck-ignore-next-line "14 warships" -->` hides the findings on the next line that are on
// that fact or have that text, and `<!-- crosscheck-disable NAME -->` ... `<!-- crosscheck-enable -->`
// does so for a region. A Markdown paragraph is one line, so a comment naming nothing would hide every
// finding of the paragraph; that bare form is the engine's (src/engine/text/mask.ts) and stays as it was.
import type { Finding, Span } from '../engine';

const DIRECTIVE = /<!--\s*crosscheck-(ignore-next-line|disable|enable)\b([^]*?)-->/g;

export interface Suppression extends Span {
  /** Fact ids named. */
  facts: string[];
  /** Claim texts named (quoted in the comment). */
  texts: string[];
}

function names(args: string): { facts: string[]; texts: string[] } {
  const texts: string[] = [];
  const rest = args.replace(/"([^"]*)"|'([^']*)'/g, (_m, a: string | undefined, b: string | undefined) => {
    texts.push((a ?? b ?? '').replace(/\s+/g, ' ').trim());
    return ' ';
  });
  return { facts: rest.split(/[\s,]+/).filter(Boolean), texts: texts.filter(Boolean) };
}

/** The span of the first line with text after `from`: blank lines between a comment and its line do not count. */
function nextLine(text: string, from: number): Span | undefined {
  let start = text.indexOf('\n', from);
  if (start < 0) return undefined;
  start++;
  while (start < text.length) {
    const end = text.indexOf('\n', start);
    const stop = end < 0 ? text.length : end;
    if (text.slice(start, stop).trim()) return { start, end: stop };
    start = stop + 1;
  }
  return undefined;
}

/** Every named suppression in a draft, with the span it covers. */
export function suppressionsIn(text: string): Suppression[] {
  const out: Suppression[] = [];
  const open: Suppression[] = [];
  for (const m of text.matchAll(DIRECTIVE)) {
    const at = m.index ?? 0;
    const named = names(m[2]);
    if (m[1] === 'ignore-next-line') {
      const line = nextLine(text, at + m[0].length);
      if (line && (named.facts.length || named.texts.length)) out.push({ ...line, ...named });
    } else if (m[1] === 'disable') {
      if (named.facts.length || named.texts.length) open.push({ start: at + m[0].length, end: text.length, ...named });
    } else {
      // `enable NAME` closes the regions naming it; a bare `enable` closes them all.
      for (let i = open.length - 1; i >= 0; i--) {
        const r = open[i];
        const closes =
          !named.facts.length && !named.texts.length ? true : named.facts.some((f) => r.facts.includes(f)) || named.texts.some((t) => r.texts.includes(t));
        if (closes) {
          out.push({ ...r, end: at });
          open.splice(i, 1);
        }
      }
    }
  }
  return [...out, ...open];
}

/** A quoted text names a claim it overlaps where it occurs in the covered span ("14 warships" names the claim "14"). */
function textNames(text: string, s: Suppression, quoted: string, f: Finding): boolean {
  for (let at = text.indexOf(quoted, s.start); at >= 0 && at < s.end; at = text.indexOf(quoted, at + 1)) {
    if (at < f.end && at + quoted.length > f.start) return true;
  }
  return false;
}

function covers(text: string, s: Suppression, f: Finding): boolean {
  if (f.start < s.start || f.start >= s.end) return false;
  return s.facts.includes(f.factId) || s.texts.some((t) => textNames(text, s, t, f));
}

/** The findings no suppression in the text hides. */
export function unsuppressed(text: string, findings: readonly Finding[]): Finding[] {
  const all = suppressionsIn(text);
  return all.length ? findings.filter((f) => !all.some((s) => covers(text, s, f))) : [...findings];
}

/** The comment that hides one finding: by its fact when no other finding on the line shares it, else by its text. */
export function ignoreComment(finding: Finding, sameLine: readonly Finding[]): string {
  const shared = sameLine.some((o) => o !== finding && o.factId === finding.factId);
  const name = shared ? `"${finding.text.replace(/\s+/g, ' ').trim().replace(/"/g, "'")}"` : finding.factId;
  return `<!-- crosscheck-ignore-next-line ${name} -->`;
}
