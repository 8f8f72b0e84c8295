// The data that crosses the three boundaries of the preview: language server → client (the
// `archlens/documentDiagrams` request) and client ↔ webview (postMessage). It imports nothing so that the
// server, the extension host and the webview bundle can all share it without pulling each other in.

/** LSP method of the custom request that lists a document's diagrams. */
export const DOCUMENT_DIAGRAMS_METHOD = 'archlens/documentDiagrams';

export interface DocumentDiagramsParams {
  /** The document's URI as the client sent it in didOpen. */
  readonly uri: string;
  /**
   * Answer only once every diagram's verdict is known (no `pending` in the answer). Without it the server answers
   * at once and marks the diagrams still being checked as `pending`.
   */
  readonly settled?: boolean;
  /**
   * Ask for one page (a `DiagramsPage`, of bounded size) instead of the whole list (`DocumentDiagramsResult`):
   * the diagrams from this index on. A 5,000-diagram answer in one message held the extension host ~50 ms to parse.
   */
  readonly from?: number;
  /** With `from`: at most this many diagrams in the page (the server also stops at `DIAGRAMS_PAGE_CHARS`). */
  readonly count?: number;
  /** With `from`: page through this earlier answer's list as it was, instead of listing the document afresh. */
  readonly revision?: number;
  /**
   * With `from`: the revision whose whole list the client holds. The page then leaves out the diagrams that did
   * not change since, and the text of those whose text did not change.
   */
  readonly base?: number;
}

/** About how many characters of JSON one page carries (a few ms to parse or serialise on a loaded host). */
export const DIAGRAMS_PAGE_CHARS = 128 * 1024;

/** Zero-based position, UTF-16 columns (LSP). */
export interface WirePosition {
  readonly line: number;
  readonly character: number;
}

export interface WireRange {
  readonly start: WirePosition;
  readonly end: WirePosition;
}

/** One diagram of a document as the preview needs it. */
export interface PreviewDiagram {
  /** Position in document order, 0-based. */
  readonly index: number;
  /** The whole block in document coordinates: opening fence to closing fence (the whole file for .mmd). */
  readonly range: WireRange;
  /** Document line of the diagram's first text line (what a click on the picture reveals). */
  readonly textStartLine: number;
  /** Diagram keyword (`sequenceDiagram`, `flowchart`, …) or undefined. */
  readonly kind: string | undefined;
  /** Text of the nearest heading above the diagram, if any. */
  readonly heading: string | undefined;
  /** The diagram source exactly as mermaid sees it. */
  readonly text: string;
  /** The first validation error, if the diagram does not parse. */
  readonly error?: PreviewError;
  /** The server is still checking this diagram: no verdict yet, so no `error` either (a follow-up answer brings it). */
  readonly pending?: true;
}

export interface PreviewError {
  /** Zero-based document line of the error. */
  readonly line: number;
  readonly message: string;
}

export interface DocumentDiagramsResult {
  readonly uri: string;
  /** Document version the list was computed from; undefined when the server does not know it. */
  readonly version: number | undefined;
  readonly diagrams: readonly PreviewDiagram[];
}

/** A diagram of a page: without `text` when its text is the same as that of the base's diagram at its index. */
export type DiagramChange = Omit<PreviewDiagram, 'text'> & { readonly text?: string };

/** One page of a document's diagram list (the answer when the request names `from`). */
export interface DiagramsPage {
  readonly uri: string;
  readonly version: number | undefined;
  /** This list's name: later pages of it are asked for with `revision`, and later lists against it with `base`. */
  readonly revision: number;
  /** The revision `changes` are relative to; undefined when every diagram of the page is in `changes`, text and all. */
  readonly base: number | undefined;
  /** Number of diagrams in the whole list. */
  readonly total: number;
  /** Where this page starts (the request's `from`). */
  readonly from: number;
  /** The diagrams of [from, next) that differ from the base's diagram at the same index, in index order. */
  readonly changes: readonly DiagramChange[];
  /** Where the next page starts; undefined when this page reaches the end of the list. */
  readonly next: number | undefined;
}

/** Options the host passes with every update. */
export interface PreviewOptions {
  /** Background of exported PNGs: the theme's editor background or none. */
  readonly pngBackground: 'theme' | 'transparent';
}

/** Host → webview. */
export type HostMessage =
  | {
      readonly type: 'update';
      readonly uri: string;
      /** Short name shown in the preview's header. */
      readonly title: string;
      readonly diagrams: readonly PreviewDiagram[];
      readonly options: PreviewOptions;
    }
  /**
   * One page of the list, in order: the webview applies the pages of refresh `refresh` to the list of refresh `base`
   * (nothing when undefined) and shows the result once the page with `done` has arrived. Pages of an older refresh
   * than the newest one seen are dropped.
   */
  | {
      readonly type: 'page';
      readonly uri: string;
      readonly title: string;
      readonly options: PreviewOptions;
      /** The host's number of this refresh, increasing. */
      readonly refresh: number;
      readonly base: number | undefined;
      readonly total: number;
      /** Diagrams [from, next) are covered by this page (those not in `changes` are the base's). */
      readonly from: number;
      readonly next: number;
      readonly changes: readonly DiagramChange[];
      readonly done: boolean;
    }
  /** Scroll the diagram into view and highlight it (CodeLens, cursor moved into it); undefined clears. */
  | { readonly type: 'reveal'; readonly index: number | undefined; readonly scroll: boolean };

export type ExportFormat = 'svg' | 'png';

/** Webview → host. */
export type WebviewMessage =
  /** The webview script started; `uri` is the document it showed before a reload, if any. */
  | { readonly type: 'ready'; readonly uri: string | undefined }
  /** The user clicked a diagram or an error: reveal this document line. */
  | { readonly type: 'reveal-source'; readonly index: number; readonly line: number }
  /** Save a diagram: `data` is SVG text or base64 PNG bytes. */
  | { readonly type: 'save'; readonly index: number; readonly format: ExportFormat; readonly data: string }
  | { readonly type: 'copy-svg'; readonly index: number; readonly svg: string }
  /** Rendering of an update finished (used by the host for logging and by tests to wait). */
  | { readonly type: 'rendered'; readonly svgs: number; readonly errors: number }
  /** The webview cannot apply a page (it does not hold its base, e.g. after a reload): send the whole list again. */
  | { readonly type: 'resync' }
  /** Something failed inside the webview that the user should hear about. */
  | { readonly type: 'problem'; readonly message: string };

/** State kept by `vscode.setState` so the panel comes back after a reload. */
export interface PreviewState {
  readonly uri: string | undefined;
  /** Zoom factor per diagram index. */
  readonly zoom: Readonly<Record<string, number>>;
  readonly scrollY: number;
}
