/**
 * Text from a fact table or a source goes into Markdown as text, never as markup: every ASCII
 * punctuation character is backslash-escaped (CommonMark's escape for exactly these), so a table
 * cannot inject links, autolinks, commands, images or HTML into a hover card; line breaks become
 * spaces so a value cannot break out of its table cell.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[!-/:-@[-`{-~]/g, (c) => `\\${c}`).replace(/\s*[\r\n]+\s*/g, ' ');
}
