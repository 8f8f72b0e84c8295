import { TextDocumentSyncKind, TextDocuments, type Connection, type DidOpenTextDocumentParams } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  isDiagramLanguage,
  type ArchlensServer,
  type ArchlensSettings,
  type CodeActionProvider,
  type DiagramValidator,
} from './archlens-server';
import { DiagnosticsScheduler } from './diagnostics-scheduler';
import { diagramFeatureRegistration, type DiagramFeatureRegistration } from './diagram-feature-registration';
import { diagramDiagnostics } from './diagram-diagnostics';
import { DocumentCache } from './document-cache';
import { LINE_DOCUMENTS } from './line-document';
import { diagramCodeActions, registerCodeActions, registerTagAllCommand, TAG_ALL_FENCES_COMMAND } from './handlers/code-actions';
import { COMPLETION_TRIGGERS, registerCompletion } from './handlers/completion';
import { registerDefinition, registerHover, registerReferences, registerRename } from './handlers/navigation';
import { largeNoteGate } from './handlers/large-note-gate';
import { registerDocumentSymbols, registerFoldingRanges } from './handlers/outline';
import { SERVER_EXTENSIONS, type ServerExtension } from './server-extensions';
import { SettingsCache } from './settings';
import * as l10n from '../core/l10n/translations';

export interface ServerOptions {
  /** How this host validates diagrams (mermaid in Node; our sequence warnings only in a browser worker). */
  readonly validate: DiagramValidator;
  /** Logged once the client is connected (e.g. what this host cannot do); built then, in the client's language. */
  readonly startupMessage?: () => string;
  /** The registrations to run (default SERVER_EXTENSIONS; the Node entry adds NODE_SERVER_EXTENSIONS). */
  readonly extensions?: readonly ServerExtension[];
  /** Diagnostics debounce in ms (default 200). */
  readonly diagnosticsDelayMs?: number;
}

/**
 * Sets up the archlens language server on a connection (Node IPC, a browser worker, or test streams): documents,
 * per-version parse cache, debounced diagnostics, every language feature, and the registered extensions. Then
 * starts listening.
 */
export function createServer(connection: Connection, options: ServerOptions): ArchlensServer {
  const documents = new TextDocuments<TextDocument>(LINE_DOCUMENTS);
  const cache = new DocumentCache();
  const settingsCache = new SettingsCache(connection);
  const lastSettings = new Map<string, ArchlensSettings>();
  const scheduler = new DiagnosticsScheduler(connection, documents, options.diagnosticsDelayMs);
  const codeActionProviders: CodeActionProvider[] = [];
  let acceptOpen: ((params: DidOpenTextDocumentParams) => void) | undefined;
  let diagramFeatures: DiagramFeatureRegistration | undefined;

  const server: ArchlensServer = {
    connection,
    documents,
    validate: options.validate,
    async settings(uri) {
      const settings = await settingsCache.get(uri);
      lastSettings.set(uri, settings);
      return settings;
    },
    async parsed(document) {
      if (!isDiagramLanguage(document.languageId)) return undefined;
      return cache.get(document, (await server.settings(document.uri)).diagnostics.untaggedFences);
    },
    document: (uri) => {
      const d = documents.get(uri);
      return d && { text: d.getText(), languageId: d.languageId, version: d.version };
    },
    diagrams(uri) {
      const d = documents.get(uri);
      if (!d || !isDiagramLanguage(d.languageId)) return undefined;
      return cache.get(d, server.untagged(uri)).diagrams.map((p) => p.diagram);
    },
    untagged: (uri) => lastSettings.get(uri)?.diagnostics.untaggedFences ?? true,
    addDiagnostics: (provider) => scheduler.add(provider),
    addCodeActions: (provider) => codeActionProviders.push(provider),
    refreshDiagnostics: () => documents.all().forEach((d) => scheduler.schedule(d)),
    open: (params) => acceptOpen?.(params),
  };

  connection.onInitialize((params) => {
    // Before any message is built: the client sends the UI language's bundle (src/client/server-translations.ts).
    l10n.useTranslations(translationsFrom(params.initializationOptions));
    settingsCache.supported = params.capabilities.workspace?.configuration === true;
    diagramFeatures = diagramFeatureRegistration(params.capabilities, params.initializationOptions, {
      triggerCharacters: COMPLETION_TRIGGERS,
      symbolLabel: l10n.t('archlens diagrams'),
    });
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        ...diagramFeatures.declared,
        // For TypeScript and JavaScript too: the lint rules' suggestions are code actions.
        codeActionProvider: { codeActionKinds: ['quickfix', 'source.fixAll'] },
        executeCommandProvider: { commands: [TAG_ALL_FENCES_COMMAND] },
      },
      serverInfo: { name: 'archlens' },
    };
  });
  connection.onInitialized(() => {
    if (options.startupMessage) connection.console.info(options.startupMessage());
    diagramFeatures?.register(connection).catch((error: unknown) => {
      connection.console.error(l10n.t('the diagram features could not be registered: {0}', error instanceof Error ? error.message : String(error)));
    });
  });
  connection.onDidChangeConfiguration(() => {
    settingsCache.forget();
    server.refreshDiagnostics();
  });

  documents.onDidChangeContent(({ document }) => scheduler.schedule(document));
  documents.onDidClose(({ document }) => {
    cache.delete(document.uri);
    settingsCache.forget(document.uri);
    lastSettings.delete(document.uri);
    scheduler.close(document.uri);
  });

  server.addDiagnostics(diagramDiagnostics(server));
  server.addCodeActions(diagramCodeActions(server));
  registerCompletion(server);
  registerHover(server);
  registerDefinition(server);
  registerReferences(server);
  registerRename(server);
  // One gate, so a large note's skip is logged once, not once per feature.
  const largeNote = largeNoteGate(server);
  registerDocumentSymbols(server, largeNote);
  registerFoldingRanges(server, largeNote);
  registerCodeActions(server, codeActionProviders);
  registerTagAllCommand(server);
  for (const extend of options.extensions ?? SERVER_EXTENSIONS) extend(server);

  documents.listen(keepingOpenHandler(connection, (handler) => (acceptOpen = handler)));
  connection.listen();
  return server;
}

/** The `l10nBundle` of the client's initialization options, if it is a plain table of strings. */
function translationsFrom(options: unknown): Record<string, string> | undefined {
  const bundle = (options as { l10nBundle?: unknown } | null | undefined)?.l10nBundle;
  if (!bundle || typeof bundle !== 'object') return undefined;
  return Object.fromEntries(Object.entries(bundle).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

/**
 * The connection, except that the didOpen handler registered on it is also handed to `keep`. TextDocuments learns
 * of documents only through that handler, so `server.open` calls it to open a document read from disk with the
 * same events and state as one the client sent.
 */
function keepingOpenHandler(connection: Connection, keep: (handler: (params: DidOpenTextDocumentParams) => void) => void): Connection {
  return new Proxy(connection, {
    get(target, key) {
      if (key !== 'onDidOpenTextDocument') return Reflect.get(target, key);
      return (handler: (params: DidOpenTextDocumentParams) => void) => {
        keep(handler);
        return target.onDidOpenTextDocument(handler);
      };
    },
  });
}
