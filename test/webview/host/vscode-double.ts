// Test double of the slice of the `vscode` API the preview controller uses, so the REAL controller
// (src/client/preview/diagram-preview-panel.ts) runs in Node. Importing this file makes `require('vscode')`
// resolve to it. The webview panel double behaves as VS Code's does where it matters here: posting to a disposed
// webview throws "Webview is disposed", and a disposed webview delivers no more messages to the extension.
import Module from 'node:module';

type Listener<T> = (value: T) => unknown;

/** Minimal `vscode.Uri` over WHATWG URL (file: URIs only). */
export class Uri {
  private constructor(private readonly url: URL) {}
  static parse(value: string): Uri {
    return new Uri(new URL(value));
  }
  static file(path: string): Uri {
    return new Uri(new URL(`file://${path}`));
  }
  static joinPath(base: Uri, ...parts: string[]): Uri {
    const url = new URL(base.url.href);
    url.pathname = [url.pathname.replace(/\/$/, ''), ...parts].join('/').replace(/\/[^/]+\/\.\.(?=\/|$)/g, '');
    return new Uri(url);
  }
  get scheme(): string {
    return this.url.protocol.slice(0, -1);
  }
  get path(): string {
    return decodeURIComponent(this.url.pathname);
  }
  get fsPath(): string {
    return this.path;
  }
  toString(): string {
    return this.url.href;
  }
}

export class Position {
  constructor(readonly line: number, readonly character: number) {}
}
/** `vscode.Range`, from two positions or from four numbers (start line and character, end line and character). */
export class Range {
  readonly start: Position;
  readonly end: Position;
  constructor(...args: [Position, Position] | [number, number, number, number]) {
    [this.start, this.end] = args.length === 2 ? args : [new Position(args[0], args[1]), new Position(args[2], args[3])];
  }
}
export const ViewColumn = { Active: -1, Beside: -2, One: 1 } as const;
export const EndOfLine = { LF: 1, CRLF: 2 } as const;
export const TextEditorRevealType = { InCenterIfOutsideViewport: 2 } as const;

/** A note as the editor holds it: its text and version change with `edit`. */
export class TextDocumentDouble {
  version = 1;
  readonly languageId = 'markdown';
  constructor(readonly uri: Uri, private text: string) {}
  getText(): string {
    return this.text;
  }
  edit(text: string): void {
    this.text = text;
    this.version += 1;
  }
  get lineCount(): number {
    return this.text.split('\n').length;
  }
  lineAt(line: number): { range: Range } {
    return { range: new Range(new Position(line, 0), new Position(line, this.text.split('\n')[line]!.length)) };
  }
  offsetAt(position: Position): number {
    const lines = this.text.split('\n');
    return lines.slice(0, position.line).reduce((sum, l) => sum + l.length + 1, 0) + position.character;
  }
}

/** `vscode.CodeLens`: a range and its command. */
export class CodeLens {
  constructor(readonly range: Range, readonly command?: { title: string; command: string; arguments?: unknown[] }) {}
}

/** `vscode.EventEmitter`, enough to subscribe and fire. */
export class EventEmitter<T> {
  private readonly listeners: Array<Listener<T>> = [];
  readonly event = (listener: Listener<T>) => {
    this.listeners.push(listener);
    return { dispose: () => this.listeners.splice(this.listeners.indexOf(listener), 1) };
  };
  fire(value: T): void {
    for (const l of [...this.listeners]) l(value);
  }
}

/** What the user does in dialogs and what the extension showed; tests script and read it. */
export const ui = {
  warnings: [] as string[],
  errors: [] as string[],
  /** The next save dialog resolves with what this returns (a promise lets a test hold the dialog open). */
  saveDialog: (async () => undefined) as () => Promise<Uri | undefined>,
  written: [] as Array<{ path: string; bytes: Uint8Array }>,
};

export const workspace = {
  textDocuments: [] as TextDocumentDouble[],
  async openTextDocument(uri: Uri): Promise<TextDocumentDouble> {
    const document = workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (!document) throw new Error(`cannot open ${uri.toString()}`);
    return document;
  },
  /** Settings by full key (`archlens.largeNote.maxSize`); anything unset reads as its default. */
  settings: new Map<string, unknown>(),
  getConfiguration: (section: string) => ({
    get: <T>(key: string, fallback: T): T => (workspace.settings.has(`${section}.${key}`) ? (workspace.settings.get(`${section}.${key}`) as T) : fallback),
  }),
  fs: {
    async writeFile(uri: Uri, bytes: Uint8Array): Promise<void> {
      ui.written.push({ path: uri.path, bytes });
    },
  },
};

export const window = {
  visibleTextEditors: [] as unknown[],
  async showWarningMessage(message: string): Promise<undefined> {
    ui.warnings.push(message);
    return undefined;
  },
  async showErrorMessage(message: string): Promise<undefined> {
    ui.errors.push(message);
    return undefined;
  },
  showSaveDialog: () => ui.saveDialog(),
  setStatusBarMessage: () => ({ dispose() {} }),
  async showTextDocument(document: TextDocumentDouble) {
    return { document, revealRange() {} };
  },
};

export const env = { clipboard: { writeText: async (_text: string) => undefined } };

export const l10n = {
  bundle: undefined,
  t: (message: string, ...args: unknown[]) => message.replace(/\{(\d+)\}/g, (_m, i: string) => String(args[Number(i)])),
};

/**
 * A `vscode.WebviewPanel`: what the controller posts goes to `deliver` (a real Chromium page in the tests),
 * and `receive` hands it what the page posts back, until the panel is disposed.
 */
export class WebviewPanelDouble {
  title = '';
  disposed = false;
  /** Every postMessage call the controller made after the panel was disposed (VS Code throws on each). */
  readonly postsAfterDispose: unknown[] = [];
  private readonly disposeListeners: Listener<void>[] = [];
  private readonly messageListeners: Listener<unknown>[] = [];
  readonly webview;

  constructor(deliver: (message: unknown) => Promise<void>) {
    const panel = this;
    this.webview = {
      options: {},
      html: '',
      cspSource: 'https://archlens-webview.test',
      asWebviewUri: (uri: Uri) => uri,
      postMessage(message: unknown): Promise<boolean> {
        if (panel.disposed) {
          panel.postsAfterDispose.push(message);
          throw new Error('Webview is disposed');
        }
        return deliver(message).then(() => true);
      },
      onDidReceiveMessage(listener: Listener<unknown>) {
        panel.messageListeners.push(listener);
        return { dispose: () => panel.messageListeners.splice(panel.messageListeners.indexOf(listener), 1) };
      },
    };
  }

  /** A message from the webview; dropped once disposed, as VS Code does. */
  receive(message: unknown): void {
    if (this.disposed) return;
    for (const listener of [...this.messageListeners]) listener(message);
  }

  onDidDispose(listener: Listener<void>) {
    this.disposeListeners.push(listener);
    return { dispose: () => undefined };
  }

  reveal(): void {}

  /** The user closed the panel. */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    for (const listener of this.disposeListeners) listener();
  }
}

// Make `import * as vscode from 'vscode'` in the controller resolve to this very module.
const resolve = (Module as unknown as { _resolveFilename: (request: string, ...rest: unknown[]) => string })._resolveFilename;
(Module as unknown as { _resolveFilename: typeof resolve })._resolveFilename = function (request, ...rest) {
  return request === 'vscode' ? __filename : resolve.call(this, request, ...rest);
};
