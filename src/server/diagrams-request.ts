// The `archlens/documentDiagrams` request: the preview asks the language server which diagrams a document
// has, so the preview, diagnostics and CodeLens all agree (the server's list is the single source of truth).
import type { Connection } from 'vscode-languageserver';
import type { Diagram } from '../core/markdown/diagram';
import type { DiagramIssue } from '../core/markdown/diagram-issue';
import { documentLines } from '../core/markdown/document-lines';
import { findDiagrams } from '../core/markdown/find-diagrams';
import { findHeadings, nearestHeading } from '../core/markdown/nearest-heading';
import { DiagramLists, diagramsPage } from './diagram-pages';
import {
  DOCUMENT_DIAGRAMS_METHOD,
  type DiagramsPage,
  type DocumentDiagramsParams,
  type DocumentDiagramsResult,
  type PreviewDiagram,
  type PreviewError,
} from '../webview/protocol';

/** What the request needs from the server: its open documents and its (cached) validation. */
export interface DiagramsSource {
  /** The open document, from the server's document cache; undefined if the client never opened it. */
  document(uri: string): { readonly text: string; readonly languageId: string; readonly version: number } | undefined;
  /** The document's diagrams, if the server already keeps them; found afresh otherwise. */
  diagrams?(uri: string): readonly Diagram[] | undefined;
  /** Validation issues of one diagram, in diagram coordinates (the server's cached mermaid check). */
  readonly validate: DiagramCheck;
  /** Whether untagged fences count as diagrams (the `archlens.diagnostics.untaggedFences` setting). */
  untagged?(uri: string): boolean;
}

/** A diagram check, and optionally its already-known issues ('pending' while being checked) without waiting. */
export interface DiagramCheck {
  (diagram: Diagram): Promise<readonly DiagramIssue[]> | readonly DiagramIssue[];
  readonly known?: (diagram: Diagram) => readonly DiagramIssue[] | 'pending';
}

/**
 * Answers `archlens/documentDiagrams` from `source`: the whole list, or with `from` one page of it (see
 * DocumentDiagramsParams). Returns an empty list for unknown documents.
 */
export function registerDiagramsRequest(connection: Connection, source: DiagramsSource): void {
  const lists = new DiagramLists();
  connection.onRequest(DOCUMENT_DIAGRAMS_METHOD, async (params: DocumentDiagramsParams): Promise<DocumentDiagramsResult | DiagramsPage> => {
    if (params.from !== undefined) {
      // A later page of a list being paged through is served as it was, whatever was typed since.
      const base = lists.get(params.base, params.uri);
      const list = lists.get(params.revision, params.uri) ?? lists.add(params.uri, ...(await describeDocument(source, params)));
      return diagramsPage(list, base, params.from, params.count);
    }
    const [version, diagrams] = await describeDocument(source, params);
    return { uri: params.uri, version, diagrams };
  });
}

/** The open document's version and diagrams; none for a document the client never opened. */
async function describeDocument(source: DiagramsSource, params: DocumentDiagramsParams): Promise<[number | undefined, PreviewDiagram[]]> {
  const document = source.document(params.uri);
  if (!document) return [undefined, []];
  const languageId = document.languageId === 'mermaid' ? 'mermaid' : 'markdown';
  const diagrams = source.diagrams?.(params.uri)
    ?? findDiagrams(document.text, { languageId, untagged: source.untagged?.(params.uri) ?? true });
  return [document.version, await describeDiagrams(document.text, languageId, diagrams, source.validate, { settled: params.settled === true })];
}

/**
 * The preview's view of each diagram: range, kind, nearest heading, text and first error in document lines.
 * Verdicts the check already knows are used at once; a diagram still being checked is marked `pending` (its check
 * keeps running, the same cached one diagnostics use) unless `settled` asks to wait for every verdict.
 */
export async function describeDiagrams(
  text: string,
  languageId: 'markdown' | 'mermaid',
  diagrams: readonly Diagram[],
  validate: DiagramCheck,
  options: { readonly settled?: boolean } = {},
): Promise<PreviewDiagram[]> {
  const headings = languageId === 'markdown' ? findHeadings(text) : [];
  // Split once per request: measuring each diagram's last line from the start was O(text x diagrams).
  const lines = diagrams.length > 0 ? documentLines(text) : [];
  return Promise.all(
    diagrams.map(async (diagram, index): Promise<PreviewDiagram> => {
      const known = options.settled ? undefined : validate.known?.(diagram);
      if (known === 'pending') {
        // Start (or join) the cached check so the verdict is there when the preview asks again; its failure is
        // reported by diagnostics, not here.
        void Promise.resolve(validate(diagram)).catch(() => undefined);
      }
      const issues = known ?? (await validate(diagram));
      const error = issues === 'pending' ? undefined : firstError(diagram, issues);
      const start = diagram.fence?.openLine ?? diagram.startLine;
      const lastTextLine = diagram.startLine + Math.max(0, diagram.lineStarts.length - 1);
      const end = diagram.fence ? (diagram.fence.closeLine ?? lastTextLine) : lastTextLine;
      return {
        index,
        range: { start: { line: start, character: 0 }, end: { line: end, character: lines[end]?.length ?? 0 } },
        textStartLine: diagram.startLine,
        kind: diagram.kind,
        heading: nearestHeading(headings, start)?.text,
        text: diagram.text,
        ...(error ? { error } : {}),
        ...(issues === 'pending' ? { pending: true as const } : {}),
      };
    }),
  );
}

function firstError(diagram: Diagram, issues: readonly DiagramIssue[]): PreviewError | undefined {
  const issue = issues.find((i) => i.severity === 'error');
  return issue ? { line: diagram.startLine + issue.line, message: issue.message } : undefined;
}
