// The language server as the rest of archlens sees it: what a registration function (ours, H5's lint adapter,
// H6's diagrams request) gets to work with. Kept free of feature logic.
import type { CodeAction, CodeActionParams, Connection, Diagnostic, DidOpenTextDocumentParams, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ParsedDocument } from '../core/features/parsed-document';
import type { Diagram } from '../core/markdown/diagram';
import type { DiagramIssue } from '../core/markdown/diagram-issue';

/** The `archlens.*` settings the server reads (package.json `contributes.configuration`). */
export interface ArchlensSettings {
  readonly diagnostics: { readonly enable: boolean; readonly untaggedFences: boolean };
  /** `archlens.largeNote.maxSize` in KB (0 = no limit); clients that never send it get the default. */
  readonly largeNote?: { readonly maxSize: number };
}

/** Issues of one diagram in diagram coordinates: mermaid's error (desktop) and our sequence warnings. */
export interface DiagramValidator {
  (diagram: Diagram): Promise<readonly DiagramIssue[]>;
  /** The issues if this validator already knows them (cached), else 'pending'; never waits nor starts a check. */
  readonly known?: (diagram: Diagram) => readonly DiagramIssue[] | 'pending';
}

/** A source of diagnostics for documents of some languages; run debounced after each change. */
export interface DiagnosticsProvider {
  readonly languages: readonly string[];
  /** `stale` turns true once the document has a newer version (or is closed): what is left of the work may stop. */
  diagnose(document: TextDocument, stale: () => boolean): Promise<Diagnostic[]> | Diagnostic[];
}

/** A source of code actions for documents of some languages (the server has one codeAction handler). */
export interface CodeActionProvider {
  readonly languages: readonly string[];
  codeActions(document: TextDocument, params: CodeActionParams): Promise<CodeAction[]> | CodeAction[];
}

export interface ArchlensServer {
  readonly connection: Connection;
  readonly documents: TextDocuments<TextDocument>;
  /** The archlens settings for a document (cached; refreshed when the client says they changed). */
  settings(uri: string): Promise<ArchlensSettings>;
  /** The document's diagrams found and parsed, cached by document version; undefined for non-diagram languages. */
  parsed(document: TextDocument): Promise<ParsedDocument | undefined>;
  /** The open document's text, language and version (H6's preview request reads documents this way). */
  document(uri: string): { readonly text: string; readonly languageId: string; readonly version: number } | undefined;
  /** The open document's diagrams (cached; found with the last known `untaggedFences` setting). */
  diagrams(uri: string): readonly Diagram[] | undefined;
  /** The last known `archlens.diagnostics.untaggedFences` for a document (true until the client says otherwise). */
  untagged(uri: string): boolean;
  /** The diagram validator of this host (mermaid on the desktop, sequence warnings only in the browser). */
  readonly validate: DiagramValidator;
  addDiagnostics(provider: DiagnosticsProvider): void;
  addCodeActions(provider: CodeActionProvider): void;
  /** Re-runs diagnostics for every open document (after a settings change). */
  refreshDiagnostics(): void;
  /** Opens a document exactly as the client's didOpen would, for text the server got another way (from disk). */
  open(params: DidOpenTextDocumentParams): void;
}

/** The languages whose diagrams the server reads. */
export const DIAGRAM_LANGUAGES = ['markdown', 'mermaid'] as const;

/** Whether a document is one whose diagrams the server reads. */
export function isDiagramLanguage(languageId: string): languageId is 'markdown' | 'mermaid' {
  return (DIAGRAM_LANGUAGES as readonly string[]).includes(languageId);
}
