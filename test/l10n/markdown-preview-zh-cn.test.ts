// VS Code's built-in Markdown preview (1.100, where archlens draws untagged diagram fences itself) in a Chinese UI:
// the labels the extension hands the markdown-it plugin reach the preview script, which shows a broken diagram's
// error in Chinese around mermaid's own (untranslated) message. Real markdown-it, real dist/webview.js in Chromium.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import MarkdownIt from 'markdown-it';
import type { Browser } from 'playwright-core';
import { untaggedFencesPlugin } from '../../src/client/preview/untagged-fences-plugin';
import { openMarkdownPreview, renderMarkdown } from '../webview/markdown-preview-page';
import { launchChromium } from '../webview/preview-page';

const zhCn = JSON.parse(readFileSync('l10n/bundle.l10n.zh-cn.json', 'utf8')) as Record<string, string>;
const BROKEN = '# 支付\n\n```\nsequenceDiagram\n    Alice->>\n```\n';

let browser: Browser;
before(async () => void (browser = await launchChromium()));
after(async () => void (await browser.close()));

/** The note rendered as markdown-preview-extension.ts sets the plugin up under a zh-cn VS Code. */
function renderChinese(markdown: string): string {
  const md = new MarkdownIt({ html: true });
  untaggedFencesPlugin(md, () => 'own', { noPicture: zhCn['mermaid produced no picture for this diagram.']!, error: zhCn['Mermaid error: {0}']! });
  return md.render(markdown);
}

test('zh-cn: a broken untagged diagram shows "Mermaid 错误：" and mermaid\'s message', async () => {
  const { page } = await openMarkdownPreview(browser, renderChinese(BROKEN));
  try {
    await page.waitForFunction(() => document.body.dataset.archlensRendered === '0' && document.querySelector('.archlens-mermaid-error pre') !== null);
    assert.match((await page.locator('.archlens-mermaid.archlens-mermaid-error pre').textContent()) ?? '', /^Mermaid 错误：.*line 2/s);
  } finally {
    await page.context().close();
  }
});

test('without labels (an English VS Code, or an older extension host) the same page says "Mermaid error:"', async () => {
  const { page } = await openMarkdownPreview(browser, renderMarkdown(BROKEN));
  try {
    await page.waitForFunction(() => document.body.dataset.archlensRendered === '0' && document.querySelector('.archlens-mermaid-error pre') !== null);
    assert.match((await page.locator('.archlens-mermaid.archlens-mermaid-error pre').textContent()) ?? '', /^Mermaid error: .*line 2/s);
  } finally {
    await page.context().close();
  }
});
