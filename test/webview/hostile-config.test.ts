// Hostile diagram configuration in real Chromium, in BOTH places archlens draws diagrams: our preview panel (its
// own strict CSP) and VS Code's built-in Markdown preview (a CSP that allows https: images, styles and fonts, so
// only our sanitising protects it). `%%{init}%%` directives and front-matter config that try to load a remote
// font or stylesheet or image, or to lower mermaid's securityLevel, must fetch nothing, trip no CSP rule (nothing
// was even attempted), and run nothing; the rest of the note still draws.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { openMarkdownPreview, renderMarkdown } from './markdown-preview-page';
import { launchChromium, openPreview } from './preview-page';
import { previewDiagramsOf } from './seed-diagrams';

let browser: Browser;
before(async () => (browser = await launchChromium()));
after(() => browser?.close());

const HOSTILE = [
  // Remote font through fontFamily, @font-face and @import in themeCSS, and a paint server url().
  '%%{init: {"fontFamily": "evil, url(https://fonts.evil.test/a.woff2)", "themeCSS": "@import url(https://css.evil.test/x.css); @font-face { font-family: evil; src: url(https://fonts.evil.test/f.woff2); } .node rect { fill: url(https://img.evil.test/p.svg#p) } text { font-family: evil }"}}%%\nflowchart LR\n    A[font] --> B[url]',
  // The same through front-matter config, and with CSS escapes hiding the url(.
  '---\nconfig:\n  themeCSS: "g { background: u\\\\72l(https://img.evil.test/front.png) } text { font-family: evil3 }"\n  fontFamily: "evil3"\n---\nflowchart LR\n    A --> B',
  '%%{init: {"themeCSS": ".actor { background-image: url(\'https://img.evil.test/bg.png\'); }"}}%%\nsequenceDiagram\n    Alice->>Bob: hi',
  // Paint servers in style statements and sequence boxes.
  'flowchart LR\n    A[styled] --> B\n    classDef bad fill:url(https://img.evil.test/classdef.png)\n    class B bad',
  'sequenceDiagram\n    rect url(https://img.evil.test/rect.svg#p)\n    Alice->>Bob: hi\n    end',
  // Lowering securityLevel (and the keys around it) to get HTML labels, whose <img> would fetch, and click
  // callbacks and javascript: links, which would run. (Labels with inline handlers are covered by
  // preview-security.test.ts: Chromium reports those as blocked even while they are being sanitised away.)
  '%%{init: {"securityLevel": "loose", "secure": [], "htmlLabels": true, "flowchart": {"htmlLabels": true}, "dompurifyConfig": {"ADD_TAGS": ["script"]}}}%%\nflowchart LR\n    A["<img src=https://img.evil.test/label.png>"] --> B\n    click A call setTimeout("window.__xss=1")\n    click B href "javascript:window.__xss=2"',
  '---\nconfig:\n  securityLevel: loose\n  htmlLabels: true\n---\nflowchart LR\n    A["<img src=https://img.evil.test/front-label.png>"] --> B["<b>bold</b>"]\n    click B callback "window.__xss=3"',
];
const BENIGN = 'sequenceDiagram\n    Alice->>Bob: still drawn';

const note = () => [...HOSTILE, BENIGN].map((p, i) => `# case ${i}\n\n\`\`\`\n${p}\n\`\`\`\n`).join('\n');

async function clickEverything(page: import('playwright-core').Page, selector: string): Promise<void> {
  await page.$$eval(selector, (els) => els.forEach((el) => el.dispatchEvent(new MouseEvent('click', { bubbles: true }))));
  await page.waitForTimeout(300);
}

test('our preview panel: hostile init/front-matter config fetches nothing, violates nothing, runs nothing', async () => {
  const preview = await openPreview(browser);
  try {
    const diagrams = await previewDiagramsOf(note());
    assert.equal(diagrams.length, HOSTILE.length + 1);
    await preview.update(diagrams);
    await clickEverything(preview.page, '.diagram svg *');
    await preview.page.waitForTimeout(500); // time for any font or image load to start
    assert.deepEqual(preview.foreignRequests, [], 'requests left the page');
    assert.deepEqual(await preview.cspViolations(), [], 'something tried to load or run');
    assert.equal(await preview.page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss ?? null), null);
    assert.equal(await preview.page.locator('.diagrams foreignObject, .diagrams img').count(), 0, 'no HTML labels');
    const cards = preview.page.locator('.diagram');
    assert.equal(await cards.last().locator('svg.diagram-svg').count(), 1, 'the benign diagram still draws');
    // Diagrams whose styles would fetch say why instead of drawing; the loosened ones draw, strictly.
    const messages = await preview.page.locator('.diagram-error:not([hidden]) .error-link').allTextContents();
    assert.equal(messages.filter((m) => /would load a file from outside the note/.test(m)).length, 5, messages.join('\n'));
    assert.equal(await cards.nth(5).locator('svg.diagram-svg').count(), 1);
  } finally {
    await preview.page.context().close();
  }
});

test("VS Code's Markdown preview (https: allowed by its CSP): hostile config fetches nothing, violates nothing, runs nothing", async () => {
  const preview = await openMarkdownPreview(browser, renderMarkdown(note()));
  try {
    await preview.page.waitForFunction(() => document.body.dataset.archlensRendered !== undefined, undefined, { timeout: 60_000 });
    await clickEverything(preview.page, '.archlens-mermaid svg *');
    await preview.page.waitForTimeout(500);
    assert.deepEqual(preview.foreign, [], 'requests left the page');
    assert.deepEqual(await preview.cspViolations(), [], 'something tried to load or run');
    assert.equal(await preview.page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss ?? null), null);
    assert.equal(await preview.page.locator('.archlens-mermaid foreignObject, .archlens-mermaid img').count(), 0, 'no HTML labels');
    assert.deepEqual(preview.errors, []);
    assert.equal(await preview.page.locator('.archlens-mermaid').last().locator('svg').count(), 1, 'the benign diagram still draws');
    assert.equal(await preview.page.locator('.archlens-mermaid-error').count(), 5);
  } finally {
    await preview.page.context().close();
  }
});
