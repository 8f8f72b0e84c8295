// Theme and zoom in real Chromium: text stays readable in dark, light and high contrast and follows a theme
// switch; zoom buttons, Ctrl+wheel, fit width and actual size resize the picture; wide diagrams scroll.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { contrast } from './contrast';
import { launchChromium, openPreview } from './preview-page';
import { previewDiagramsOf } from './seed-diagrams';
import { wideSequenceNote } from './wide-sequence';

let browser: Browser;
before(async () => (browser = await launchChromium()));
after(() => browser?.close());

const NOTE = '# Hi\n\n```\nsequenceDiagram\n    Alice->>Bob: hello there\n    Note over Alice,Bob: a note\n```\n';

async function textColors(page: Page): Promise<{ message: string; actor: string; background: string }> {
  return page.evaluate(() => {
    const fill = (selector: string) => getComputedStyle(document.querySelector(selector)!).fill;
    return { message: fill('.diagram svg text.messageText'), actor: fill('.diagram svg text.actor'), background: getComputedStyle(document.body).backgroundColor };
  });
}

test('text is readable in every theme and the picture follows a theme switch', async () => {
  const preview = await openPreview(browser, { theme: 'vscode-dark' });
  try {
    await preview.update(await previewDiagramsOf(NOTE));
    const dark = await textColors(preview.page);
    assert.ok(contrast(dark.message, dark.background) >= 4.5, `dark: ${JSON.stringify(dark)}`);

    await preview.setTheme('vscode-light');
    const light = await textColors(preview.page);
    assert.notEqual(light.message, dark.message, 'the picture was redrawn for the light theme');
    assert.ok(contrast(light.message, light.background) >= 4.5, `light: ${JSON.stringify(light)}`);

    await preview.setTheme('vscode-high-contrast');
    const hc = await textColors(preview.page);
    assert.ok(contrast(hc.message, hc.background) >= 7, `high contrast: ${JSON.stringify(hc)}`);
    assert.deepEqual(preview.foreignRequests, []);
  } finally {
    await preview.page.context().close();
  }
});

test('zoom buttons, Ctrl+wheel, fit width and actual size; the zoom level survives a reload', async () => {
  const preview = await openPreview(browser);
  const page = preview.page;
  try {
    await preview.update(await previewDiagramsOf(NOTE));
    const card = page.locator('.diagram').first();
    const width = () => card.locator('svg').evaluate((s) => Number(s.getAttribute('width')));
    const natural = await width();
    await card.locator('[data-action="zoom-in"]').click();
    assert.ok(Math.abs((await width()) - natural * 1.25) <= 1, `zoom in: ${await width()} vs ${natural}`);
    assert.equal(await card.locator('.zoom-level').textContent(), '125%');
    await card.locator('[data-action="zoom-out"]').click();
    await card.locator('[data-action="zoom-out"]').click();
    assert.equal(await card.locator('.zoom-level').textContent(), '80%');

    await card.locator('.viewport').hover();
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -100);
    await page.keyboard.up('Control');
    assert.equal(await card.locator('.zoom-level').textContent(), '100%');

    await card.locator('[data-action="fit-width"]').click();
    const viewportWidth = await card.locator('.viewport').evaluate((v) => v.clientWidth);
    assert.ok(Math.abs((await width()) - viewportWidth) <= 4, `fit width: ${await width()} vs viewport ${viewportWidth}`);
    await card.locator('[data-action="actual-size"]').click();
    assert.ok(Math.abs((await width()) - natural) <= 1);

    await card.locator('[data-action="zoom-in"]').click();
    const state = await page.evaluate(() => (window as unknown as { __state: unknown }).__state);
    assert.deepEqual((state as { zoom: Record<string, number> }).zoom, { 0: 1.25 });
    // A reload hands the state back: the diagram comes back at the same zoom.
    const reloaded = await openPreview(browser, { state });
    try {
      await reloaded.update(await previewDiagramsOf(NOTE));
      assert.equal(await reloaded.page.locator('.zoom-level').first().textContent(), '125%');
      assert.equal((await reloaded.posted())[0].type, 'ready');
      assert.deepEqual((await reloaded.posted())[0], { type: 'ready', uri: 'file:///notes/note.md' });
    } finally {
      await reloaded.page.context().close();
    }
  } finally {
    await page.context().close();
  }
});

test('opening another note starts its diagrams at actual size', async () => {
  const preview = await openPreview(browser);
  try {
    const diagrams = await previewDiagramsOf(NOTE);
    await preview.update(diagrams, { uri: 'file:///notes/a.md' });
    await preview.page.locator('.diagram [data-action="zoom-in"]').first().click();
    assert.equal(await preview.page.locator('.zoom-level').first().textContent(), '125%');
    await preview.update(diagrams, { uri: 'file:///notes/b.md' });
    assert.equal(await preview.page.locator('.zoom-level').first().textContent(), '100%');
  } finally {
    await preview.page.context().close();
  }
});

test('a wide sequence diagram keeps its size and scrolls instead of being squeezed', async () => {
  const preview = await openPreview(browser);
  try {
    await preview.update(await previewDiagramsOf(wideSequenceNote()));
    const m = await preview.page.locator('.diagram .viewport').first().evaluate((v) => {
      const svg = v.querySelector('svg')!;
      return { svg: svg.getBoundingClientRect().width, natural: svg.viewBox.baseVal.width, client: v.clientWidth, scroll: v.scrollWidth };
    });
    assert.ok(m.natural > m.client, `20 participants should be wider than the preview: ${JSON.stringify(m)}`);
    assert.ok(Math.abs(m.svg - m.natural) <= 1, `picture kept its size: ${JSON.stringify(m)}`);
    assert.ok(m.scroll > m.client, 'the viewport scrolls');

    // Dragging pans it, and a drag is not a click: it does not jump to the source.
    const viewport = preview.page.locator('.diagram .viewport').first();
    const box = (await viewport.boundingBox())!;
    const postedBefore = (await preview.posted()).length;
    await preview.page.mouse.move(box.x + 400, box.y + 100);
    await preview.page.mouse.down();
    await preview.page.mouse.move(box.x + 250, box.y + 100, { steps: 5 });
    await preview.page.mouse.up();
    assert.ok((await viewport.evaluate((v) => v.scrollLeft)) >= 140, 'panned by the drag');
    assert.deepEqual((await preview.posted()).slice(postedBefore).filter((p) => p.type === 'reveal-source'), []);
  } finally {
    await preview.page.context().close();
  }
});
