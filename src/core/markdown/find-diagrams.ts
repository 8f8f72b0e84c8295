import MarkdownIt from 'markdown-it';
import type { Diagram, DiagramFence } from './diagram';
import { diagramKeyword, untaggedDiagramKeyword } from './diagram-keywords';
import { documentLines, stripBom } from './document-lines';
import { firstContentLine } from './first-content-line';
import { withoutFrontMatter } from './front-matter';

export interface FindDiagramsOptions {
  /** `mermaid` for a whole `.mmd` / `.mermaid` file; Markdown otherwise. */
  readonly languageId?: 'markdown' | 'mermaid';
  /** Treat untagged fences that start with a diagram keyword as diagrams (default true). */
  readonly untagged?: boolean;
}

// html: true so HTML comments become html_block tokens and the fences inside them are not seen, as in VS Code's
// preview. Only block parsing is needed: skipping inline parsing keeps a 500-diagram note fast.
const markdownIt = new MarkdownIt({ html: true });
markdownIt.core.ruler.enableOnly(['normalize', 'block']);

/** Every Mermaid diagram in a Markdown document (or the whole text of a `.mmd` file), in document order. */
export function findDiagrams(text: string, options: FindDiagramsOptions = {}): Diagram[] {
  const lines = findableLines(text);
  if (options.languageId === 'mermaid') return [wholeFileDiagram(lines)];
  return scanDiagrams(withoutFrontMatter(stripBom(text).text), 0, lines, options.untagged ?? true).diagrams;
}

/**
 * The document's lines as diagram finding indexes them: VS Code's line numbering, with a leading BOM kept on
 * line 0 so columns stay those of the text we were given.
 */
export function findableLines(text: string): string[] {
  const { text: body, bomLength } = stripBom(text);
  const lines = documentLines(body);
  if (bomLength) lines[0] = '\uFEFF' + lines[0];
  return lines;
}

/** The diagrams of a stretch of Markdown, and the lines where its top-level blocks start. */
export interface DiagramScan {
  readonly diagrams: Diagram[];
  /** Document lines where a top-level (root) block starts, ascending: points where block parsing restarts fresh. */
  readonly blockStarts: number[];
}

/**
 * Scans `markdown`, which is the document from line `firstLine` on (the whole of it, or a stretch that starts at a
 * top-level block), for diagrams. `lines` are the whole document's lines; positions come out in document lines.
 */
export function scanDiagrams(markdown: string, firstLine: number, lines: readonly string[], untagged: boolean): DiagramScan {
  const diagrams: Diagram[] = [];
  const blockStarts: number[] = [];
  for (const token of markdownIt.parse(markdown, {})) {
    if (!token.map) continue;
    const map: [number, number] = [token.map[0] + firstLine, token.map[1] + firstLine];
    if (token.level === 0 && token.nesting !== -1) blockStarts.push(map[0]);
    if (token.type !== 'fence') continue;
    const diagram = fenceDiagram(token.info, token.markup, token.content, map, lines, untagged);
    if (diagram) diagrams.push(diagram);
  }
  return { diagrams, blockStarts };
}

function fenceDiagram(
  rawInfo: string,
  marker: string,
  content: string,
  map: [number, number],
  lines: readonly string[],
  untagged: boolean,
): Diagram | undefined {
  const info = rawInfo.trim();
  const language = info.split(/[\s{]/, 1)[0];
  const tagged = language === 'mermaid';
  if (!tagged && (info !== '' || !untagged)) return undefined;

  const contentLines = content === '' ? [] : content.replace(/\n$/, '').split('\n');
  const startLine = map[0] + 1;
  const lineStarts = contentLines.map((line, i) => contentColumn(lines[startLine + i] ?? '', line));
  const textLines = lineStarts.map((start, i) => (lines[startLine + i] ?? '').slice(start));
  const first = firstContentLine(textLines);
  const kind = first === undefined ? undefined : tagged ? diagramKeyword(textLines[first]) : untaggedDiagramKeyword(textLines[first]);
  if (!tagged && kind === undefined) return undefined;

  const afterContent = startLine + contentLines.length;
  const fence: DiagramFence = {
    openLine: map[0],
    closeLine: afterContent < map[1] && closesFence(lines[afterContent], marker) ? afterContent : undefined,
    info,
    tagged,
    marker,
    markerColumn: Math.max(0, lines[map[0]].indexOf(marker)),
  };
  return { text: textLines.join('\n'), kind, startLine, lineStarts, fence };
}

/**
 * Whether a document line closes a fence opened with `marker`. markdown-it leaves a last, blank line of the note
 * out of an unclosed fence's content, so the line after the content is not always a closing fence.
 */
function closesFence(line: string, marker: string): boolean {
  return line.trimEnd().endsWith(marker[0].repeat(marker.length));
}

/**
 * Where a fence's content line starts in its document line. markdown-it strips container prefixes (`> `, list
 * indentation, fence indentation), so the content is normally a suffix of the document line; when a tab in the
 * prefix was expanded to spaces, the content's leading whitespace is dropped and the rest still is a suffix.
 */
function contentColumn(documentLine: string, contentLine: string): number {
  if (documentLine.endsWith(contentLine)) return documentLine.length - contentLine.length;
  const trimmed = contentLine.trimStart();
  if (documentLine.endsWith(trimmed)) return documentLine.length - trimmed.length;
  return Math.max(0, documentLine.length - contentLine.length);
}

/** A whole `.mmd` / `.mermaid` file as one diagram. */
export function wholeFileDiagram(lines: readonly string[]): Diagram {
  const lineStarts = lines.map((line, i) => (i === 0 && line.startsWith('\uFEFF') ? 1 : 0));
  const textLines = lines.map((line, i) => line.slice(lineStarts[i]));
  // A file ending in a newline has no extra empty line of content.
  while (textLines.length > 1 && textLines[textLines.length - 1] === '') {
    textLines.pop();
    lineStarts.pop();
  }
  const first = firstContentLine(textLines);
  return {
    text: textLines.join('\n'),
    kind: first === undefined ? undefined : diagramKeyword(textLines[first]),
    startLine: 0,
    lineStarts,
  };
}
