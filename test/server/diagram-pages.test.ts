// Paged `archlens/documentDiagrams` (issue #7): the list comes in bounded pages, each only with what changed since
// the list the client holds. Pages must put together exactly the list the whole answer gives: nothing lost,
// duplicated or out of order, whatever was typed between two pages, and the same on both sides of the preview (the
// extension host's list and the webview's). The real server over real LSP messages, and a fast-check property over
// the real server paging, the real host fetch loop and the real webview assembler.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type * as vscode from 'vscode';
import { startHarness, type Harness } from './lsp-harness';
import { hugeNote } from '../huge-host/huge-files';
import type { Connection } from 'vscode-languageserver';
import { DiagramLists, diagramsPage } from '../../src/server/diagram-pages';
import { registerDiagramsRequest } from '../../src/server/diagrams-request';
import { fetchDiagramList, type HeldList } from '../../src/client/preview/diagram-list-pages';
import type { DiagramsRequester } from '../../src/client/preview/diagrams-client';
import { DiagramPages } from '../../src/webview/diagram-pages';
import {
  DIAGRAMS_PAGE_CHARS,
  DOCUMENT_DIAGRAMS_METHOD,
  type DiagramsPage,
  type DocumentDiagramsParams,
  type DocumentDiagramsResult,
  type HostMessage,
  type PreviewDiagram,
} from '../../src/webview/protocol';

let server: Harness;
before(async () => (server = await startHarness()));
after(() => server.dispose());

/** Every page from `from` = 0 on, as the client asks for them. */
async function allPages(params: Omit<DocumentDiagramsParams, 'from'>): Promise<DiagramsPage[]> {
  const pages: DiagramsPage[] = [];
  let revision: number | undefined;
  for (let from: number | undefined = 0; from !== undefined; ) {
    const page: DiagramsPage = await server.request<DiagramsPage>(DOCUMENT_DIAGRAMS_METHOD, { ...params, from, ...(revision === undefined ? {} : { revision }) });
    revision = page.revision;
    pages.push(page);
    from = page.next;
  }
  return pages;
}

test('paging a note gives exactly the whole answer, in order, each page bounded', async () => {
  const uri = 'file:///notes/paged.md';
  const text = hugeNote(40);
  const diagnosed = server.nextDiagnostics(uri);
  await server.open(uri, text);
  await diagnosed;
  const whole = await server.request<DocumentDiagramsResult>(DOCUMENT_DIAGRAMS_METHOD, { uri, settled: true });
  assert.equal(whole.diagrams.length, 40);
  const pages = await allPages({ uri, settled: true, count: 7 });
  assert.equal(pages.length, 6);
  assert.ok(pages.every((p) => p.base === undefined && p.total === 40 && p.revision === pages[0]!.revision));
  assert.deepEqual(pages.flatMap((p) => p.changes), whole.diagrams);
  // Without `count`, a page stops at about DIAGRAMS_PAGE_CHARS: the 40 diagrams (~30 KB) fit in one.
  const [one, ...rest] = await allPages({ uri, settled: true });
  assert.deepEqual([one!.changes.length, rest.length], [40, 0]);
});

