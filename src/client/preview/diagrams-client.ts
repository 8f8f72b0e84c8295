// Asks the language server for a document's diagrams (`archlens/documentDiagrams`). The server's list is the
// single source of truth; the client never finds diagrams itself.
import type * as vscode from 'vscode';
import { DOCUMENT_DIAGRAMS_METHOD, type DiagramsPage, type DocumentDiagramsParams, type DocumentDiagramsResult } from '../../webview/protocol';

/** The part of the language client the preview uses (vscode-languageclient's `LanguageClient` has it). */
export interface DiagramsRequester {
  sendRequest<R>(method: string, params: unknown, token?: vscode.CancellationToken): Promise<R>;
}

/**
 * The document's diagrams as the server sees them, retrying once if the server lags behind the editor. The answer
 * comes at once with unchecked diagrams marked `pending`, or, with `settled`, once every verdict is known.
 */
export function requestDiagrams(client: DiagramsRequester, document: vscode.TextDocument, token?: vscode.CancellationToken, settled = false): Promise<DocumentDiagramsResult> {
  const params: DocumentDiagramsParams = settled ? { uri: document.uri.toString(), settled } : { uri: document.uri.toString() };
  return requestLatest<DocumentDiagramsResult>(client, document, params, token);
}

/**
 * One page of the document's diagram list (see DocumentDiagramsParams). The first page of a new list is retried
 * once if the server lags behind the editor; later pages are of that list whatever its version. A server that
 * answers with the whole list (a test double) is taken as one page holding everything.
 */
export async function requestDiagramPage(client: DiagramsRequester, document: vscode.TextDocument, params: Omit<DocumentDiagramsParams, 'uri'> & { readonly from: number }, token?: vscode.CancellationToken): Promise<DiagramsPage | DocumentDiagramsResult> {
  const full: DocumentDiagramsParams = { uri: document.uri.toString(), ...params };
  return params.revision === undefined ? requestLatest(client, document, full, token) : client.sendRequest(DOCUMENT_DIAGRAMS_METHOD, full, token);
}

async function requestLatest<R extends { readonly version: number | undefined }>(client: DiagramsRequester, document: vscode.TextDocument, params: DocumentDiagramsParams, token: vscode.CancellationToken | undefined): Promise<R> {
  let result = await client.sendRequest<R>(DOCUMENT_DIAGRAMS_METHOD, params, token);
  if (result.version !== undefined && result.version < document.version && !token?.isCancellationRequested) {
    // The server has not seen the latest didChange yet; it arrives within milliseconds.
    await new Promise((resolve) => setTimeout(resolve, 50));
    result = await client.sendRequest<R>(DOCUMENT_DIAGRAMS_METHOD, params, token);
  }
  return result;
}

/** Whether the preview can show this document (Markdown notes and .mmd files). */
export function isDiagramDocument(document: vscode.TextDocument): boolean {
  return document.languageId === 'markdown' || document.languageId === 'mermaid';
}
