// Export in real Chromium: "Save as SVG" / "Copy SVG" post a well-formed, self-contained SVG document, and
// "Save as PNG" posts PNG bytes at twice the diagram's size, on the theme background or transparent.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import type { WebviewMessage } from '../../src/webview/protocol';
import { launchChromium, openPreview, type PreviewPage } from './preview-page';
import { previewDiagramsOf } from './seed-diagrams';

let browser: Browser;
before(async () => (browser = await launchChromium()));
after(() => browser?.close());

const NOTE = '# 登录流程\n\n```\nsequenceDiagram\n    participant C as 客户端\n    C->>S: POST /login?next=a&b=1\n    S-->>C: 200\n```\n';

async function exportMessage(preview: PreviewPage, action: string): Promise<WebviewMessage> {
  const before = (await preview.posted()).length;
  await preview.page.locator(`.diagram [data-action="${action}"]`).first().click();
  await preview.page.waitForFunction((n) => (window as unknown as { __posted: unknown[] }).__posted.length > n, before);
  return (await preview.posted()).at(-1)!;
}

/** PNG signature and the IHDR width/height (big-endian at bytes 16 and 20). */
function pngInfo(base64: string): { signature: string; width: number; height: number; colorType: number } {
  const bytes = Buffer.from(base64, 'base64');
  return { signature: bytes.subarray(0, 8).toString('hex'), width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), colorType: bytes[25] };
}

test('Save as SVG and Copy SVG post a well-formed stand-alone SVG of that diagram', async () => {
  const preview = await openPreview(browser);
  try {
    await preview.update(await previewDiagramsOf(NOTE));
    for (const action of ['save-svg', 'copy-svg']) {
      const message = await exportMessage(preview, action);
      if (message.type !== 'save' && message.type !== 'copy-svg') assert.fail(`unexpected ${message.type}`);
      if (message.type === 'save') assert.equal(message.format, 'svg');
      const svg = message.type === 'save' ? message.data : message.svg;
      assert.equal(message.index, 0);
      // Parse it as XML (what any SVG viewer does): no parser error, an <svg> root with size and namespace.
      const parsed = await preview.page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
        const root = doc.documentElement;
        return {
          error: doc.querySelector('parsererror')?.textContent ?? null,
          root: root.localName,
          ns: root.namespaceURI,
          width: Number(root.getAttribute('width')),
          height: Number(root.getAttribute('height')),
          text: root.textContent,
          background: root.querySelector('rect.archlens-background')?.getAttribute('fill') ?? null,
        };
      }, svg);
      assert.equal(parsed.error, null);
      assert.equal(parsed.root, 'svg');
      assert.equal(parsed.ns, 'http://www.w3.org/2000/svg');
      assert.ok(parsed.width > 50 && parsed.height > 50, `size ${parsed.width}×${parsed.height}`);
      assert.match(parsed.text ?? '', /客户端/);
      assert.match(parsed.text ?? '', /POST \/login\?next=a&b=1/, 'label text kept literally (& escaped in XML)');
      assert.equal(parsed.background, 'rgb(31, 31, 31)', 'dark theme background so light text stays readable');
    }
  } finally {
    await preview.page.context().close();
  }
});

test('Save as PNG posts a PNG at 2× the natural size, theme background or transparent', async () => {
  for (const pngBackground of ['theme', 'transparent'] as const) {
    const preview = await openPreview(browser);
    try {
      await preview.update(await previewDiagramsOf(NOTE), { pngBackground });
      const natural = await preview.page.locator('.diagram svg').first().evaluate((s) => {
        const box = (s as SVGSVGElement).viewBox.baseVal;
        return { width: box.width, height: box.height };
      });
      const message = await exportMessage(preview, 'save-png');
      assert.ok(message.type === 'save' && message.format === 'png');
      const info = pngInfo(message.data);
      assert.equal(info.signature, '89504e470d0a1a0a');
      assert.equal(info.width, Math.ceil(natural.width * 2));
      assert.equal(info.height, Math.ceil(natural.height * 2));
      // Read back the corner pixel: theme background is opaque dark, transparent has alpha 0.
      const corner = await preview.page.evaluate(async (b64) => {
        const img = new Image();
        img.src = 'data:image/png;base64,' + b64;
        await img.decode();
        const c = document.createElement('canvas');
        c.width = img.width;
        c.height = img.height;
        const ctx = c.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        return [...ctx.getImageData(1, 1, 1, 1).data];
      }, message.data);
      if (pngBackground === 'theme') assert.deepEqual(corner, [31, 31, 31, 255]);
      else assert.equal(corner[3], 0);
      assert.deepEqual(preview.foreignRequests, []);
    } finally {
      await preview.page.context().close();
    }
  }
});

test('exporting a diagram that never rendered tells the user why instead of saving nothing', async () => {
  const preview = await openPreview(browser);
  try {
    const [d] = await previewDiagramsOf(NOTE);
    await preview.update([{ ...d, error: { line: 4, message: 'broken' } }]);
    const message = await exportMessage(preview, 'save-svg');
    assert.deepEqual(message, { type: 'problem', message: 'Diagram 1 has no picture to export yet: fix its error first.' });
  } finally {
    await preview.page.context().close();
  }
});
