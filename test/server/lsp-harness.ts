// Test harness: the real archlens language server, in-process, on one end of a pair of streams; a JSON-RPC
// client connection on the other end sends real LSP messages and records what the server pushes back.
import { PassThrough } from 'node:stream';
import {
  createConnection,
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver/node';
import { createServer, type ServerOptions } from '../../src/server/create-server';
import { mermaidValidator } from '../../src/server/mermaid-validator';

export interface Harness {
  readonly client: MessageConnection;
  readonly logs: string[];
  readonly appliedEdits: unknown[];
  /** Every `client/registerCapability` the server sent: its registrations. */
  readonly registrations: { id: string; method: string; registerOptions?: unknown }[];
  /** Settings the client answers `workspace/configuration` with (change, then notify didChangeConfiguration). */
  settings: { diagnostics: { enable: boolean; untaggedFences: boolean }; largeNote?: { maxSize: number } };
  open(uri: string, text: string, languageId?: string, version?: number): Promise<void>;
  change(uri: string, text: string, version: number): Promise<void>;
  /** The next diagnostics published for `uri` (optionally: for exactly that document version). */
  nextDiagnostics(uri: string, version?: number): Promise<PublishDiagnosticsParams>;
  /** Every diagnostics notification received so far for `uri`. */
  published(uri: string): PublishDiagnosticsParams[];
  request<R>(method: string, params: unknown): Promise<R>;
  dispose(): void;
}

/**
 * Starts the server; `initializationOptions` is what a client sends in `initialize` (e.g. the l10n bundle), and
 * `textDocument` the client's text document capabilities (none by default: every feature is then declared statically).
 */
export async function startHarness(options: Partial<ServerOptions> = {}, initializationOptions?: unknown, textDocument?: unknown): Promise<Harness> {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  const connection = createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
  createServer(connection, { validate: mermaidValidator, ...options });

  const client = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  const logs: string[] = [];
  const appliedEdits: unknown[] = [];
  const registrations: Harness['registrations'] = [];
  const diagnostics: PublishDiagnosticsParams[] = [];
  const waiters: { uri: string; version?: number; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  const harness: Harness = {
    client,
    logs,
    appliedEdits,
    registrations,
    settings: { diagnostics: { enable: true, untaggedFences: true } },
    async open(uri, text, languageId = 'markdown', version = 1) {
      await client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
    },
    async change(uri, text, version) {
      await client.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    },
    nextDiagnostics(uri, version) {
      return new Promise((resolve) => waiters.push({ uri, version, resolve }));
    },
    published: (uri) => diagnostics.filter((d) => d.uri === uri),
    request: (method, params) => client.sendRequest(method, params),
    dispose() {
      client.dispose();
      connection.dispose();
      toServer.destroy();
      toClient.destroy();
    },
  };

  client.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
    diagnostics.push(params);
    for (const w of [...waiters]) {
      if (w.uri === params.uri && (w.version === undefined || w.version === params.version)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(params);
      }
    }
  });
  client.onNotification('window/logMessage', (p: { message: string }) => void logs.push(p.message));
  client.onNotification('window/showMessage', (p: { message: string }) => void logs.push(p.message));
  client.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) => p.items.map(() => harness.settings));
  client.onRequest('workspace/applyEdit', (p: unknown) => {
    appliedEdits.push(p);
    return { applied: true };
  });
  client.onRequest('client/registerCapability', (p: { registrations: Harness['registrations'] }) => void registrations.push(...p.registrations));
  client.listen();

  await client.sendRequest('initialize', {
    processId: null,
    rootUri: null,
    capabilities: { workspace: { configuration: true, applyEdit: true }, ...(textDocument ? { textDocument } : {}) },
    initializationOptions,
  });
  await client.sendNotification('initialized', {});
  return harness;
}
