/**
 * Mermaid does not parse the diagram text it is given: `preprocessDiagram` (mermaid 12.3.0, src/preprocess.ts)
 * first cuts YAML front matter, removes `%%{…}%%` directives, drops `%%` comment lines together with the blank
 * lines before them and trims leading whitespace, and only then parses — so its "line N" counts lines of that
 * cleaned text. This module replays the same steps while remembering where every kept character came from,
 * so a mermaid line (and column) maps back to the exact line of the diagram the author wrote.
 */

/** The text mermaid's parser sees, with each character's offset in the original diagram text. */
export interface MermaidSource {
  /** What mermaid parses, without the `\n` it appends. */
  readonly text: string;
  /** origin[i] = offset in the original text of text[i]; origin[text.length] = the original length. */
  readonly origin: readonly number[];
}

// Mermaid's directive pattern (src/diagram-api/regexes.ts): `%%{` … optional `}%%`, possibly across lines.
const DIRECTIVE = /%{2}{\s*(?:(\w+)\s*:|(\w+))\s*(?:(\w+)|((?:(?!}%{2}).|\r?\n)*))?\s*(?:}%{2})?/gi;
// Mermaid's comment pattern (src/diagram-api/comments.ts). `^\s*` also swallows blank lines before a comment.
const COMMENT_LINE = /^\s*%%(?!{)[^\n]+\n?/gm;
const WHITESPACE = /\s/;

/** Replays mermaid's preprocessing of `text`; `keepComments` for diagram types that parse with comments. */
export function mermaidSource(text: string, keepComments = false): MermaidSource {
  let source: MermaidSource = { text, origin: Array.from({ length: text.length + 1 }, (_, i) => i) };
  const frontMatterLength = frontMatterLengthOf(text);
  if (frontMatterLength > 0) source = without(source, [[0, frontMatterLength]]);
  source = without(source, matchesOf(source.text, DIRECTIVE));
  if (!keepComments) {
    source = without(source, matchesOf(source.text, COMMENT_LINE));
    const leading = source.text.length - source.text.trimStart().length;
    source = without(source, [[0, leading]]);
  }
  return source;
}

/**
 * The 0-based line and column of the original text for mermaid's 1-based `line` (and 0-based `column` within
 * it); undefined when that line is past the end of what mermaid parsed (an error at end of input).
 */
export function originalPosition(source: MermaidSource, original: string, line: number, column = 0): { line: number; column: number } | undefined {
  const lines = source.text.split('\n');
  if (line < 1 || line > lines.length) return undefined;
  let offset = 0;
  for (let i = 0; i < line - 1; i++) offset += lines[i].length + 1;
  const lineText = lines[line - 1];
  // Only blank lines from here on: this is the end of input, not a line the author wrote.
  if (lines.slice(line - 1).every((l) => l.trim() === '')) return undefined;
  const at = source.origin[offset + Math.min(Math.max(0, column), lineText.length)];
  const before = original.slice(0, at);
  const originalLine = before.split('\n').length - 1;
  return { line: originalLine, column: at - (before.lastIndexOf('\n') + 1) };
}

function matchesOf(text: string, pattern: RegExp): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const match of text.matchAll(pattern)) {
    if (match[0].length > 0) ranges.push([match.index, match.index + match[0].length]);
  }
  return ranges;
}

/** The source with the given sorted, non-overlapping [start, end) ranges of its text removed. */
function without(source: MermaidSource, ranges: ReadonlyArray<[number, number]>): MermaidSource {
  if (ranges.length === 0) return source;
  let text = '';
  const origin: number[] = [];
  let kept = 0;
  for (const [start, end] of [...ranges, [source.text.length, source.text.length] as [number, number]]) {
    text += source.text.slice(kept, start);
    for (let i = kept; i < start; i++) origin.push(source.origin[i]);
    kept = Math.max(kept, end);
  }
  origin.push(source.origin[source.text.length]);
  return { text, origin };
}

const isLineBreak = (char: string | undefined): boolean => char === '\n' || char === '\r';

/**
 * Length of the front matter mermaid cuts from the start of `text` (0 if none), following mermaid 12.3.0's
 * `matchFrontMatter`: an optionally indented `---` line, a body, and the first `<indent>---` line that is followed
 * by a line break; the cut also takes the whitespace after that closing line up to its last line break.
 */
export function frontMatterLengthOf(text: string): number {
  let cursor = 0;
  while (cursor < text.length && WHITESPACE.test(text[cursor]) && !isLineBreak(text[cursor])) cursor++;
  if (!text.startsWith('---', cursor)) return 0;
  const indent = text.slice(0, cursor);
  const openingEnds: number[] = [];
  for (let i = cursor + 3; i < text.length && WHITESPACE.test(text[i]); i++) {
    if (isLineBreak(text[i])) openingEnds.push(i);
  }
  if (openingEnds.length === 0) return 0;

  const closing = indent + '---';
  const closingEnd = (i: number): number => {
    if (!isLineBreak(text[i]) || !text.startsWith(closing, i + 1)) return -1;
    let lastBreak = -1;
    for (let j = i + 1 + closing.length; j < text.length && WHITESPACE.test(text[j]); j++) {
      if (isLineBreak(text[j])) lastBreak = j;
    }
    return lastBreak;
  };
  let lastClosing = -1;
  for (let i = openingEnds[0] + 1; i < text.length; i++) if (closingEnd(i) !== -1) lastClosing = i;
  if (lastClosing === -1) return 0;
  let openingEnd = openingEnds[0];
  for (const candidate of openingEnds) if (candidate < lastClosing) openingEnd = candidate;
  for (let i = openingEnd + 1; i <= lastClosing; i++) {
    const end = closingEnd(i);
    if (end !== -1) return end + 1;
  }
  return 0;
}
