// Failure modes of the webview in real Chromium: mermaid throwing while it draws a valid diagram (not a parse
// error) becomes one clear error card while the other diagrams still render, and texts typed over before mermaid
// got to them are never drawn.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { launchChromium, openPreview } from './preview-page';
import { previewDiagramsOf } from './seed-diagrams';

let browser: Browser;
before(async () => (browser = await launchChromium()));
after(() => browser?.close());

// Fault injection in the browser, not in mermaid: measuring text that contains 💥 throws, as a browser or layout
// bug would. Real mermaid then throws from inside its sequence renderer, after the text parsed fine.
const EXPLODING_MEASURE = `
  const measure = SVGGraphicsElement.prototype.getBBox;
  SVGGraphicsElement.prototype.getBBox = function () {
    if ((this.textContent || '').includes('💥')) throw new TypeError('getBBox failed on this element');
    return measure.call(this);
  };`;

const note = (label: string) => [
  '# One', '', '```', 'sequenceDiagram', '    Alice->>Bob: fine', '```', '',
  '# Two', '', '```', 'sequenceDiagram', `    Alice->>Bob: ${label}`, '```', '',
  '# Three', '', '```', 'flowchart LR', '    A[build] --> B[ship]', '```', '',
].join('\n');

test('mermaid throwing while drawing a valid diagram: one clear error card on it, the others render, and it recovers', async () => {
  const preview = await openPreview(browser, { initScript: EXPLODING_MEASURE });
  try {
    const diagrams = await previewDiagramsOf(note('boom 💥'));
    assert.equal(diagrams.filter((d) => d.error).length, 0, 'the text itself is valid');
    const rendered = await preview.update(diagrams);
    assert.deepEqual({ svgs: rendered.svgs, errors: rendered.errors }, { svgs: 2, errors: 1 });
    const cards = preview.page.locator('.diagram');
    assert.equal(await cards.nth(0).locator('svg.diagram-svg').count(), 1);
    assert.equal(await cards.nth(2).locator('svg.diagram-svg').count(), 1);
    const errors = preview.page.locator('.diagram-error:not([hidden]) .error-link');
    assert.equal(await errors.count(), 1);
    const message = (await cards.nth(1).locator('.diagram-error .error-link').textContent()) ?? '';
    assert.match(message, /^Line \d+: mermaid failed while drawing this diagram, which is valid \(a mermaid bug, not a mistake in the note\): getBBox failed on this element$/);
    // No scratch element of the failed render is left in the page.
    assert.equal(await preview.page.locator('body > div[id^="darchlens-svg-"], body > svg[id^="archlens-svg-"]').count(), 0);

    // mermaid is still usable: the next edit draws that diagram.
    const fixed = await preview.update(await previewDiagramsOf(note('boom fixed')));
    assert.deepEqual({ svgs: fixed.svgs, errors: fixed.errors }, { svgs: 3, errors: 0 });
    assert.match((await cards.nth(1).locator('svg').textContent()) ?? '', /boom fixed/);
  } finally {
    await preview.page.context().close();
  }
});

test('texts typed over before mermaid got to them are skipped; the last one is drawn', async () => {
  const preview = await openPreview(browser);
  try {
    const versions = await Promise.all([1, 2, 3, 4, 5, 6].map(async (n) => previewDiagramsOf(note(`typed ${n}`))));
    await preview.update(versions[0]);
    const idOf = () => preview.page.locator('.diagram').nth(1).locator('svg').getAttribute('id');
    const firstId = Number((await idOf())?.replace('archlens-svg-', ''));
    // Five updates in one go, as keystrokes arriving faster than mermaid draws.
    await preview.page.evaluate((all) => {
      for (const diagrams of all) window.postMessage({ type: 'update', uri: 'file:///notes/note.md', title: 'note.md', diagrams, options: { pngBackground: 'theme' } }, '*');
    }, versions.slice(1));
    await preview.page.waitForFunction(() => /typed 6/.test(document.querySelectorAll('.diagram')[1]?.querySelector('svg')?.textContent ?? ''), undefined, { timeout: 30_000 });
    // Every mermaid render takes the next id; the first update drew ids firstId-1 … firstId+1 (three diagrams).
    const drawn = Number((await idOf())?.replace('archlens-svg-', '')) - (firstId + 1);
    assert.ok(drawn <= 2, `mermaid drew ${drawn} versions of the diagram for 5 quick updates`);
  } finally {
    await preview.page.context().close();
  }
});

test('a state inside itself, which mermaid\'s layout never finishes drawing, becomes an error card on its line; the page stays responsive', { timeout: 90_000 }, async () => {
  const preview = await openPreview(browser);
  try {
    const text = [
      '# Fine', '', '```', 'flowchart LR', '    A[build] --> B[ship]', '```', '',
      '# Order states', '', '```', 'stateDiagram-v2', '    state Paid {', '        Paid --> Shipped', '    }', '```', '',
    ].join('\n');
    const diagrams = await previewDiagramsOf(text);
    assert.equal(diagrams.filter((d) => d.error).length, 0, 'the webview meets the problem itself, as while typing');
    const rendered = await preview.update(diagrams);
    assert.deepEqual({ svgs: rendered.svgs, errors: rendered.errors }, { svgs: 1, errors: 1 });
    const message = (await preview.page.locator('.diagram').nth(1).locator('.diagram-error .error-link').textContent()) ?? '';
    // Line 13 of the note (1-based) is "Paid --> Shipped", the line that puts Paid inside itself.
    assert.match(message, /^Line 13: State "Paid" is used inside its own block \(state Paid \{…\}\)/);
    // Still responsive: the fix draws the picture.
    const fixed = await preview.update(await previewDiagramsOf(text.replace('        Paid --> Shipped', '        Packed --> Shipped')));
    assert.deepEqual({ svgs: fixed.svgs, errors: fixed.errors }, { svgs: 2, errors: 0 });
  } finally {
    await preview.page.context().close();
  }
});
