import type { Position, Range, TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { TextDocumentsConfiguration } from 'vscode-languageserver';
import type { LinedDocument } from '../core/markdown/diagram-finder';

/**
 * An open document kept as an array of lines instead of one string (VS Code keeps its own in a piece tree for the
 * same reason). vscode-languageserver-textdocument rebuilds its whole string on every keystroke and then reads it
 * next to the edit, which copies a 10 MB note each time (20-36 ms here), and the diagram finder then had to
 * compare the old and new strings to find what changed. Here an edit replaces only the lines it touches: unchanged
 * lines stay the same string objects from version to version, so the finder finds the edit by comparing
 * references, and the whole text is joined only when something asks for it (once per version).
 * Behaves exactly as vscode-languageserver-textdocument's documents do (a property test holds it to that).
 */
export class LineDocument implements TextDocument {
  private lineTexts: readonly string[];
  /**
   * The end of each line but the last (`\n`, `\r\n` or `\r`); undefined while every one is `\n`, as in most notes,
   * so an edit copies one array, not two.
   */
  private eols: readonly string[] | undefined;
  private text: string | undefined;
  private offsets: number[] | undefined;

  constructor(
    readonly uri: string,
    readonly languageId: string,
    private currentVersion: number,
    content: string,
  ) {
    ({ lines: this.lineTexts, eols: this.eols } = splitLines(content));
    this.text = content;
  }

  get version(): number {
    return this.currentVersion;
  }

  get lineCount(): number {
    return this.lineTexts.length;
  }

  /**
   * The document's lines without their ends, split as VS Code numbers them. A new array after each edit; the lines
   * an edit did not touch are the previous array's string objects.
   */
  get lines(): readonly string[] {
    return this.lineTexts;
  }

  getText(range?: Range): string {
    if (range) return this.textBetween(range);
    this.text ??= joined(this.lineTexts, this.eols);
    return this.text;
  }

  /**
   * This version's lines and text, which later edits do not change: what the diagram cache parses. Its text is
   * joined once, shared with the document while the document is still at this version.
   */
  snapshot(): LinedDocument {
    const { lineTexts: lines, eols } = this;
    let text = this.text;
    return {
      lines,
      getText: () => (text ??= this.lineTexts === lines ? this.getText() : joined(lines, eols)),
    };
  }

  offsetAt(position: Position): number {
    const offsets = this.lineOffsets();
    if (position.line >= this.lineTexts.length) return offsets[offsets.length - 1];
    if (position.line < 0) return 0;
    const start = offsets[position.line];
    if (position.character <= 0) return start;
    return start + Math.min(position.character, this.lineTexts[position.line].length);
  }

  positionAt(offset: number): Position {
    const offsets = this.lineOffsets();
    const at = Math.max(Math.min(offset, offsets[offsets.length - 1]), 0);
    let low = 0;
    let high = this.lineTexts.length; // first line starting after `at`
    while (low < high) {
      const mid = (low + high) >> 1;
      if (offsets[mid] > at) high = mid;
      else low = mid + 1;
    }
    const line = low - 1;
    // An offset inside a line end means the end of that line's text.
    return { line, character: Math.min(at - offsets[line], this.lineTexts[line].length) };
  }

  getLineRange(line: number): Range {
    if (line < 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const at = Math.min(line, this.lineTexts.length - 1);
    return { start: { line: at, character: 0 }, end: { line: at, character: this.lineTexts[at].length } };
  }

  getEOLCharacters(line: number): string {
    return line < 0 || line >= this.lineTexts.length - 1 ? '' : this.eolAfter(line);
  }

  update(changes: readonly TextDocumentContentChangeEvent[], version: number): void {
    for (const change of changes) {
      if (isIncremental(change)) this.replace(change.range, change.text);
      else if (isFull(change)) this.replaceAll(change.text);
      else throw new Error('Unknown change event received');
    }
    this.currentVersion = version;
  }

  private replaceAll(content: string): void {
    ({ lines: this.lineTexts, eols: this.eols } = splitLines(content));
    this.text = content;
    this.offsets = undefined;
  }

  /** Replaces the text in `range` by splitting again only the lines it spans. */
  private replace(range: Range, text: string): void {
    const [start, end] = this.ordered(range);
    const lines = this.lineTexts;
    const last = lines.length - 1;
    // A line ending in a lone `\r` is re-split too: text inserted after it may start with the `\n` that makes a `\r\n`.
    const from = start.line > 0 && this.eols?.[start.line - 1] === '\r' ? start.line - 1 : start.line;
    const before = from < start.line ? `${lines[from]}\r${lines[start.line].slice(0, start.character)}` : lines[start.line].slice(0, start.character);
    const after = lines[end.line].slice(end.character) + (end.line < last ? this.eolAfter(end.line) : '');
    const middle = splitLines(before + text + after);
    // Unless `end.line` is the last line, the middle ends with that line's old line end, so its last piece is empty:
    // it is where the next, unchanged, line starts.
    const newLines = end.line < last ? middle.lines.slice(0, -1) : middle.lines;
    this.lineTexts = lines.slice(0, from).concat(newLines, lines.slice(end.line + 1));
    if (this.eols || middle.eols) {
      const old = this.eols ?? newlines(last);
      const eols = old.slice(0, from).concat(middle.eols ?? newlines(middle.lines.length - 1), old.slice(end.line + 1));
      this.eols = eols.some((eol) => eol !== '\n') ? eols : undefined;
    }
    this.text = undefined;
    this.offsets = undefined;
  }

  private textBetween(range: Range): string {
    const [start, end] = this.ordered(range);
    if (this.text !== undefined) return this.text.slice(this.offsetAt(start), this.offsetAt(end));
    if (start.line === end.line) return this.lineTexts[start.line].slice(start.character, end.character);
    const parts = [this.lineTexts[start.line].slice(start.character), this.eolAfter(start.line)];
    for (let line = start.line + 1; line < end.line; line++) parts.push(this.lineTexts[line], this.eolAfter(line));
    parts.push(this.lineTexts[end.line].slice(0, end.character));
    return parts.join('');
  }

  /** The range's ends, first one first, each moved onto the document as offsetAt would (a line past the end is the end). */
  private ordered(range: Range): [Position, Position] {
    const a = this.clamped(range.start);
    const b = this.clamped(range.end);
    return a.line < b.line || (a.line === b.line && a.character <= b.character) ? [a, b] : [b, a];
  }

  private clamped(position: Position): Position {
    const last = this.lineTexts.length - 1;
    if (position.line > last) return { line: last, character: this.lineTexts[last].length };
    if (position.line < 0) return { line: 0, character: 0 };
    return { line: position.line, character: Math.max(0, Math.min(position.character, this.lineTexts[position.line].length)) };
  }

  /** The end of a line that is not the last. */
  private eolAfter(line: number): string {
    return this.eols?.[line] ?? '\n';
  }

  /** Where each line starts, and the text's length last; built on the first offset question after an edit. */
  private lineOffsets(): number[] {
    if (this.offsets) return this.offsets;
    const offsets = new Array<number>(this.lineTexts.length + 1);
    let at = 0;
    for (let line = 0; line < this.lineTexts.length; line++) {
      offsets[line] = at;
      at += this.lineTexts[line].length + (line < this.lineTexts.length - 1 ? this.eolAfter(line).length : 0);
    }
    offsets[this.lineTexts.length] = at;
    return (this.offsets = offsets);
  }
}

/** How TextDocuments creates and updates the server's documents. */
export const LINE_DOCUMENTS: TextDocumentsConfiguration<TextDocument> = {
  create: (uri, languageId, version, content) => new LineDocument(uri, languageId, version, content),
  update: (document, changes, version) => {
    if (!(document instanceof LineDocument)) throw new Error('LineDocument.update: the document was not created as a LineDocument');
    document.update(changes, version);
    return document;
  },
};

/** Text split as VS Code numbers lines (`\r\n`, lone `\r` and `\n` each end one), with each line's end kept. */
function splitLines(text: string): { lines: string[]; eols: string[] | undefined } {
  // Most notes have no `\r`: one split, and no line end but `\n` to remember.
  if (!text.includes('\r')) return { lines: text.split('\n'), eols: undefined };
  const lines: string[] = [];
  const eols: string[] = [];
  const eol = /\r\n|\r|\n/g;
  let start = 0;
  for (let match = eol.exec(text); match; match = eol.exec(text)) {
    lines.push(text.slice(start, match.index));
    eols.push(match[0]);
    start = match.index + match[0].length;
  }
  lines.push(text.slice(start));
  return { lines, eols };
}

function newlines(count: number): string[] {
  return new Array<string>(count).fill('\n');
}

function joined(lines: readonly string[], eols: readonly string[] | undefined): string {
  if (!eols) return lines.join('\n');
  const parts: string[] = [];
  for (let line = 0; line < lines.length; line++) parts.push(lines[line], eols[line] ?? '');
  return parts.join('');
}

// The same tests as vscode-languageserver-textdocument's, so the same events are accepted and refused.
function isIncremental(change: TextDocumentContentChangeEvent): change is { range: Range; rangeLength?: number; text: string } {
  const candidate = change as { range?: Range; rangeLength?: unknown; text?: unknown } | null | undefined;
  return (
    candidate !== undefined &&
    candidate !== null &&
    typeof candidate.text === 'string' &&
    candidate.range !== undefined &&
    (candidate.rangeLength === undefined || typeof candidate.rangeLength === 'number')
  );
}

function isFull(change: TextDocumentContentChangeEvent): change is { text: string } {
  const candidate = change as { range?: Range; rangeLength?: unknown; text?: unknown } | null | undefined;
  return candidate !== undefined && candidate !== null && typeof candidate.text === 'string' && candidate.range === undefined && candidate.rangeLength === undefined;
}
