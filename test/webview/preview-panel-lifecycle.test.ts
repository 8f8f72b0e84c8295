// The REAL preview controller (DiagramPreviewPanel) in Node, with a test double only for VS Code's API around it,
// talking to the real webview in headless Chromium and to the real diagram description and validation the
// language server uses. Closing the panel at the worst moments (server still answering, mermaid drawing, a save
// dialog open) must not post to the disposed webview (VS Code throws), leave an unhandled error, or lose an
// export the user asked for; typing is refreshed with no fixed delay and at most one request in flight.
import { TextDocumentDouble, Uri, WebviewPanelDouble, ui, workspace } from './host/vscode-double';
import { after, afterEach, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import type * as vscode from 'vscode';
import { DiagramPreviewPanel } from '../../src/client/preview/diagram-preview-panel';
import type { DiagramsRequester } from '../../src/client/preview/diagrams-client';
import type { DocumentDiagramsResult, WebviewMessage } from '../../src/webview/protocol';
import { launchChromium, openPreview, type PreviewPage } from './preview-page';
import { noteDiagrams } from './seed-diagrams';

let browser: Browser;
before(async () => (browser = await launchChromium()));
after(() => browser?.close());

// Anything that escapes the controller as an unhandled error lands here (VS Code would log it as an extension error).
const unhandled: unknown[] = [];
const record = (error: unknown) => unhandled.push(error);
process.on('unhandledRejection', record);
process.on('uncaughtException', record);
afterEach(() => {
  unhandled.length = 0;
  workspace.textDocuments.length = 0;
});

const NOTE = ['# Login', '', '```', 'sequenceDiagram', '    Alice->>Bob: hello', '    Bob-->>Alice: hi', '```', '', '# Deploy', '', '```mermaid', 'flowchart LR', '    A[build] --> B[ship]', '```', ''].join('\n');

interface Hosted {
  controller: DiagramPreviewPanel;
  panel: WebviewPanelDouble;
  preview: PreviewPage;
  document: TextDocumentDouble;
  /** Diagram requests the server double received. */
  requests(): number;
  /** While set, requests wait for it (the server is busy). */
  hold(gate: Promise<void> | undefined): void;
  /** Resolves with the next message the webview posts of `type`. */
  next(type: WebviewMessage['type']): Promise<WebviewMessage>;
}

async function hosted(text = NOTE): Promise<Hosted> {
  const document = new TextDocumentDouble(Uri.file('/notes/note.md'), text);
  workspace.textDocuments.push(document);
  let requests = 0;
  let gate: Promise<void> | undefined;
  // The server's answer to archlens/documentDiagrams: real diagram finding, description and validation.
  const server: DiagramsRequester = {
    async sendRequest<R>(): Promise<R> {
      requests += 1;
      await gate;
      const result: DocumentDiagramsResult = { uri: document.uri.toString(), version: document.version, diagrams: await noteDiagrams(document.getText()) };
      return result as R;
    },
  };
  const waiters: Array<{ type: string; resolve: (m: WebviewMessage) => void }> = [];
  let panel: WebviewPanelDouble | undefined;
  const preview = await openPreview(browser, {
    onPost: (message) => {
      panel?.receive(message);
      for (const w of waiters.splice(0)) (w.type === message.type ? w.resolve(message) : waiters.push(w));
    },
  });
  panel = new WebviewPanelDouble((message) => preview.send(message as never));
  const controller = new DiagramPreviewPanel(panel as unknown as vscode.WebviewPanel, Uri.file('/extension') as unknown as vscode.Uri, server, () => undefined);
  return {
    controller, panel, preview, document,
    requests: () => requests,
    hold: (g) => (gate = g),
    next: (type) => new Promise((resolve) => waiters.push({ type, resolve })),
  };
}

function deferred<T = void>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

const settle = (ms = 300) => new Promise((r) => setTimeout(r, ms));

test('closing the panel while the server is still answering posts nothing to the disposed webview and throws nothing', async () => {
  const h = await hosted();
  try {
    const server = deferred();
    h.hold(server.promise);
    h.controller.show(h.document.uri as unknown as vscode.Uri);
    assert.equal(h.requests(), 1);
    h.panel.dispose();
    server.resolve();
    await settle();
    // Typing and moving the cursor after the close reach a controller whose webview is gone.
    h.document.edit(NOTE.replace('hello', 'hello again'));
    h.controller.scheduleRefresh();
    assert.doesNotThrow(() => h.controller.followCursor(4));
    await settle();
    assert.deepEqual(h.panel.postsAfterDispose, []);
    assert.equal(h.requests(), 1, 'no request for a closed panel');
    assert.deepEqual(unhandled, []);
  } finally {
    await h.preview.page.context().close();
  }
});

test('closing the panel while mermaid is drawing: the late "rendered" is dropped, nothing is posted, nothing throws', async () => {
  const h = await hosted();
  try {
    const rendered = h.next('rendered');
    h.controller.show(h.document.uri as unknown as vscode.Uri);
    await h.preview.page.waitForFunction(() => document.querySelector('main.diagrams')?.getAttribute('data-state') === 'rendering');
    h.panel.dispose();
    await rendered; // the page finished drawing after the close; VS Code would not deliver this
    h.controller.followCursor(4);
    await settle();
    assert.deepEqual(h.panel.postsAfterDispose, []);
    assert.deepEqual(unhandled, []);
  } finally {
    await h.preview.page.context().close();
  }
});

test('closing the panel while a save dialog is open still writes the file the user chose, and throws nothing', async () => {
  const h = await hosted();
  const dialog = deferred<Uri | undefined>();
  const asked = deferred();
  ui.saveDialog = () => {
    asked.resolve();
    return dialog.promise;
  };
  ui.written.length = 0;
  try {
    const rendered = h.next('rendered');
    h.controller.show(h.document.uri as unknown as vscode.Uri);
    await rendered;
    await h.preview.page.locator('.diagram [data-action="save-svg"]').first().click();
    await asked.promise;
    h.panel.dispose();
    dialog.resolve(Uri.file('/notes/Login.svg'));
    await settle();
    assert.equal(ui.written.length, 1);
    assert.equal(ui.written[0].path, '/notes/Login.svg');
    assert.match(new TextDecoder().decode(ui.written[0].bytes), /^<\?xml[^]*<svg[^]*hello[^]*<\/svg>$/);
    assert.deepEqual(h.panel.postsAfterDispose, []);
    assert.deepEqual(unhandled, []);
  } finally {
    ui.saveDialog = async () => undefined;
    await h.preview.page.context().close();
  }
});

test('typing: the first edit is requested at once, edits during a request become one more request, the picture shows the last text', async () => {
  const h = await hosted();
  try {
    const first = h.next('rendered');
    h.controller.show(h.document.uri as unknown as vscode.Uri);
    await first;
    const before = h.requests();
    const server = deferred();
    h.hold(server.promise);
    h.document.edit(NOTE.replace('hello', 'hello 1'));
    h.controller.scheduleRefresh();
    assert.equal(h.requests(), before + 1, 'no debounce delay before the first request');
    for (const n of [2, 3, 4]) {
      h.document.edit(NOTE.replace('hello', `hello ${n}`));
      h.controller.scheduleRefresh();
    }
    assert.equal(h.requests(), before + 1, 'one request in flight at a time');
    h.hold(undefined);
    server.resolve();
    await h.preview.page.waitForFunction(() => /hello 4/.test(document.querySelector('.diagram svg')?.textContent ?? ''), undefined, { timeout: 20_000 });
    assert.equal(h.requests(), before + 2, 'the three edits made while waiting were gathered into one request');
    assert.deepEqual(unhandled, []);
  } finally {
    await h.preview.page.context().close();
  }
});
