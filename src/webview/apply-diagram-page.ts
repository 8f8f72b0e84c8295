// How one page of a paged diagram list is put into the list being assembled. The extension host (which pages the
// list from the server) and the webview (which gets the same pages forwarded) must agree on it exactly, or a list
// that fits in one would be dropped or mis-assembled in the other; so both import this. It imports only types,
// so the server, the host and the webview bundle can all share it.
import type { DiagramChange, PreviewDiagram } from './protocol';

/**
 * Puts `changes` (the changed diagrams of [from, next), in ascending index order) into `diagrams`; a change
 * without text keeps the text of `held`'s diagram at the same index. False when the page does not fit: an index
 * out of order or outside the page, or a left-out text that `held` does not have.
 */
export function applyDiagramPage(
  diagrams: PreviewDiagram[],
  page: { readonly changes: readonly DiagramChange[]; readonly from: number; readonly next: number },
  held: readonly PreviewDiagram[] | undefined,
): boolean {
  let last = page.from - 1;
  for (const change of page.changes) {
    if (change.index <= last || change.index >= page.next) return false;
    last = change.index;
    const text = change.text ?? held?.[change.index]?.text;
    if (text === undefined) return false;
    diagrams[change.index] = change.text === undefined ? { ...change, text } : (change as PreviewDiagram);
  }
  return true;
}

/** Every index holds a diagram (`some` and `every` skip the holes of a sparse array, so they cannot tell). */
export function isWholeList(diagrams: readonly PreviewDiagram[]): boolean {
  for (let i = 0; i < diagrams.length; i++) if (diagrams[i] === undefined) return false;
  return true;
}
