// The built-in Markdown preview path on a VS Code without a Mermaid renderer (1.100), in real Chromium: real
// markdown-it + our plugin produce the HTML, the shared dist/webview.js draws our elements only (and does not
// start the panel's code there), redraws after the preview's `vscode.markdown.updateContent` event, and labels
// run nothing.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { launchChromium } from './preview-page';
import { openMarkdownPreview as openPage, renderMarkdown as render } from './markdown-preview-page';

let browser: Browser;
before(async () => (browser = await launchChromium()));
after(() => browser?.close());

const NOTE = [
  '# Flow', '',
  '```', 'sequenceDiagram', '    Alice->>Bob: <img src=x onerror=window.__xss=1>', '```', '',
  '```mermaid', 'graph LR', '    X-->Y', '```', '',
  '```', 'flowchart LR', '    A[start] --> B[end]', '```', '',
].join('\n');

const openMarkdownPreview = (html: string) => openPage(browser, html);

test('untagged diagrams are drawn, the tagged fence is left to its own renderer, updates redraw', async () => {
  const preview = await openMarkdownPreview(render(NOTE));
  const { page, foreign } = preview;
  try {
    await page.waitForFunction(() => document.body.dataset.archlensRendered === '2');
    assert.equal(await page.locator('.archlens-mermaid svg').count(), 2);
    assert.match((await page.locator('.archlens-mermaid').first().locator('svg').textContent()) ?? '', /<img src=x onerror=window.__xss=1>/, 'label shown as text');
    assert.equal(await page.locator('pre code').count(), 1, 'the ```mermaid fence is untouched by us');
    assert.equal(await page.locator('svg').count(), 2);
    assert.equal(await preview.acquiredApi(), false, "the panel's code did not start here");
    assert.deepEqual(preview.errors, []);

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