test('pages of the 5,000-diagram note stay under the budget, and a keystroke in one diagram is one small page', async () => {
  // The request handler itself, with verdicts already known: 5,000 mermaid checks would only slow the test down.
  let handler: ((params: DocumentDiagramsParams) => Promise<unknown>) | undefined;
  const connection = { onRequest: (_method: string, h: typeof handler) => (handler = h) } as unknown as Connection;
  const uri = 'file:///notes/huge-paged.md';
  let text = hugeNote();
  let version = 1;
  registerDiagramsRequest(connection, { document: () => ({ text, languageId: 'markdown', version }), validate: Object.assign(() => [], { known: () => [] }) });
  const request = async (params: Omit<DocumentDiagramsParams, 'uri'>) => JSON.parse(JSON.stringify(await handler!({ uri, ...params }))) as DiagramsPage;
  const pagesOf = async (params: Omit<DocumentDiagramsParams, 'uri' | 'from'>): Promise<DiagramsPage[]> => {
    const pages: DiagramsPage[] = [];
    for (let from: number | undefined = 0; from !== undefined; from = pages.at(-1)!.next) {
      pages.push(await request({ ...params, from, ...(pages[0] ? { revision: pages[0].revision } : {}) }));
    }
    return pages;
  };

  const pages = await pagesOf({});
  const sizes = pages.map((p) => JSON.stringify(p).length);
  assert.equal(pages.flatMap((p) => p.changes).map((d) => d.index).join(), [...Array(5_000).keys()].join(), 'every diagram once, in order');
  assert.ok(pages.length > 10, `${pages.length} pages`);
  const largestDiagram = Math.max(...pages.flatMap((p) => p.changes).map((d) => JSON.stringify(d).length));
  assert.ok(Math.max(...sizes) < DIAGRAMS_PAGE_CHARS + 2 * largestDiagram, `largest page ${Math.max(...sizes)} chars`);

  // One character typed inside diagram 2,500: only that diagram changed, ranges and all.
  const original = text;
  const at = text.indexOf('POST /orders/2500\n');
  text = text.slice(0, at) + 'POST /orders/2500x' + text.slice(at + 'POST /orders/2500'.length);
  version = 2;
  const typed = await pagesOf({ base: pages[0]!.revision });
  assert.equal(typed.length, 1);
  assert.deepEqual(typed[0]!.changes.map((d) => [d.index, d.text?.includes('/orders/2500x')]), [[2500, true]]);

  // A line added at the top: every diagram moved down a line, but only the one typed over since carries its text.
  text = '\n' + original;
  version = 3;
  const moved = await pagesOf({ base: typed[0]!.revision });
  const changes = moved.flatMap((p) => p.changes);
  assert.equal(changes.length, 5_000);
  assert.deepEqual(changes.filter((d) => d.text !== undefined).map((d) => d.index), [2500]);
  assert.ok(moved.length <= pages.length / 2, `${moved.length} pages against ${pages.length} for the whole list`);
});

test('a later page is of the list its first page came from, even after an edit', async () => {
  const uri = 'file:///notes/pinned.md';
  const text = hugeNote(10);
  await server.open(uri, text);
  const first = await server.request<DiagramsPage>(DOCUMENT_DIAGRAMS_METHOD, { uri, from: 0, count: 4 });
  await server.change(uri, text.replace('POST /orders/6\n', 'POST /orders/six\n'), 2);
  const second = await server.request<DiagramsPage>(DOCUMENT_DIAGRAMS_METHOD, { uri, from: 4, count: 4, revision: first.revision });
  assert.equal(second.revision, first.revision);
  assert.equal(second.version, 1);
  assert.match(second.changes[2]!.text!, /orders\/6\n/);
  // Without `revision` the document is listed afresh.
  const fresh = await server.request<DiagramsPage>(DOCUMENT_DIAGRAMS_METHOD, { uri, from: 4, count: 4 });
  assert.match(fresh.changes[2]!.text!, /orders\/six/);
});

// --- The three sides together: server paging, host fetch loop, webview assembler --------------------------------

const diagramOf = (index: number, text: string, line: number, error: boolean): PreviewDiagram => ({
  index,
  range: { start: { line, character: 0 }, end: { line: line + 3, character: 3 } },
  textStartLine: line + 1,
  kind: 'flowchart',
  heading: `H${text}`,
  text: `flowchart LR\n  ${text}`,
  ...(error ? { error: { line: line + 2, message: 'bad' } } : {}),
});

/** Lists with few distinct texts, so equal texts at the same and at shifted indexes both happen. */
const listArb = fc
  .array(fc.record({ text: fc.constantFrom('a', 'b', 'c', 'd'), gap: fc.integer({ min: 4, max: 6 }), error: fc.boolean() }), { maxLength: 30 })
  .map((items) => {
    let line = 0;
    return items.map((item, index) => diagramOf(index, item.text, (line += item.gap), item.error));
  });

