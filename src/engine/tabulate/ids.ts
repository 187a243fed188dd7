// Readable, stable ids: a reviewer writes `boat-strike-deaths` in a commit message, never `fact-17`.
// An id depends only on what the fact says, so the same sources always give the same ids.

/** Lower-case ASCII words joined by hyphens: "Nicolás Maduro" -> "nicolas-maduro". */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** `base`, or `base-2`, `base-3`... whichever is free. */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  const root = base || 'fact';
  if (!taken.has(root)) return root;
  for (let n = 2; ; n++) if (!taken.has(`${root}-${n}`)) return `${root}-${n}`;
}

/** An id from a fact's leading words, at most `max` of them, without repeats: ["strikes", "boats", "deaths"]. */
export function idFromWords(words: readonly string[], max = 3): string {
  const parts: string[] = [];
  for (const w of words) {
    const slug = slugify(w);
    if (slug && !parts.includes(slug)) parts.push(slug);
    if (parts.length >= max) break;
  }
  return parts.join('-');
}
