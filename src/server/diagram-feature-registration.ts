// Which documents the diagram features (completion, hover, navigation, rename, outline, folding) are offered for.
// The client syncs TypeScript and JavaScript files too, for lint; and vscode-languageclient registers a provider
// declared in the initialize result for the client's whole document selector. So with static capabilities every
// completion, hover, outline or folding refresh in a TS file also made a round trip to this server, which has
// nothing to say there, and our completion trigger characters opened suggest in TS files. Registered dynamically
// with a Markdown/Mermaid selector instead, wherever the client supports that (VS Code does); statically otherwise.
import {
  BulkRegistration,
  CompletionRequest,
  DefinitionRequest,
  DocumentSymbolRequest,
  FoldingRangeRequest,
  HoverRequest,
  ReferencesRequest,
  RenameRequest,
  type ClientCapabilities,
  type Connection,
  type DocumentSelector,
  type ServerCapabilities,
  type TextDocumentClientCapabilities,
} from 'vscode-languageserver';
import { DIAGRAM_LANGUAGES } from './archlens-server';
import type { DiagramDocumentsOption } from './diagram-documents-option';

export interface DiagramFeatureOptions {
  readonly triggerCharacters: string[];
  /** The outline's name for our symbols. */
  readonly symbolLabel: string;
}

export interface DiagramFeatureRegistration {
  /** The capabilities to declare in the initialize result: the features the client cannot register dynamically. */
  readonly declared: ServerCapabilities;
  /** Registers the rest; call once the client has sent `initialized`. */
  register(connection: Connection): Promise<void>;
}

/** Splits the diagram features into declared and dynamically registered ones, for this client. */
export function diagramFeatureRegistration(
  capabilities: ClientCapabilities,
  initializationOptions: unknown,
  options: DiagramFeatureOptions,
): DiagramFeatureRegistration {
  const documentSelector = diagramSelectorFrom(initializationOptions);
  const text = capabilities.textDocument;
  const dynamic = (feature: keyof TextDocumentClientCapabilities) => (text?.[feature] as { dynamicRegistration?: boolean } | undefined)?.dynamicRegistration === true;
  const declared: ServerCapabilities = {};
  const bulk = BulkRegistration.create();
  let registered = 0;
  const offer = (feature: keyof TextDocumentClientCapabilities, register: () => void, declare: () => void) => {
    if (!dynamic(feature)) return declare();
    register();
    registered++;
  };
  const completion = { triggerCharacters: options.triggerCharacters };
  const symbols = { label: options.symbolLabel };
  offer('completion', () => bulk.add(CompletionRequest.type, { documentSelector, ...completion }), () => (declared.completionProvider = completion));
  offer('hover', () => bulk.add(HoverRequest.type, { documentSelector }), () => (declared.hoverProvider = true));
  offer('definition', () => bulk.add(DefinitionRequest.type, { documentSelector }), () => (declared.definitionProvider = true));
  offer('references', () => bulk.add(ReferencesRequest.type, { documentSelector }), () => (declared.referencesProvider = true));
  offer('rename', () => bulk.add(RenameRequest.type, { documentSelector, prepareProvider: true }), () => (declared.renameProvider = { prepareProvider: true }));
  offer('documentSymbol', () => bulk.add(DocumentSymbolRequest.type, { documentSelector, ...symbols }), () => (declared.documentSymbolProvider = symbols));
  offer('foldingRange', () => bulk.add(FoldingRangeRequest.type, { documentSelector }), () => (declared.foldingRangeProvider = true));
  return {
    declared,
    async register(connection) {
      if (registered > 0) await connection.client.register(bulk);
    },
  };
}

/**
 * The client's selector for diagram documents (its languages and schemes; the desktop and web clients sync
 * different schemes), or any Markdown or Mermaid document for a client that sent none.
 */
function diagramSelectorFrom(initializationOptions: unknown): DocumentSelector {
  const sent: unknown = (initializationOptions as DiagramDocumentsOption | null | undefined)?.diagramDocuments;
  const valid = Array.isArray(sent) && sent.length > 0 && sent.every((filter) =>
    typeof filter === 'object' && filter !== null &&
    typeof (filter as { language?: unknown }).language === 'string' &&
    ['string', 'undefined'].includes(typeof (filter as { scheme?: unknown }).scheme));
  return valid ? (sent as DocumentSelector) : DIAGRAM_LANGUAGES.map((language) => ({ language }));
}
