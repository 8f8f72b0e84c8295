// Test double for the VS Code side of the preview: a real headless Chromium page loads the real preview HTML
// (src/client/preview/preview-html.ts, CSP included) and the real dist/webview.js from a fake webview origin.
// Only `acquireVsCodeApi` is faked: it records what the webview posts and keeps its state. Every request the
// page makes is routed here; anything that is not one of the page's own files is recorded and refused.
import { readFileSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createNonce, previewHtml } from '../../src/client/preview/preview-html';
import type { HostMessage, PreviewDiagram, WebviewMessage } from '../../src/webview/protocol';

export const ORIGIN = 'https://archlens-webview.test';
const FILES: Record<string, { path: string; type: string }> = {
  '/dist/webview.js': { path: 'dist/webview.js', type: 'text/javascript' },
  '/media/preview.css': { path: 'media/preview.css', type: 'text/css' },
};

export type ThemeClass = 'vscode-light' | 'vscode-dark' | 'vscode-high-contrast';
const THEME_COLORS: Record<ThemeClass, { background: string; foreground: string }> = {
  'vscode-light': { background: '#ffffff', foreground: '#3b3b3b' },
  'vscode-dark': { background: '#1f1f1f', foreground: '#cccccc' },
  'vscode-high-contrast': { background: '#000000', foreground: '#ffffff' },
};

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

export interface PreviewPage {
  readonly page: Page;
  /** Requests for anything but the page's own files (each was refused). */
  readonly foreignRequests: string[];
  /** CSP violations the page reported (`securitypolicyviolation` events), as "directive blocked-uri". */
  cspViolations(): Promise<string[]>;
  /** Messages the webview posted to the host, oldest first. */
  posted(): Promise<WebviewMessage[]>;
  /** Sends an update and waits until the webview reports it rendered. */
  update(diagrams: readonly PreviewDiagram[], options?: { uri?: string; pngBackground?: 'theme' | 'transparent' }): Promise<Extract<WebviewMessage, { type: 'rendered' }>>;
  send(message: HostMessage): Promise<void>;
  setTheme(theme: ThemeClass): Promise<void>;
}

export interface OpenOptions {
  theme?: ThemeClass;
  /** Load the page without its CSP meta tag, to prove the webview itself is safe and not only the CSP. */
  withoutCsp?: boolean;
  /** Replace the real CSP (to show what a stricter policy breaks). */
  csp?: (real: string) => string;
  /** State the fake host hands back from `getState` (as after a window reload). */
  state?: unknown;
  /** Script run in the page before the webview's own (fault injection). */
  initScript?: string;
  /** Also hands every message the webview posts to this Node callback (a host controller under test). */
  onPost?: (message: WebviewMessage) => void;
  /** UI translations the host puts in the page (`vscode.l10n.bundle` in VS Code). */
  l10n?: Record<string, string>;
}

/** Opens the preview page in a fresh context. */
export async function openPreview(browser: Browser, options: OpenOptions = {}): Promise<PreviewPage> {
  const context = await browser.newContext({ viewport: { width: 900, height: 800 } });
  const page = await context.newPage();
  const foreignRequests: string[] = [];
  const nonce = createNonce();
  let html = previewHtml({ cspSource: ORIGIN, scriptUri: `${ORIGIN}/dist/webview.js`, styleUri: `${ORIGIN}/media/preview.css`, nonce, l10n: options.l10n });
  if (options.withoutCsp) html = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
  if (options.csp) html = html.replace(/(http-equiv="Content-Security-Policy" content=")([^"]*)/, (_m, a: string, b: string) => a + options.csp!(b.replace(/&#39;/g, "'")));
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin === ORIGIN && url.pathname === '/index.html') {
      return route.fulfill({ status: 200, contentType: 'text/html', body: html });
    }
    const file = url.origin === ORIGIN ? FILES[url.pathname] : undefined;
    if (file) return route.fulfill({ status: 200, contentType: file.type, body: readFileSync(file.path) });
    foreignRequests.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  if (options.onPost) await page.exposeFunction('__toHost', options.onPost);
  if (options.initScript) await page.addInitScript({ content: options.initScript });
  const theme = options.theme ?? 'vscode-dark';
  // tsx compiles the functions below with esbuild's keepNames, which wraps them in a `__name` helper that only
  // exists in Node; give the page a no-op one so the same functions run there.
  await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  await page.addInitScript(
    ({ theme, colors, state }) => {
      const w = window as unknown as Record<string, unknown>;
      w.__posted = [];
      w.__postedAt = [];
      w.__state = state;
      w.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => (w.__csp as string[]).push(`${e.violatedDirective} ${e.blockedURI}`));
      // VS Code sets the theme class and colour variables before the webview's scripts run.
      w.__applyTheme = (name: string, c: { background: string; foreground: string }) => {
        document.body.className = name;
        document.documentElement.style.setProperty('--vscode-editor-background', c.background);
        document.documentElement.style.setProperty('--vscode-editor-foreground', c.foreground);
      };
      let acquired = false;
      w.acquireVsCodeApi = () => {
        if (acquired) throw new Error('acquireVsCodeApi called twice');
        acquired = true;
        (w.__applyTheme as (n: string, c: unknown) => void)(theme, colors);
        return {
          postMessage: (m: unknown) => {
            (w.__postedAt as number[]).push(performance.now());
            // For the benchmark: when the next frame after a render is done (the picture is on screen).
            if ((m as { type?: string }).type === 'rendered') requestAnimationFrame(() => setTimeout(() => ((w.__paintedAt as number[]) ??= []).push(performance.now())));
            (w.__posted as unknown[]).push(JSON.parse(JSON.stringify(m)));
            if (typeof w.__toHost === 'function') void (w.__toHost as (m: unknown) => Promise<void>)(JSON.parse(JSON.stringify(m)));
          },
          getState: () => w.__state,
          setState: (s: unknown) => (w.__state = s),
        };
      };
    },
    { theme, colors: THEME_COLORS[theme], state: options.state },
  );
  await page.goto(`${ORIGIN}/index.html`);
  await page.waitForFunction(() => (window as unknown as { __posted: { type: string }[] }).__posted.some((m) => m.type === 'ready'));

  const posted = () => page.evaluate(() => (window as unknown as { __posted: WebviewMessage[] }).__posted);
  const send = (message: HostMessage) => page.evaluate((m) => window.postMessage(m, '*'), message);
  return {
    page,
    foreignRequests,
    posted,
    send,
    cspViolations: () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp),
    async update(diagrams, opts = {}) {
      const before = (await posted()).filter((m) => m.type === 'rendered').length;
      await send({ type: 'update', uri: opts.uri ?? 'file:///notes/note.md', title: 'note.md', diagrams, options: { pngBackground: opts.pngBackground ?? 'theme' } });
      await page.waitForFunction((n) => (window as unknown as { __posted: { type: string }[] }).__posted.filter((m) => m.type === 'rendered').length > n, before, { timeout: 60_000 });
      return (await posted()).filter((m) => m.type === 'rendered').at(-1) as Extract<WebviewMessage, { type: 'rendered' }>;
    },
    async setTheme(name) {
      const before = (await posted()).filter((m) => m.type === 'rendered').length;
      await page.evaluate(({ name, c }) => (window as unknown as { __applyTheme: (n: string, c: unknown) => void }).__applyTheme(name, c), { name, c: THEME_COLORS[name] });
      await page.waitForFunction((n) => (window as unknown as { __posted: { type: string }[] }).__posted.filter((m) => m.type === 'rendered').length > n, before, { timeout: 60_000 });
    },
  };
}