test('property: host and webview put together exactly the new list from pages against the old one', async () => {
  await fc.assert(
    fc.asyncProperty(listArb, listArb, fc.integer({ min: 1, max: 5 }), fc.integer({ min: 0, max: 2_000 }), async (older, newer, count, budget) => {
      const lists = new DiagramLists();
      let current = older;
      let version = 1;
      // The server's request handler, with small pages.
      const client: DiagramsRequester = {
        async sendRequest<R>(_method: string, params: unknown): Promise<R> {
          const p = params as DocumentDiagramsParams & { from: number };
          const base = lists.get(p.base, 'file:///n.md');
          const list = lists.get(p.revision, 'file:///n.md') ?? lists.add('file:///n.md', version, current);
          return diagramsPage(list, base, p.from, count, budget) as R;
        },
      };
      const document = { uri: { toString: () => 'file:///n.md' }, get version() { return version; } } as unknown as vscode.TextDocument;
      const shown: PreviewDiagram[][] = [];
      const webview = new DiagramPages(() => assert.fail('the webview lost track'));
      let refresh = 0;
      let heldRefresh: number | undefined;
      const fetch = async (held: HeldList | undefined): Promise<HeldList> => {
        const list = await fetchDiagramList(client, document, { settled: false, held }, (page, first) => {
          if (first) refresh += 1;
          const { onHeld, ...slice } = page;
          const message: Extract<HostMessage, { type: 'page' }> = { type: 'page', uri: 'file:///n.md', title: 'n.md', options: { pngBackground: 'theme' }, refresh, base: onHeld ? heldRefresh : undefined, ...slice };
          const whole = webview.receive(JSON.parse(JSON.stringify(message)));
          if (whole) shown.push([...whole.diagrams]);
          return true;
        });
        heldRefresh = refresh;
        return list!;
      };
      const first = await fetch(undefined);
      assert.deepEqual(first.diagrams, older);
      current = newer;
      version = 2;
      const second = await fetch(first);
      assert.deepEqual(second.diagrams, newer);
      assert.deepEqual(shown, [older, newer]);
    }),
    { numRuns: 300 },
  );
});

test('the webview drops a page of an older refresh that lands after a newer one, and a page after a gap', () => {
  const lost: number[] = [];
  const webview = new DiagramPages(() => lost.push(1));
  const a = [diagramOf(0, 'a', 0, false), diagramOf(1, 'b', 5, false), diagramOf(2, 'c', 10, false)];
  const page = (refresh: number, from: number, next: number, done: boolean, diagrams = a): Extract<HostMessage, { type: 'page' }> => ({
    type: 'page', uri: 'file:///n.md', title: 'n.md', options: { pngBackground: 'theme' }, refresh, base: undefined, total: diagrams.length, from, next, changes: diagrams.slice(from, next), done,
  });
  assert.equal(webview.receive(page(2, 0, 2, false)), undefined);
  const b = a.map((d) => ({ ...d, text: `${d.text} old` }));
  assert.equal(webview.receive(page(1, 2, 3, true, b)), undefined, 'refresh 1 is older than refresh 2');
  assert.equal(webview.receive(page(1, 0, 3, true, b)), undefined);
  assert.deepEqual(webview.receive(page(2, 2, 3, true))?.diagrams, a);
  assert.deepEqual(lost, []);
  // Refresh 3 skips [1, 2): dropped, the host is asked for everything.
  assert.equal(webview.receive(page(3, 0, 1, false)), undefined);
  assert.equal(webview.receive(page(3, 2, 3, true)), undefined);
  assert.deepEqual(lost, [1]);
  // A base the webview does not hold (it reloaded): dropped too.
  assert.equal(webview.receive({ ...page(4, 0, 3, true), base: 99, changes: [] }), undefined);
  assert.deepEqual(lost, [1, 1]);
});
