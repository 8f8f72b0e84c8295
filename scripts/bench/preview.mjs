// Preview benchmark in headless Chromium: our webview (dist/webview.js) against bare `mermaid.render` of the
// same diagrams, same mermaid config, same browser, same run.
//   1. first paint of seed 000 (10 diagrams): update message → every picture in the DOM
//   2. a one-character edit in a 20-participant sequence diagram: update message → new picture in the DOM
// Goals: overhead ≤ 10 % over bare mermaid, edit-to-picture ≤ 150 ms. Usage: npm run bench preview
import * as esbuild from 'esbuild';
import { launchChromium, openPreview, ORIGIN } from '../../test/webview/preview-page.ts';
import { previewDiagramsOf, seedDiagrams, seedFiles } from '../../test/webview/seed-diagrams.ts';
import { wideSequenceNote } from '../../test/webview/wide-sequence.ts';

const FIRST_PAINT_RUNS = 5;
const EDIT_RUNS = 15;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (ms) => `${ms.toFixed(1)} ms`;

// Baseline page: the same mermaid and config, nothing of ours around it.
const bare = await esbuild.build({
  stdin: {
    contents: "import mermaid from 'mermaid'; import { mermaidConfig } from './src/webview/theme'; mermaid.initialize(mermaidConfig('dark')); globalThis.bareMermaid = mermaid;",
    resolveDir: process.cwd(),
    loader: 'ts',
  },
  bundle: true, format: 'iife', platform: 'browser', target: 'es2022', write: false, logLevel: 'warning',
});
const bareJs = bare.outputFiles[0].text;

async function openBare(browser) {
  const context = await browser.newContext({ viewport: { width: 900, height: 800 } });
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.pathname === '/bare.html') return route.fulfill({ contentType: 'text/html', body: '<!DOCTYPE html><body class="vscode-dark"><main id="out"></main><script src="/bare.js"></script></body>' });
    if (url.pathname === '/bare.js') return route.fulfill({ contentType: 'text/javascript', body: bareJs });
    return route.abort();
  });
  const page = await context.newPage();
  await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  await page.goto(`${ORIGIN}/bare.html`);
  await page.waitForFunction(() => globalThis.bareMermaid);
  return page;
}

/** Bare mermaid: render each text and put its SVG in the page, as any preview must. */
function bareRender(page, texts) {
  return page.evaluate(async (texts) => {
    const out = document.getElementById('out');
    const t0 = performance.now();
    for (const [i, text] of texts.entries()) {
      const { svg } = await globalThis.bareMermaid.render(`bare-${i}-${Math.random().toString(36).slice(2)}`, text);
      const slot = out.children[i] ?? out.appendChild(document.createElement('div'));
      slot.innerHTML = svg;
    }
    // Until the next frame is done: the picture is on screen.
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
    return performance.now() - t0;
  }, texts);
}

/** Ours: post an update and time it until the frame after the webview reports every picture rendered. */
function oursRender(preview, diagrams) {
  return preview.page.evaluate(async (message) => {
    const n = (window.__paintedAt ??= []).length;
    const t0 = performance.now();
    window.postMessage(message, '*');
    for (;;) {
      if (window.__paintedAt.length > n) return window.__paintedAt[n] - t0;
      await new Promise((r) => setTimeout(r, 1));
    }
  }, { type: 'update', uri: 'file:///bench.md', title: 'bench.md', diagrams, options: { pngBackground: 'theme' } });
}

const browser = await launchChromium();
try {
  const seed = seedFiles().find((f) => f.startsWith('000'));
  const diagrams = await seedDiagrams(seed);
  const renderable = diagrams.filter((d) => !d.error).map((d) => d.text);
  if (process.env.DEBUG) console.log(diagrams.map((d) => d.error));
  console.log(`seed ${seed}: ${diagrams.length} diagrams (${renderable.length} valid; the invalid one shows its error, bare mermaid skips it)`);

  const ours1 = [];
  const bare1 = [];
  for (let run = 0; run < FIRST_PAINT_RUNS; run++) {
    // Alternate which side goes first so neither profits from a warmer machine.
    const order = run % 2 ? ['bare', 'ours'] : ['ours', 'bare'];
    for (const side of order) {
      if (side === 'ours') {
        const preview = await openPreview(browser);
        ours1.push(await oursRender(preview, diagrams));
        await preview.page.context().close();
      } else {
        const page = await openBare(browser);
        bare1.push(await bareRender(page, renderable));
        await page.context().close();
      }
    }
  }
  const [o1, b1] = [median(ours1), median(bare1)];
  console.log(`first paint, seed 000:  ours ${fmt(o1)}   bare mermaid.render ${fmt(b1)}   ratio ${(o1 / b1).toFixed(3)}   overhead ${((o1 / b1 - 1) * 100).toFixed(1)} %  (goal ≤ 10 %)`);

  // A one-character edit: each run appends one letter to one message label, so every run is a real re-render
  // of the whole diagram (no cache hit), exactly as typing does.
  const preview = await openPreview(browser);
  const page = await openBare(browser);
  const [wide] = await previewDiagramsOf(wideSequenceNote(20));
  await oursRender(preview, [wide]);
  await bareRender(page, [wide.text]);
  const ours2 = [];
  const bare2 = [];
  let label = 'call 7';
  let text = wide.text;
  for (let run = 0; run < EDIT_RUNS; run++) {
    const next = label + String.fromCharCode(97 + (run % 26));
    const edited = { ...wide, text: text.replace(`: ${label}\n`, `: ${next}\n`) };
    if (edited.text === text) throw new Error('the edit did not apply');
    [text, label] = [edited.text, next];
    ours2.push(await oursRender(preview, [edited]));
    bare2.push(await bareRender(page, [edited.text]));
  }
  const [o2, b2] = [median(ours2), median(bare2)];
  console.log(`edit → picture, 20 participants:  ours ${fmt(o2)}   bare mermaid.render ${fmt(b2)}   ratio ${(o2 / b2).toFixed(3)}   overhead ${((o2 / b2 - 1) * 100).toFixed(1)} %  (goals: ≤ 10 %, ≤ 150 ms: ${o2 <= 150 ? 'met' : 'MISSED'})`);
  console.log('(the editor adds its own 100 ms typing debounce and one language-server round trip before this)');
} finally {
  await browser.close();
}
