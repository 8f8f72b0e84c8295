import type { Diagram } from './diagram';
import { findableLines, scanDiagrams, wholeFileDiagram, type FindDiagramsOptions } from './find-diagrams';
import { frontMatterLineCount, withoutFrontMatter } from './front-matter';
import { stripBom } from './document-lines';
import { editedLines, type EditedLines } from './edited-lines';

/** How many lines past an edit the first re-scan reads; it grows fourfold until block parsing re-synchronises. */
const FIRST_WINDOW_LINES = 64;

interface LastScan {
  readonly key: string;
  /** The text scanned, when it was given as a string (a document's lines need no text to find an edit). */
  readonly text: string | undefined;
  readonly lines: readonly string[];
  readonly frontMatterLines: number;
  readonly diagrams: readonly Diagram[];
  readonly blockStarts: readonly number[];
}

/**
 * An open document that keeps its lines (the language server's LineDocument): `lines` split as `findableLines`
 * splits the text, with the lines an edit did not touch the same string objects as before it, and the whole text
 * only built when asked for.
 */
export interface LinedDocument {
  readonly lines: readonly string[];
  getText(): string;
}

/** The diagrams found in a document's text, and its lines, as one finder call returns them. */
export interface FoundDiagrams {
  readonly lines: readonly string[];
  readonly diagrams: readonly Diagram[];
}

/**
 * Finds a document's diagrams again after each edit, re-reading only the Markdown around the edit: markdown-it
 * block parsing starts afresh at every top-level block, so the scan restarts at the last top-level block before
 * the edit and stops at the first top-level block after it that also started a block before the edit; the
 * diagrams before and after are the previous ones, moved by the number of lines the edit added. A 500-diagram
 * note then costs a few lines of parsing per keystroke instead of the whole note.
 * The result is always exactly what `findDiagrams` returns for the whole text (a property test holds it to that).
 */
export class DiagramFinder {
  private last: LastScan | undefined;
  /** The document lines the last `find` read again ([from, to)); the whole document after a full scan. */
  rescanned: { readonly from: number; readonly to: number } = { from: 0, to: 0 };

  /** Drops what the previous scan knew, so the next `find` reads the whole text. */
  forget(): void {
    this.last = undefined;
  }

  /**
   * Given a string, the edit is found by comparing it with the previous text; given a LinedDocument, by comparing
   * line references, and its text is only read for a full scan.
   */
  find(document: string | LinedDocument, options: FindDiagramsOptions = {}): FoundDiagrams {
    const text = typeof document === 'string' ? document : undefined;
    if (options.languageId === 'mermaid') {
      this.last = undefined;
      const lines = text === undefined ? (document as LinedDocument).lines : findableLines(text);
      return { lines, diagrams: [wholeFileDiagram(lines)] };
    }
    const key = `${options.untagged ?? true}`;
    const previous = this.last?.key === key ? this.last : undefined;
    const edit = previous?.text !== undefined && text !== undefined ? editedLines(previous.text, previous.lines, text) : undefined;
    const lines = text === undefined ? (document as LinedDocument).lines : edit?.lines ?? findableLines(text);
    const frontMatterLines = frontMatterLineCount(lines);
    const scan =
      previous && previous.frontMatterLines === frontMatterLines
        ? rescan(previous, lines, options.untagged ?? true, edit, (from, to) => (this.rescanned = { from, to }))
        : undefined;
    if (!scan) this.rescanned = { from: 0, to: lines.length };
    const result = scan ?? scanDiagrams(withoutFrontMatter(stripBom(text ?? (document as LinedDocument).getText()).text), 0, lines, options.untagged ?? true);
    this.last = { key, text, lines, frontMatterLines, diagrams: result.diagrams, blockStarts: result.blockStarts };
    return { lines, diagrams: result.diagrams };
  }
}

