// The preview's list comes page by page, each page only with what changed (issue #7). The REAL controller
// (DiagramPreviewPanel), the real webview in headless Chromium, and the real `archlens/documentDiagrams` handler
// with small pages; only VS Code's API and the LSP transport are doubles. Whatever is typed, the cards must show the
// note's diagrams in order, none lost or doubled, and a page of an older refresh must never land over a newer one.
import { TextDocumentDouble, Uri, WebviewPanelDouble, workspace } from './host/vscode-double';
import { after, afterEach, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import type * as vscode from 'vscode';
import type { Connection } from 'vscode-languageserver';
import { DiagramPreviewPanel } from '../../src/client/preview/diagram-preview-panel';
import type { DiagramsRequester } from '../../src/client/preview/diagrams-client';
import type { Diagram } from '../../src/core/markdown/diagram';
import { registerDiagramsRequest } from '../../src/server/diagrams-request';
import type { DocumentDiagramsParams, HostMessage, WebviewMessage } from '../../src/webview/protocol';
import { launchChromium, openPreview, type PreviewPage } from './preview-page';

let browser: Browser;
before(async () => (browser = await launchChromium()));
after(() => browser?.close());
afterEach(() => (workspace.textDocuments.length = 0));

const section = (name: string) => [`## ${name}`, '', '```mermaid', 'flowchart LR', `    ${name}A[${name} start] --> ${name}B[${name} end]`, '```', ''].join('\n');
const noteOf = (names: readonly string[]) => names.map(section).join('\n');
const NAMES = Array.from({ length: 12 }, (_, i) => `D${i}`);

type Page = Extract<HostMessage, { type: 'page' }>;

interface Hosted {
  controller: DiagramPreviewPanel;
  preview: PreviewPage;
  document: TextDocumentDouble;
  /** Every page the controller posted, in order. */
  pages: Page[];
  /** While set, later pages (not first ones) of settled lists wait for it. */
  holdSettledPages(gate: Promise<void> | undefined): void;
  rendered(): number;
}

async function hosted(text: string): Promise<Hosted> {
  const document = new TextDocumentDouble(Uri.file('/notes/paged.md'), text);
  workspace.textDocuments.push(document);
  let handler: ((params: DocumentDiagramsParams) => Promise<unknown>) | undefined;
  const connection = { onRequest: (_method: string, h: typeof handler) => (handler = h) } as unknown as Connection;
  // A verdict cache as the server's: a text not checked before is pending in the quick list, and its follow-up
  // brings the verdict (no error).
  const checked = new Set<string>();
  registerDiagramsRequest(connection, {
    document: () => ({ text: document.getText(), languageId: 'markdown', version: document.version }),
    validate: Object.assign((d: Diagram) => (checked.add(d.text), []), { known: (d: Diagram) => (checked.has(d.text) ? [] : ('pending' as const)) }),
  });
  let gate: Promise<void> | undefined;
  const server: DiagramsRequester = {
    async sendRequest<R>(_method: string, params: unknown): Promise<R> {
      const p = params as DocumentDiagramsParams;
      if (p.settled && p.revision !== undefined) await gate;
      // Three diagrams a page, so that a dozen make several pages; through JSON as over the wire.
      return JSON.parse(JSON.stringify(await handler!({ ...p, count: 3 }))) as R;
    },
  };
  const pages: Page[] = [];
  let rendered = 0;
  let panel: WebviewPanelDouble | undefined;
  const preview = await openPreview(browser, {
    onPost: (message: WebviewMessage) => {
      panel?.receive(message);
      if (message.type === 'rendered') rendered += 1;
    },
  });
  panel = new WebviewPanelDouble((message) => {
    if ((message as HostMessage).type === 'page') pages.push(message as Page);
    return preview.send(message as never);
  });
  const controller = new DiagramPreviewPanel(panel as unknown as vscode.WebviewPanel, Uri.file('/extension') as unknown as vscode.Uri, server, () => undefined);
  return { controller, preview, document, pages, holdSettledPages: (g) => (gate = g), rendered: () => rendered };
}

/** The cards on screen: heading, document line and the picture's labels. */
function cards(preview: PreviewPage): Promise<string[]> {
  return preview.page.$$eval('.diagram', (sections) => sections.map((s) => `${s.querySelector('.diagram-heading')?.textContent}@${(s as HTMLElement).dataset.line}:${(s.querySelector('svg')?.textContent ?? '').replace(s.querySelector('svg style')?.textContent ?? '', '')}`));
}

/** What the cards must show for `names`, each section 7 lines, the diagram text from its fourth line. */
function expected(names: readonly string[], top = 0): string[] {
  return names.map((n, i) => `${n}@${top + i * 7 + 3}:${n} start${n} end`);
}

async function settle(h: Hosted, names: readonly string[], top = 0): Promise<void> {
  const want = expected(names, top);
  const end = Date.now() + 30_000;
  while (JSON.stringify(await cards(h.preview)) !== JSON.stringify(want)) {
    if (Date.now() > end) assert.deepEqual(await cards(h.preview), want);
    await new Promise((r) => setTimeout(r, 50));
  }
}

test('typing, inserting, moving and deleting diagrams: the cards follow the note in order, only changes are sent', async () => {
  const h = await hosted(noteOf(NAMES));
  try {
    h.controller.show(h.document.uri as unknown as vscode.Uri);
    await settle(h, NAMES);
    assert.ok(h.pages.length >= 4, `${h.pages.length} pages for the first list`);
    assert.ok(h.pages.every((p) => p.changes.length <= 3));

    // A keystroke inside one diagram: one page, with that diagram alone.
    let before = h.pages.length;
    const typed = NAMES.map((n) => (n === 'D7' ? 'D7x' : n));
    h.document.edit(noteOf(typed));
    h.controller.scheduleRefresh();
    await settle(h, typed);
    await new Promise((r) => setTimeout(r, 300)); // the verdict follow-up
    const sent = h.pages.slice(before);
    assert.ok(sent.every((p) => p.base !== undefined), 'relative to the list the webview holds');
    assert.deepEqual(sent.flatMap((p) => p.changes.map((d) => d.index)), [7, 7], 'the typed diagram, then its verdict');

    // A diagram inserted at the top, two deleted at the end, one moved: whole list order on screen.
    for (const names of [['NEW', ...typed], ['NEW', ...typed.slice(0, -2)], ['NEW', 'D5', ...typed.slice(0, -2).filter((n) => n !== 'D5')]]) {
      before = h.rendered();
      h.document.edit(noteOf(names));
      h.controller.scheduleRefresh();
      await settle(h, names);
    }
    // Blank lines above every diagram: all move, none is drawn twice or lost.
    const last = ['NEW', 'D5', ...typed.slice(0, -2).filter((n) => n !== 'D5')];
    h.document.edit('\n\n' + noteOf(last));
    h.controller.scheduleRefresh();
    await settle(h, last, 2);
    assert.equal(await h.preview.page.locator('.diagram').count(), last.length);
  } finally {
    await h.preview.page.context().close();
  }
});

test('a verdict follow-up still paging when the user types: its later pages are never posted after the newer list', async () => {
  const h = await hosted(noteOf(NAMES));
  try {
    h.controller.show(h.document.uri as unknown as vscode.Uri);
    await settle(h, NAMES);
    await new Promise((r) => setTimeout(r, 300));
    // Hold the follow-up's second page: the follow-up has posted its first page and waits.
    let release: () => void = () => undefined;
    h.holdSettledPages(new Promise((r) => (release = r)));
    const renamed = NAMES.map((n) => `${n}r`);
    h.document.edit(noteOf(renamed.slice(0, 3).concat(NAMES.slice(3))));
    h.controller.scheduleRefresh();
    const start = Date.now();
    while (!h.pages.some((p) => p.changes.some((d) => d.text?.includes('D2r')))) {
      assert.ok(Date.now() - start < 20_000, 'the edit was posted');
      await new Promise((r) => setTimeout(r, 20));
    }
    // Meanwhile its own follow-up is held too; type again, then let every held page go.
    h.document.edit(noteOf(renamed));
    h.controller.scheduleRefresh();
    await new Promise((r) => setTimeout(r, 300));
    h.holdSettledPages(undefined);
    release();
    await settle(h, renamed);
    await new Promise((r) => setTimeout(r, 500));
    await settle(h, renamed);
    // Pages reach the webview in increasing refresh order: none of an older refresh after a newer one began.
    const refreshes = h.pages.map((p) => p.refresh);
    assert.deepEqual(refreshes, [...refreshes].sort((a, b) => a - b), `refresh order ${refreshes.join()}`);
  } finally {
    await h.preview.page.context().close();
  }
});
