// Fetches a document's diagram list from the language server page by page. The 5,000-diagram note's list was one
// 2.9 MB answer: ~50-100 ms of JSON parse in one extension-host task, and as much again to post it to the webview.
// Pages are bounded (DIAGRAMS_PAGE_CHARS), asked for one macrotask apart, and carry only what changed since the list
// the host already holds, so a keystroke in one diagram costs one small page.
import type * as vscode from 'vscode';
import type { DiagramChange, DiagramsPage, DocumentDiagramsResult, PreviewDiagram } from '../../webview/protocol';
import { applyDiagramPage, isWholeList } from '../../webview/apply-diagram-page';
import { requestDiagramPage, type DiagramsRequester } from './diagrams-client';

/** A whole list the host holds. */
export interface HeldList {
  /** The server's name for it (DiagramsPage.revision); undefined when the server sent it whole. */
  readonly revision: number | undefined;
  readonly diagrams: readonly PreviewDiagram[];
}

/** A page as it arrived, for the webview. */
export interface ArrivedPage {
  /** Whether `changes` are relative to the held list (else they are the whole of [from, next)). */
  readonly onHeld: boolean;
  readonly total: number;
  readonly from: number;
  readonly next: number;
  readonly changes: readonly DiagramChange[];
  readonly done: boolean;
}

/**
 * The document's whole list. `onPage` sees each page in order as it arrives (`first` when a list starts, again if
 * the server no longer kept the list mid-way and it is fetched afresh); returning false stops (a newer refresh took
 * over) and this resolves undefined. Throws if the server fails or its pages never fit together.
 */
export async function fetchDiagramList(
  client: DiagramsRequester,
  document: vscode.TextDocument,
  options: { readonly settled: boolean; readonly held: HeldList | undefined },
  onPage: (page: ArrivedPage, first: boolean) => boolean,
): Promise<HeldList | undefined> {
  for (let attempt = 0; attempt < 3; attempt++) {
    // After a mismatch, ask for everything: the held list may be what does not fit.
    const held = attempt === 0 ? options.held : undefined;
    const list = await fetchOnce(client, document, options.settled, held, onPage);
    if (list !== 'mismatch') return list;
  }
  throw new Error('the pages of the diagram list did not fit together');
}

async function fetchOnce(
  client: DiagramsRequester,
  document: vscode.TextDocument,
  settled: boolean,
  held: HeldList | undefined,
  onPage: (page: ArrivedPage, first: boolean) => boolean,
): Promise<HeldList | undefined | 'mismatch'> {
  let revision: number | undefined;
  let list: PreviewDiagram[] | undefined;
  let base: HeldList | undefined;
  for (let from = 0; ; ) {
    const page = asPage(
      await requestDiagramPage(client, document, {
        from,
        ...(settled ? { settled } : {}),
        ...(revision !== undefined ? { revision } : {}),
        ...(held?.revision !== undefined ? { base: held.revision } : {}),
      }),
    );
    if (from === 0) {
      base = page.base !== undefined && page.base === held?.revision ? held : undefined;
      if (page.base !== undefined && !base) return 'mismatch';
      revision = page.revision;
      list = base ? base.diagrams.slice(0, page.total) : [];
      list.length = page.total;
    } else if (page.revision !== revision || page.total !== list!.length) {
      return 'mismatch'; // the server no longer keeps the list being paged through
    }
    const next = page.next ?? page.total;
    if (page.from !== from || next <= from && page.next !== undefined || !applyDiagramPage(list!, { changes: page.changes, from, next }, base?.diagrams)) return 'mismatch';
    if (!onPage({ onHeld: base !== undefined, total: page.total, from, next, changes: page.changes, done: page.next === undefined }, from === 0)) return undefined;
    if (page.next === undefined) return isWholeList(list!) ? { revision, diagrams: list! } : 'mismatch';
    from = page.next;
    // One macrotask between pages: whatever else the extension host has to do runs in between.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

/** A server that answers the whole list (a test double) answered one page holding everything. */
function asPage(answer: DiagramsPage | DocumentDiagramsResult): Omit<DiagramsPage, 'revision'> & { readonly revision: number | undefined } {
  if ('changes' in answer) return answer;
  return { uri: answer.uri, version: answer.version, revision: undefined, base: undefined, total: answer.diagrams.length, from: 0, changes: answer.diagrams, next: undefined };
}
