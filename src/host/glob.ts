// Globs as .gitignore and markdownlint-cli2 read them, for the config's `drafts` and `ignore`:
// `*` and `?` stay within a folder, `**` crosses folders, `{a,b}` and `[abc]` choose. A pattern with
// no slash matches at any depth, and a pattern naming a folder covers everything inside it.

const cache = new Map<string, RegExp>();

function escape(c: string): string {
  return /[.+^${}()|\\]/.test(c) ? `\\${c}` : c;
}

export function globToRegExp(glob: string): RegExp {
  const known = cache.get(glob);
  if (known) return known;
  const g = glob.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '');
  const anchored = g.replace(/\/\*\*$/, '').includes('/');
  let re = '';
  let braces = 0;
  for (let i = 0; i < g.length; i++) {
    const c = g[i];
    if (c === '*' && g[i + 1] === '*') {
      const slash = g[i + 2] === '/';
      re += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '{') {
      braces++;
      re += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      re += ')';
    } else if (c === ',' && braces > 0) re += '|';
    else if (c === '[') {
      const close = g.indexOf(']', i + 1);
      if (close < 0) re += '\\[';
      else {
        re += `[${g
          .slice(i + 1, close)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\')}]`;
        i = close;
      }
    } else re += escape(c);
  }
  const out = new RegExp(`^${anchored ? '' : '(?:.*/)?'}${re}(?:/.*)?$`);
  cache.set(glob, out);
  return out;
}

/** Whether a path relative to the config's folder, with '/' between folders, matches any of the globs. */
export function matchesAny(relativePath: string, globs: readonly string[]): boolean {
  return globs.some((g) => globToRegExp(g).test(relativePath));
}
