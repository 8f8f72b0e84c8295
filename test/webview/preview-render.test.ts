// The preview webview in real headless Chromium: every seed note renders one SVG per diagram, edits re-render
// only what changed, errors keep the last good picture and point at their Markdown line.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import type { PreviewDiagram } from '../../src/webview/protocol';
import { launchChromium, openPreview } from './preview-page';
import { previewDiagramsOf, seedDiagrams, seedFiles } from './seed-diagrams';

let browser: Browser;
before(async () => (browser = await launchChromium()));
after(() => browser?.close());

const NOTE = [
  '# Login',
  '',
  '```',
  'sequenceDiagram',
  '    Alice->>Bob: hello',
  '    Bob-->>Alice: hi',
  '```',
  '',
  '# Deploy',
  '',
  '```mermaid',
  'flowchart LR',
  '    A[build] --> B[ship]',
  '```',
  '',
].join('\n');

for (const file of seedFiles()) {
  test(`seed ${file}: one SVG per diagram, in order, errors at their Markdown line`, async () => {
    const diagrams = await seedDiagrams(file);
    const preview = await openPreview(browser);
    try {
      const rendered = await preview.update(diagrams);
      const cards = preview.page.locator('.diagram');
      assert.equal(await cards.count(), diagrams.length);
      for (let i = 0; i < diagrams.length; i++) {
        const card = cards.nth(i);
        assert.equal(await card.getAttribute('data-line'), String(diagrams[i].textStartLine));
        const svgs = await card.locator('svg.diagram-svg').count();
        const error = card.locator('.diagram-error:not([hidden]) .error-link');
        if (svgs === 1) continue;
        // A diagram that mermaid rejects shows the error instead, at a line inside that diagram's fence.
        assert.equal(await error.count(), 1, `diagram ${i} has neither a picture nor an error`);
        const line = Number(await error.getAttribute('data-line'));
        assert.ok(line >= diagrams[i].range.start.line && line <= diagrams[i].range.end.line, `error line ${line} outside diagram ${i}`);
        assert.match((await error.textContent()) ?? '', new RegExp(`^Line ${line + 1}: `));
      }
      assert.equal(rendered.svgs + rendered.errors, diagrams.length);
      assert.equal(await preview.page.locator('.diagram svg.diagram-svg').count(), rendered.svgs);
      if (diagrams.length) assert.ok(rendered.svgs >= diagrams.length - 1, `only ${rendered.svgs} of ${diagrams.length} rendered`);
      assert.deepEqual(preview.foreignRequests, []);
    } finally {
      await preview.page.context().close();
    }
  });
}

test('a one-character edit re-renders only the changed diagram', async () => {
  const preview = await openPreview(browser);
  try {
    const diagrams = await previewDiagramsOf(NOTE);
    assert.equal(diagrams.length, 2);
    await preview.update(diagrams);
    // Mark both pictures; a re-render replaces the element, an untouched picture keeps the mark.
    await preview.page.$$eval('.diagram svg', (svgs) => svgs.forEach((s, i) => s.setAttribute('data-mark', String(i))));
    const edited = await previewDiagramsOf(NOTE.replace('hello', 'hellO'));
    await preview.update(edited);
    const marks = await preview.page.$$eval('.diagram svg', (svgs) => svgs.map((s) => s.getAttribute('data-mark')));
    assert.deepEqual(marks, [null, '1']);
    assert.match((await preview.page.locator('.diagram').first().locator('svg').textContent()) ?? '', /hellO/);
  } finally {
    await preview.page.context().close();
  }
});

test('an error keeps the last good picture and shows the error with its line, which reveals the source', async () => {
  const preview = await openPreview(browser);
  try {
    const good = await previewDiagramsOf(NOTE);
    await preview.update(good);
    const broken: PreviewDiagram[] = [
      { ...good[0], text: good[0].text.replace('Alice->>Bob: hello', 'Alice->>: hello'), error: { line: 4, message: 'Message has no receiver.' } },
      good[1],
    ];
    const rendered = await preview.update(broken);
    assert.deepEqual({ svgs: rendered.svgs, errors: rendered.errors }, { svgs: 2, errors: 1 });
    const card = preview.page.locator('.diagram').first();
    assert.match((await card.locator('svg').textContent()) ?? '', /hello/, 'the last good picture stays');
    const link = card.locator('.error-link');
    assert.equal(await link.textContent(), 'Line 5: Message has no receiver.');
    await link.click();
    const last = (await preview.posted()).at(-1);
    assert.deepEqual(last, { type: 'reveal-source', index: 0, line: 4 });
    // Fixing it clears the error.
    await preview.update(good);
    assert.equal(await card.locator('.diagram-error').isHidden(), true);
  } finally {
    await preview.page.context().close();
  }
});

test('a diagram mermaid cannot render shows mermaid\'s error mapped to the document line', async () => {
  const preview = await openPreview(browser);
  try {
    const [first] = await previewDiagramsOf(NOTE);
    const rendered = await preview.update([{ ...first, text: 'sequenceDiagram\n    Alice->>Bob: hi\n    Bob->>\n' }]);
    assert.equal(rendered.errors, 1);
    const link = preview.page.locator('.error-link');
    // mermaid says "Parse error on line 3" (1-based in the diagram) → document line first.textStartLine + 2.
    assert.equal(await link.getAttribute('data-line'), String(first.textStartLine + 2));
    assert.equal(await preview.page.locator('.diagram').first().getAttribute('class'), 'diagram has-error no-picture');
  } finally {
    await preview.page.context().close();
  }
});

test('clicking a picture asks the host to reveal the diagram source; reveal highlights and scrolls', async () => {
  const preview = await openPreview(browser);
  try {
    const diagrams = await seedDiagrams(seedFiles()[0]);
    await preview.update(diagrams);
    await preview.page.locator('.diagram').nth(1).locator('.viewport').click({ position: { x: 5, y: 5 } });
    assert.deepEqual((await preview.posted()).at(-1), { type: 'reveal-source', index: 1, line: diagrams[1].textStartLine });

    const target = diagrams.length - 1;
    await preview.send({ type: 'reveal', index: target, scroll: true });
    const last = preview.page.locator('.diagram').nth(target);
    await preview.page.waitForFunction((i) => document.querySelectorAll('.diagram')[i].classList.contains('highlighted'), target);
    assert.equal(await preview.page.locator('.diagram.highlighted').count(), 1);
    const box = await last.boundingBox();
    assert.ok(box && box.y >= -1 && box.y < 800, `revealed diagram is at y=${box?.y}`);
  } finally {
    await preview.page.context().close();
  }
});

test('an empty note says there are no diagrams', async () => {
  const preview = await openPreview(browser);
  try {
    await preview.update([]);
    assert.equal(await preview.page.locator('.preview-status').textContent(), 'No Mermaid diagrams in this note.');
  } finally {
    await preview.page.context().close();
  }
});
