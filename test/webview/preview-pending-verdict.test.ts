// The preview no longer waits for mermaid's verdict: the server answers at once with unchecked diagrams marked
// `pending`, and a follow-up request brings the verdicts. The REAL controller (DiagramPreviewPanel), the real
// webview in headless Chromium, and the real diagram description and mermaid validation the language server uses;
// only VS Code's API and the LSP transport are doubles. A broken diagram must still end up with its error card on
// the right note line, and must not flash a message while its verdict is pending.
import { TextDocumentDouble, Uri, WebviewPanelDouble, workspace } from './host/vscode-double';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import type * as vscode from 'vscode';
import { DiagramPreviewPanel } from '../../src/client/preview/diagram-preview-panel';
import type { DiagramsRequester } from '../../src/client/preview/diagrams-client';
import { findDiagrams } from '../../src/core/markdown/find-diagrams';
import { describeDiagrams } from '../../src/server/diagrams-request';
import { mermaidValidator } from '../../src/server/mermaid-validator';
import type { DocumentDiagramsParams, DocumentDiagramsResult, WebviewMessage } from '../../src/webview/protocol';
import { launchChromium, openPreview } from './preview-page';

let browser: Browser;
before(async () => (browser = await launchChromium()));
after(() => browser?.close());

// A name no other test validates, so its verdict cannot already be cached.
const NAME = `Pending${process.pid}${Date.now()}`;
const NOTE = ['# Login', '', '```', 'sequenceDiagram', `    Alice->>${NAME}: hello`, '```', ''].join('\n');
//                                                            line 4 (0-based) holds the message
const BROKEN = NOTE.replace(`Alice->>${NAME}: hello`, `Alice->>${NAME} hello`);

test('an edit that breaks a diagram: the quick answer is pending and shows no message, the follow-up shows the error card on the right line', async () => {
  const note = new TextDocumentDouble(Uri.file('/notes/pending.md'), NOTE);
  workspace.textDocuments.push(note);
  const answers: DocumentDiagramsResult[] = [];
  let releaseSettled: () => void = () => undefined;
  let settledGate: Promise<void> | undefined;
  // The server's request handler as the language server runs it, with the real mermaid validator.
  const server: DiagramsRequester = {
    async sendRequest<R>(_method: string, params: unknown): Promise<R> {
      const { settled } = params as DocumentDiagramsParams;
      const text = note.getText();
      const version = note.version;
      if (settled) await settledGate;
      const diagrams = await describeDiagrams(text, 'markdown', findDiagrams(text), mermaidValidator, { settled });
      const result: DocumentDiagramsResult = { uri: note.uri.toString(), version, diagrams };
      answers.push(result);
      return result as R;
    },
  };
  const rendered: WebviewMessage[] = [];
  let panel: WebviewPanelDouble | undefined;
  const preview = await openPreview(browser, {
    onPost: (message) => {
      panel?.receive(message);
      if (message.type === 'rendered') rendered.push(message);
    },
  });
  try {
    panel = new WebviewPanelDouble((message) => preview.send(message as never));
    const controller = new DiagramPreviewPanel(panel as unknown as vscode.WebviewPanel, Uri.file('/extension') as unknown as vscode.Uri, server, () => undefined);
    controller.show(note.uri as unknown as vscode.Uri);
    await preview.page.waitForFunction((name) => (document.querySelector('.diagram svg')?.textContent ?? '').includes(name), NAME, { timeout: 20_000 });

    // Hold the follow-up so the quick answer's drawing is observable on its own.
    settledGate = new Promise((resolve) => (releaseSettled = resolve));
    const before = answers.length;
    const renderedBefore = rendered.length;
    note.edit(BROKEN);
    controller.scheduleRefresh();
    await waitFor(() => rendered.length > renderedBefore);
    const quick = answers[before];
    assert.equal(quick.diagrams[0].pending, true, 'the first answer did not wait for mermaid');
    assert.equal(quick.diagrams[0].error, undefined);
    // No misleading message while pending: the last good picture stays, no error card.
    assert.deepEqual(rendered.at(-1), { type: 'rendered', svgs: 1, errors: 0 });
    assert.equal(await preview.page.locator('.diagram-error').isVisible(), false);
    assert.ok((await preview.page.locator('.diagram svg').textContent())?.includes(NAME), 'the last good picture stays');

    releaseSettled();
    const card = preview.page.locator('.diagram.has-error .error-link');
    await card.waitFor({ timeout: 20_000 });
    const settledAnswer = answers.at(-1)!;
    assert.equal(settledAnswer.diagrams[0].pending, undefined);
    assert.equal(settledAnswer.diagrams[0].error?.line, 4);
    assert.match((await card.textContent()) ?? '', /^Line 5: /, 'the error card names the note line (1-based)');
    assert.match((await preview.page.locator('.error-hint').textContent()) ?? '', /last picture/);
  } finally {
    await preview.page.context().close();
  }
});

async function waitFor(condition: () => boolean, timeoutMs = 20_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}
