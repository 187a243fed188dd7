// Which currency codes a writer can mean by the same word.

/** "pesos" alone names whichever peso the story is about; the extractor can only guess one of them. */
const PESOS = new Set(['MXN', 'PHP', 'ARS', 'COP', 'CLP', 'CUP', 'DOP', 'UYU']);

/** Two currency codes a claim and a fact may share: the same code, or two pesos. */
export function sameCurrency(a: string, b: string): boolean {
  return a === b || (PESOS.has(a) && PESOS.has(b));
}
