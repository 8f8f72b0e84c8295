/** The lines of a document after an edit, and which of them the edit may have changed. */
export interface EditedLines {
  readonly lines: readonly string[];
  /** Lines before this index are the old document's, unchanged. */
  readonly first: number;
  /** This many lines at the end are the old document's last lines, unchanged. */
  readonly same: number;
}

/** Texts are compared this many characters at a time (string equality is a memory compare) before char by char. */
const BLOCK = 1024;

/**
 * The new text's lines built from the old text's lines and only the stretch of text the edit changed: splitting
 * a 10 MB note into lines again, and comparing 200,000 lines, cost more than everything else an edit does.
 * Undefined for text with `\r` line ends, whose lines the caller splits in full.
 */
export function editedLines(oldText: string, oldLines: readonly string[], text: string): EditedLines | undefined {
  if (oldText.includes('\r') || text.includes('\r')) return undefined;
  const shortest = Math.min(oldText.length, text.length);
  let prefix = 0;
  while (prefix + BLOCK <= shortest && oldText.slice(prefix, prefix + BLOCK) === text.slice(prefix, prefix + BLOCK)) prefix += BLOCK;
  while (prefix < shortest && oldText.charCodeAt(prefix) === text.charCodeAt(prefix)) prefix++;
  if (prefix === oldText.length && prefix === text.length) return { lines: oldLines, first: oldLines.length, same: 0 };

  const room = shortest - prefix; // the common suffix may not overlap the common prefix
  let suffix = 0;
  const oldEnd = oldText.length;
  const newEnd = text.length;
  while (suffix + BLOCK <= room && oldText.slice(oldEnd - suffix - BLOCK, oldEnd - suffix) === text.slice(newEnd - suffix - BLOCK, newEnd - suffix)) suffix += BLOCK;
  while (suffix < room && oldText.charCodeAt(oldEnd - 1 - suffix) === text.charCodeAt(newEnd - 1 - suffix)) suffix++;

  // The changed stretch, widened to whole lines: from the start of the line holding the first changed character
  // to the end of the line holding the last one (in the old text; the new text's end is the same suffix).
  // (lastIndexOf clamps a negative start to 0, which would find a newline at 0: hence the explicit check.)
  const start = prefix === 0 ? 0 : oldText.lastIndexOf('\n', prefix - 1) + 1;
  const first = newlinesBetween(oldText, 0, start);
  const oldLineEnd = oldText.indexOf('\n', oldEnd - suffix);
  const last = oldLineEnd === -1 ? oldLines.length - 1 : first + newlinesBetween(oldText, start, oldLineEnd);
  const newLineEnd = oldLineEnd === -1 ? newEnd : oldLineEnd + (newEnd - oldEnd);
  const middle = text.slice(start, newLineEnd).split('\n');
  return {
    lines: [...oldLines.slice(0, first), ...middle, ...oldLines.slice(last + 1)],
    first,
    same: oldLines.length - 1 - last,
  };
}

function newlinesBetween(text: string, from: number, to: number): number {
  let count = 0;
  for (let at = text.indexOf('\n', from); at !== -1 && at < to; at = text.indexOf('\n', at + 1)) count++;
  return count;
}
