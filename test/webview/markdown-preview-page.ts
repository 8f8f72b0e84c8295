// Test double for VS Code's built-in Markdown preview: a real Chromium page shaped like the one VS Code 1.100
// builds (its strict-level Content-Security-Policy, the rendered Markdown in the body, contributed scripts as
// `<script async nonce>` tags without attributes of ours), loading the real dist/webview.js. Every request that is
// not the page or the bundle is recorded and refused.
import { readFileSync } from 'node:fs';
import MarkdownIt from 'markdown-it';
import type { Browser, Page } from 'playwright-core';
import { untaggedFencesPlugin } from '../../src/client/preview/untagged-fences-plugin';
import { ORIGIN } from './preview-page';

/**
 * VS Code's Markdown preview policy at its default ("strict") security level, as in
 * extensions/markdown-language-features (previewContentProvider getCsp): unlike our panel it lets images, styles
 * and fonts come from any https: origin, so here nothing but our own sanitising stands between a diagram and
 * the network.
 */
export function markdownPreviewCsp(nonce: string): string {
  return `default-src 'none'; img-src 'self' ${ORIGIN} https: data:; media-src 'self' ${ORIGIN} https: data:; script-src 'nonce-${nonce}'; style-src 'self' ${ORIGIN} 'unsafe-inline' https: data:; font-src 'self' ${ORIGIN} https: data:;`;
}

/** The preview HTML VS Code 1.100 renders for `markdown` with our plugin (no Mermaid renderer of its own). */
export function renderMarkdown(markdown: string): string {
  const md = new MarkdownIt({ html: true });
  untaggedFencesPlugin(md, () => 'own');
  return md.render(markdown);
}

export interface MarkdownPreviewPage {
  readonly page: Page;
  /** Requests for anything but the page and the bundle (each was refused). */
  readonly foreign: string[];
  /** Uncaught errors of the page. */
  readonly errors: string[];
  /** Whether any script called `acquireVsCodeApi` (VS Code's own preview script already has, so ours must not). */
  acquiredApi(): Promise<boolean>;
  cspViolations(): Promise<string[]>;
}

/** Opens a page shaped like VS Code's Markdown preview showing `html`, with dist/webview.js contributed. */
export async function openMarkdownPreview(browser: Browser, html: string): Promise<MarkdownPreviewPage> {
  const context = await browser.newContext();
  const foreign: string[] = [];
  const nonce = 'bWFya2Rvd24tcHJldmlldw==';
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.origin === ORIGIN && url.pathname === '/preview.html') {
      return route.fulfill({
        // VS Code's preview page declares UTF-8 (a Content-type meta); without it Chinese text would be read as Latin-1.
        contentType: 'text/html; charset=utf-8',
        body: `<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="${markdownPreviewCsp(nonce)}"></head><body class="vscode-light"><div class="markdown-body">${html}</div><script async src="${ORIGIN}/dist/webview.js" nonce="${nonce}" charset="UTF-8"></script></body></html>`,
      });
    }
    if (url.origin === ORIGIN && url.pathname === '/dist/webview.js') return route.fulfill({ contentType: 'text/javascript', body: readFileSync('dist/webview.js') });
    foreign.push(url.href);
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[]; __acquired: boolean; acquireVsCodeApi(): never };
    w.__csp = [];
    w.__acquired = false;
    w.acquireVsCodeApi = () => {
      w.__acquired = true;
      throw new Error('An instance of the VS Code API has already been acquired');
    };
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(`${ORIGIN}/preview.html`);
  return {
    page,
    foreign,
    errors,
    acquiredApi: () => page.evaluate(() => (window as unknown as { __acquired: boolean }).__acquired),
    cspViolations: () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp),
  };
}
