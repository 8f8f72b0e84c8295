// The built-in Markdown preview path on a VS Code without a Mermaid renderer (1.100), in real Chromium: real
// markdown-it + our plugin produce the HTML, dist/markdown-preview.js draws our elements only, redraws after the
// preview's `vscode.markdown.updateContent` event, and labels run nothing.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import MarkdownIt from 'markdown-it';
import type { Browser, Page } from 'playwright-core';
import { untaggedFencesPlugin } from '../../src/client/preview/untagged-fences-plugin';
import { launchChromium, ORIGIN } from './preview-page';

let browser: Browser;
before(async () => (browser = await launchChromium()));
after(() => browser?.close());

const NOTE = [
  '# Flow', '',
  '```', 'sequenceDiagram', '    Alice->>Bob: <img src=x onerror=window.__xss=1>', '```', '',
  '```mermaid', 'graph LR', '    X-->Y', '```', '',
  '```', 'flowchart LR', '    A[start] --> B[end]', '```', '',
].join('\n');

function render(markdown: string): string {
  const md = new MarkdownIt({ html: true });
  untaggedFencesPlugin(md, () => 'own');
  return md.render(markdown);
}

/** A page shaped like VS Code's Markdown preview: rendered HTML in the body, then the contributed script. */
async function openMarkdownPreview(html: string): Promise<{ page: Page; foreign: string[] }> {
  const context = await browser.newContext();
  const foreign: string[] = [];
  const nonce = 'bWFya2Rvd24tcHJldmlldw==';
  const csp = `default-src 'none'; script-src 'nonce-${nonce}'; style-src ${ORIGIN} 'unsafe-inline'; img-src ${ORIGIN} data:`;
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.pathname === '/preview.html') {
      return route.fulfill({ contentType: 'text/html', body: `<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="${csp}"></head><body class="vscode-light"><div class="markdown-body">${html}</div><script nonce="${nonce}" src="/dist/markdown-preview.js"></script></body></html>` });
    }
    if (url.pathname === '/dist/markdown-preview.js') return route.fulfill({ contentType: 'text/javascript', body: readFileSync('dist/markdown-preview.js') });
    foreign.push(url.href);
    return route.abort();
  });
  const page = await context.newPage();
  await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  await page.goto(`${ORIGIN}/preview.html`);
  return { page, foreign };
}

test('untagged diagrams are drawn, the tagged fence is left to its own renderer, updates redraw', async () => {
  const { page, foreign } = await openMarkdownPreview(render(NOTE));
  try {
    await page.waitForFunction(() => document.body.dataset.archlensRendered === '2');
    assert.equal(await page.locator('.archlens-mermaid svg').count(), 2);
    assert.match((await page.locator('.archlens-mermaid').first().locator('svg').textContent()) ?? '', /<img src=x onerror=window.__xss=1>/, 'label shown as text');
    assert.equal(await page.locator('pre code').count(), 1, 'the ```mermaid fence is untouched by us');
    assert.equal(await page.locator('svg').count(), 2);

    // The preview swaps its content on every edit, then fires this event.
    await page.evaluate((html) => {
      document.querySelector('.markdown-body')!.innerHTML = html;
      window.dispatchEvent(new Event('vscode.markdown.updateContent'));
    }, render(NOTE.replace('B[end]', 'B[done]')));
    await page.waitForFunction(() => document.body.dataset.archlensRendered === '2' && document.querySelector('.archlens-mermaid:nth-of-type(2) svg, .archlens-mermaid svg') !== null && /done/.test(document.body.textContent ?? ''));
    assert.match((await page.locator('.archlens-mermaid').nth(1).locator('svg').textContent()) ?? '', /done/);
    assert.equal(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss ?? null), null);
    assert.deepEqual(foreign, []);
  } finally {
    await page.context().close();
  }
});

test('a broken untagged diagram shows mermaid\'s error in place of the picture', async () => {
  const { page } = await openMarkdownPreview(render('```\nsequenceDiagram\n    Alice->>\n```\n'));
  try {
    await page.waitForFunction(() => document.body.dataset.archlensRendered === '0');
    assert.match((await page.locator('.archlens-mermaid.archlens-mermaid-error pre').textContent()) ?? '', /^Mermaid error: .*line 2/s);
  } finally {
    await page.context().close();
  }
});
