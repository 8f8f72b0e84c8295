// The diagram preview as a user meets it: run "Archlens: Open Diagram Preview to the Side" on a real note, see one
// rendered SVG per valid diagram (and the broken one as an error), click a diagram and land on its source line.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { EXTENSION_ID, seedNotesDir } from './harness/paths';
import { step, useSession } from './harness/session';

const { dir, isSeeds } = seedNotesDir();
const source = isSeeds ? join(dir, '001_322de9cddf287f15.md') : join(import.meta.dirname, 'fixtures', 'order-flow.md');
const note = basename(source);
const lines = readFileSync(source, 'utf8').split(/\r?\n/);
// Independent oracle from the note's text: every fence in these notes holds one sequence diagram, and the broken
// ones are those with a `Note …:` whose text sits on the next line
const fenceOpenings = lines.flatMap((l, i) => (/^(```|~~~)/.test(l) ? [i + 1] : [])).filter((_, k) => k % 2 === 0);
const brokenCount = lines.filter((l) => /^\s*Note (right of|left of|over) [^:]+:\s*$/.test(l)).length;

describe('diagram preview webview', () => {
  const session = useSession({ name: 'preview', readyFile: note, prepare: (ws) => copyFileSync(source, join(ws, note)) });

  it('renders one SVG per valid diagram, in document order, and shows the broken one as an error', { timeout: 240_000 }, async () => {
    const s = session();
    await step(s.wb, 'open-note', () => s.wb.openFile(note));
    // Room for the note and the preview side by side (the Explorer's job is done)
    await s.wb.runCommand('View: Close Primary Side Bar');
    const view = s.wb.webview(EXTENSION_ID);
    await step(s.wb, 'preview-rendered', async () => {
      await s.wb.runCommand('Archlens: Open Diagram Preview to the Side');
      await view.locator('section.diagram').first().waitFor({ timeout: 120_000 });
      // Wait until every card has its picture or its error
      await view.locator(`section.diagram:has(svg), section.diagram.has-error`).nth(fenceOpenings.length - 1).waitFor({ timeout: 120_000 });
    });
    assert.equal(await view.locator('section.diagram').count(), fenceOpenings.length, 'one card per diagram');
    assert.equal(await view.locator('section.diagram .viewport > svg').count(), fenceOpenings.length - brokenCount, 'one SVG per valid diagram');
    assert.equal(await view.locator('section.diagram.has-error').count(), brokenCount, 'the broken diagram shows its error');
    const startLines = (await view.locator('section.diagram').evaluateAll((els) => els.map((e) => Number((e as HTMLElement).dataset.line))));
    assert.deepEqual(startLines, [...startLines].sort((a, b) => a - b), 'document order');
    // README picture: the first diagram scaled to the preview's width, as a user would look at it
    await view.locator('section.diagram').first().locator('[data-action="fit-width"]').click();
    await s.wb.docsImage('preview');
  });

  it('clicking a diagram moves the editor cursor to its source', { timeout: 180_000 }, async () => {
    const s = session();
    const view = s.wb.webview(EXTENSION_ID);
    const pick = Math.min(2, fenceOpenings.length - 1); // the third diagram, further down the note
    await step(s.wb, 'click-diagram', async () => {
      await view.locator('section.diagram').nth(pick).locator('.viewport').click();
      // The opening fence is line F; its diagram text starts on F + 1 (the `sequenceDiagram` line)
      await s.wb.waitForCursor(fenceOpenings[pick]! + 1);
    });
    const visible = await s.wb.visibleLines();
    assert.ok(visible.some((l) => /^sequenceDiagram/.test(l)), 'the diagram source is on screen');
  });

  it('the cursor on the broken diagram scrolls the preview to its error, and the note shows why', { timeout: 180_000 }, async () => {
    const s = session();
    const view = s.wb.webview(EXTENSION_ID);
    // mermaid reports the empty Note on the line after it, where the stray text sits
    const textLine = lines.findIndex((l) => /^\s*Note (right of|left of|over) [^:]+:\s*$/.test(l)) + 2;
    await step(s.wb, 'cursor-on-broken-diagram', async () => {
      await s.wb.page.locator(`.tabs-container .tab:has-text("${note}")`).first().click(); // focus back from the webview
      await s.wb.goTo(textLine, lines[textLine - 1]!.search(/\S/) + 2);
      const errorCard = view.locator('section.diagram.has-error').first();
      const inView = () => errorCard.evaluate((el) => { const r = el.getBoundingClientRect(); return r.top < innerHeight && r.bottom > 0; });
      for (let i = 0; i < 100 && !(await inView()); i++) await s.wb.page.waitForTimeout(200);
      assert.ok(await inView(), 'the preview followed the cursor to the broken diagram');
      assert.ok(await s.wb.editor().locator('.squiggly-error').count() > 0, 'the note shows the error squiggle');
      await s.wb.hoverAtCursor(/./);
    });
    // README hero picture: a note with its diagnostic, and the preview beside it
    await s.wb.docsImage('hero');
  });

  it('causes no console error, failed request or extension-host error from archlens', () => {
    assert.deepEqual(session().archlensErrors(), []);
  });
});
