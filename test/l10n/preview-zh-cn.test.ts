// The diagram preview in a Chinese VS Code: the real preview page (real HTML, CSP and dist/webview.js in headless
// Chromium) with the zh-cn bundle the extension puts in it draws its toolbar, tooltips, status and error display in
// Chinese; without a bundle it stays English.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import type { PreviewDiagram } from '../../src/webview/protocol';
import { launchChromium, openPreview } from '../webview/preview-page';
import { previewDiagramsOf } from '../webview/seed-diagrams';

const zhCn = JSON.parse(readFileSync('l10n/bundle.l10n.zh-cn.json', 'utf8')) as Record<string, string>;
const NOTE = '# 下单\n\n```mermaid\nsequenceDiagram\n    Alice->>Bob: 下单\n```\n\n# 支付\n\n```\nsequenceDiagram\n    Bob->>Pay: 扣款\n```\n';

let browser: Browser;
before(async () => void (browser = await launchChromium()));
after(async () => void (await browser.close()));

/** Both diagrams, the first one broken (as the server would report it). */
async function diagrams(): Promise<PreviewDiagram[]> {
  const good = await previewDiagramsOf(NOTE);
  return [{ ...good[0]!, text: good[0]!.text.replace('Alice->>Bob: 下单', 'Alice->>: 下单'), error: { line: 4, message: '应为 参与者名称' } }, good[1]!];
}

test('zh-cn: toolbar buttons and tooltips, status line and the error display read in Chinese', async () => {
  const preview = await openPreview(browser, { l10n: zhCn });
  try {
    const rendered = await preview.update(await diagrams());
    assert.deepEqual({ svgs: rendered.svgs, errors: rendered.errors }, { svgs: 1, errors: 1 });
    const card = preview.page.locator('.diagram').nth(1);
    const buttons = await card.locator('.toolbar-button').evaluateAll((nodes) => nodes.map((b) => `${b.textContent}|${(b as HTMLElement).title}`));
    assert.deepEqual(buttons, [
      '−|缩小（Ctrl/Cmd + 滚轮）', '+|放大（Ctrl/Cmd + 滚轮）', '适应宽度|将图缩放到预览的宽度', '实际大小|按实际大小显示图',
      '另存为 SVG|将此图另存为 SVG 文件', '另存为 PNG|将此图以两倍大小另存为 PNG 图像', '复制 SVG|将此图复制为 SVG 标记',
    ]);
    assert.equal(await card.locator('.viewport').getAttribute('title'), '单击以显示此图的源代码');
    assert.equal(await preview.page.locator('.preview-status').textContent(), '2 个图，1 个有错误');
    const broken = preview.page.locator('.diagram').first();
    assert.equal(await broken.locator('.error-link').textContent(), '第 5 行：应为 参与者名称');
    assert.equal(await broken.locator('.error-link').getAttribute('title'), '转到笔记中的错误');
    assert.equal(await broken.locator('.error-hint').textContent(), '暂无图片：修复图中的错误后即可显示。');
    // An export that cannot happen is reported to the host (which shows it as a VS Code warning) in Chinese too.
    await broken.locator('.toolbar-button[data-action="save-svg"]').click();
    await preview.page.waitForFunction(() => (window as unknown as { __posted: { type: string }[] }).__posted.some((m) => m.type === 'problem'));
    const problem = (await preview.posted()).find((m) => m.type === 'problem') as { message: string };
    assert.equal(problem.message, '图 1 还没有可导出的图片：请先修复它的错误。');
  } finally {
    await preview.page.context().close();
  }
});

test('no bundle (English VS Code): the same page reads in English', async () => {
  const preview = await openPreview(browser);
  try {
    await preview.update(await diagrams());
    const labels = await preview.page.locator('.diagram').nth(1).locator('.toolbar-button').allTextContents();
    assert.deepEqual(labels, ['−', '+', 'Fit width', 'Actual size', 'Save as SVG', 'Save as PNG', 'Copy SVG']);
    assert.equal(await preview.page.locator('.preview-status').textContent(), '2 diagrams, 1 with errors');
  } finally {
    await preview.page.context().close();
  }
});
