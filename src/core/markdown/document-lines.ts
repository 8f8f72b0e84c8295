/**
 * Splits a document into lines the way VS Code numbers them: `\r\n`, lone `\r` and `\n` each end a line
 * (markdown-it normalises the same three, so its `token.map` agrees with these indices).
 */
export function documentLines(text: string): string[] {
  // A plain split is several times faster than the regex, and most notes have no `\r` at all.
  return text.includes('\r') ? text.split(/\r\n|\r|\n/) : text.split('\n');
}

/** The text without a leading byte-order mark, and how many UTF-16 units were removed (0 or 1). */
export function stripBom(text: string): { text: string; bomLength: number } {
  return text.charCodeAt(0) === 0xfeff ? { text: text.slice(1), bomLength: 1 } : { text, bomLength: 0 };
}