/** The scan of the new lines built from the previous one, or undefined when the edit touches the note's start. */
function rescan(
  previous: LastScan,
  lines: readonly string[],
  untagged: boolean,
  edit: EditedLines | undefined,
  read: (from: number, to: number) => void,
): { diagrams: Diagram[]; blockStarts: number[] } | undefined {
  const old = previous.lines;
  const { first, same } = edit ?? changedLines(old, lines);
  if (first === old.length && first === lines.length) {
    read(first, first);
    return { diagrams: [...previous.diagrams], blockStarts: [...previous.blockStarts] };
  }
  const delta = lines.length - old.length;
  const editEnd = lines.length - same; // first line after the edit, new numbering

  // Restart at a top-level block that starts at least two lines before the edit: the block before it decided where
  // it ends by reading at most the restart line and the one after (a table's delimiter row), which the edit did
  // not touch.
  const restart = lastBefore(previous.blockStarts, first - 1);
  if (restart === undefined || restart <= previous.frontMatterLines) return undefined;

  for (let window = FIRST_WINDOW_LINES; ; window *= 4) {
    const end = Math.min(lines.length, editEnd + window);
    const scan = scanDiagrams(lines.slice(restart, end).join('\n'), restart, lines, untagged);
    // Where the new parse starts a block, after the edit, at a line that started a block before the edit too:
    // from there on the text and the parser's state are the old ones.
    // The line after it must be in the scan too, for the same reason as at the restart.
    const resume =
      end === lines.length ? lines.length : scan.blockStarts.find((line) => line >= editEnd && line + 1 < end && includesSorted(previous.blockStarts, line - delta));
    if (resume === undefined) continue;
    read(restart, end);
    // The old lists are sorted by line, so what comes before and after the re-scan are two slices of each.
    const diagramLines = previous.diagrams.map(openLine);
    const after = previous.diagrams.slice(firstAtLeast(diagramLines, resume - delta));
    const startsAfter = previous.blockStarts.slice(firstAtLeast(previous.blockStarts, resume - delta));
    return {
      diagrams: previous.diagrams
        .slice(0, firstAtLeast(diagramLines, restart))
        .concat(
          scan.diagrams.filter((d) => openLine(d) < resume),
          delta === 0 ? after : after.map((d) => moved(d, delta)),
        ),
      blockStarts: previous.blockStarts
        .slice(0, firstAtLeast(previous.blockStarts, restart))
        .concat(
          scan.blockStarts.filter((line) => line < resume),
          delta === 0 ? startsAfter : startsAfter.map((line) => line + delta),
        ),
    };
  }
}

/** Where two line lists differ: the first differing line, and how many lines are equal at the end after it. */
function changedLines(old: readonly string[], lines: readonly string[]): { first: number; same: number } {
  const shortest = Math.min(old.length, lines.length);
  let first = 0;
  while (first < shortest && old[first] === lines[first]) first++;
  let same = 0; // not overlapping the equal start
  while (same < shortest - first && old[old.length - 1 - same] === lines[lines.length - 1 - same]) same++;
  return { first, same };
}

function openLine(diagram: Diagram): number {
  return diagram.fence?.openLine ?? diagram.startLine;
}

function lastBefore(sorted: readonly number[], line: number): number | undefined {
  const index = firstAtLeast(sorted, line);
  return index === 0 ? undefined : sorted[index - 1];
}

// A binary search, not a Set: building a Set of a 5,000-diagram note's block starts cost more than the re-scan.
function includesSorted(sorted: readonly number[], line: number): boolean {
  return sorted[firstAtLeast(sorted, line)] === line;
}

/** The index of the first value >= line (sorted.length when there is none). */
function firstAtLeast(sorted: readonly number[], line: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid] < line) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The same diagram `delta` lines further down; its text object is kept, so text-keyed caches hit at once. */
function moved(diagram: Diagram, delta: number): Diagram {
  if (delta === 0 || !diagram.fence) return diagram;
  const { fence } = diagram;
  return {
    ...diagram,
    startLine: diagram.startLine + delta,
    fence: { ...fence, openLine: fence.openLine + delta, closeLine: fence.closeLine === undefined ? undefined : fence.closeLine + delta },
  };
}
