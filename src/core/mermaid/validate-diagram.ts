import * as l10n from '../l10n/translations';
import { stateInsideItselfIssue } from './state-inside-itself';
import type { DiagramIssue } from '../markdown/diagram-issue';
import { COMMENT_PRESERVING_KINDS, diagramKeyword } from '../markdown/diagram-keywords';
import { firstContentLine } from '../markdown/first-content-line';
import { loadMermaid } from './load-mermaid';
import { mermaidSource, originalPosition } from './mermaid-source-map';
import { parseFailureOf } from './parse-failure';
import { readableMessage } from './readable-message';

/**
 * How many diagram verdicts to remember: twice the 5,000 diagrams of the largest note we measure. Every diagnostics
 * pass refreshes the verdicts of the note's current diagrams, so the texts typed over go first; but open notes
 * with more diagrams than this between them would evict each other's verdicts and be parsed again on every pass.
 */
const CACHE_LIMIT = 10_000;
const verdicts = new Map<string, Promise<DiagramIssue | undefined>>();
/** The verdicts that have settled, by text: what `cachedVerdict` answers without waiting. */
const settled = new Map<string, DiagramIssue | undefined>();
// mermaid keeps per-parse state in module globals, so parses run one at a time, in order.
let queue: Promise<unknown> = Promise.resolve();
/**
 * How long parsing may hold the event loop before it lets other work in. mermaid's parse never waits on anything
 * real, so without this a note with thousands of diagrams kept the language server from answering completion or
 * hover until every diagram was parsed.
 */
const SLICE_MS = 10;
let sliceStart = 0;

/**
 * Validates one diagram's text with the real mermaid parser; undefined when it is valid, else the error on the
 * diagram line mermaid means. Verdicts are cached by text, so re-checking an edited note only parses the
 * diagrams whose text changed.
 */
export function validateDiagram(text: string): Promise<DiagramIssue | undefined> {
  const cached = verdicts.get(text);
  if (cached) {
    // Refresh its place so the cap evicts the least recently used verdict.
    verdicts.delete(text);
    verdicts.set(text, cached);
    return cached;
  }
  const verdict = parseInTurn(text);
  verdicts.set(text, verdict);
  // Recorded only while the verdict is still the cached one (an evicted text must not come back as settled).
  void verdict.then((issue) => {
    if (verdicts.get(text) === verdict) settled.set(text, issue);
  }, () => undefined);
  if (verdicts.size > CACHE_LIMIT) {
    const oldest = verdicts.keys().next().value as string;
    verdicts.delete(oldest);
    settled.delete(oldest);
  }
  return verdict;
}

/**
 * The verdict for `text` if it is already known, without waiting or starting a parse: the issue, undefined when
 * the diagram is valid, or 'pending' while it is being checked or was never checked. Lets the preview answer at
 * once and show the error when the verdict settles.
 */
export function cachedVerdict(text: string): DiagramIssue | undefined | 'pending' {
  return settled.has(text) ? settled.get(text) : 'pending';
}

/** The diagram texts whose verdicts are cached (for tests of the cache). */
export function cachedDiagramCount(): number {
  return verdicts.size;
}

function parseInTurn(text: string): Promise<DiagramIssue | undefined> {
  const run = queue.then(yieldWhenSliceUsed).then(() => parseOnce(text));
  queue = run.catch(() => undefined);
  return run;
}

/**
 * How many event-loop turns parsing gives away each time it yields. A request to the language server takes
 * several turns to get through (reading it, running the handler, the writer's queue sending the answer); yielding
 * one turn let a parse run between each of them, so a completion waited for three parses instead of at most one.
 * An idle turn costs microseconds.
 */
const TURNS_PER_YIELD = 4;

/** Gives the event loop a few turns (pending requests, I/O) once the current slice of parsing has used SLICE_MS. */
async function yieldWhenSliceUsed(): Promise<void> {
  if (performance.now() - sliceStart < SLICE_MS) return;
  for (let turn = 0; turn < TURNS_PER_YIELD; turn++) {
    await new Promise<void>((resolve) => (typeof setImmediate === 'function' ? setImmediate(resolve) : setTimeout(resolve, 0)));
  }
  sliceStart = performance.now();
}

async function parseOnce(text: string): Promise<DiagramIssue | undefined> {
  let mermaid;
  try {
    mermaid = await loadMermaid();
  } catch (error) {
    return issueOnFirstLine(text, 'mermaid-unavailable', l10n.t('Mermaid could not be loaded, so this diagram was not checked: {0}', messageOf(error)), messageOf(error));
  }
  try {
    await mermaid.parse(text);
  } catch (error) {
    return diagramIssueOf(text, error);
  }
  // Parses, but mermaid's layout cannot draw it (and hangs the preview): say so here, where the author types.
  return stateInsideItselfIssue(mermaid, text);
}

/** Turns whatever mermaid threw while parsing `text` into an issue on the diagram line mermaid means. */
export function diagramIssueOf(text: string, error: unknown): DiagramIssue {
  const failure = parseFailureOf(error);
  const lines = text.split('\n');
  if (failure.line === undefined) return issueOnFirstLine(text, 'parse-error', readableMessage(failure, undefined), failure.raw);

  const first = firstContentLine(lines);
  const kind = first === undefined ? undefined : diagramKeyword(lines[first]);
  const source = mermaidSource(text, kind !== undefined && COMMENT_PRESERVING_KINDS.has(kind));
  const at = originalPosition(source, text, failure.line, failure.column ?? 0);
  const line = at?.line ?? lastContentLine(lines);
  const lineText = lines[line];
  const previous = lines.slice(0, line).reverse().find((l) => l.trim() !== '');
  // The error's own span when mermaid gives one on this line; otherwise the whole line's content.
  const indent = lineText.length - lineText.trimStart().length;
  const hasSpan = at !== undefined && failure.column !== undefined && failure.endColumn !== undefined && failure.endColumn > failure.column;
  const column = hasSpan ? Math.min(at.column, lineText.length) : indent;
  const endColumn = hasSpan ? Math.min(at.column + (failure.endColumn! - failure.column!), lineText.length) : lineText.trimEnd().length;
  const message = readableMessage(failure, at === undefined ? lineText : lineFromColumn(lineText, at.column, failure.column), previous);
  return { line, column, endLine: line, endColumn: Math.max(endColumn, column), severity: 'error', code: 'parse-error', message, detail: failure.raw };
}

/** The line text shifted so mermaid's columns (in its cleaned line) index it, when a directive moved them. */
function lineFromColumn(lineText: string, originalColumn: number, mermaidColumn: number | undefined): string {
  const shift = originalColumn - (mermaidColumn ?? originalColumn);
  return shift > 0 ? lineText.slice(shift) : lineText;
}

function lastContentLine(lines: readonly string[]): number {
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i].trim();
    if (line !== '' && !(line.startsWith('%%') && !line.startsWith('%%{'))) return i;
  }
  return 0;
}

function issueOnFirstLine(text: string, code: string, message: string, detail: string): DiagramIssue {
  const first = text.split('\n', 1)[0];
  return { line: 0, column: 0, endLine: 0, endColumn: first.length, severity: 'error', code, message, detail };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
