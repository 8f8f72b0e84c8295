// Facts about a note that tests can compute from its text alone, as independent oracles for the extension.

/** 0-based lines of `Note … :` statements with nothing after the colon (text on the next line: mermaid rejects it). */
export function emptyNoteLines(text: string): number[] {
  return text.split(/\r?\n/).flatMap((line, i) => (/^\s*Note (right of|left of|over) [^:]+:\s*$/.test(line) ? [i] : []));
}

/** 0-based line of the first line that contains `needle` (after `from`). */
export function lineOf(text: string, needle: string, from = 0): number {
  const lines = text.split(/\r?\n/);
  for (let i = from; i < lines.length; i++) if (lines[i]!.includes(needle)) return i;
  throw new Error(`no line contains ${JSON.stringify(needle)}`);
}

/** The large saved note large-note.host.ts writes and opens; host-api.test.ts looks for its name in the output. */
export const LARGE_NOTE = 'large-saved-note.md';
