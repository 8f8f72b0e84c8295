// Pattern snippets in a .ts file: typing the common stem lists archlens's snippets, and accepting one inserts the
// snippet's code (what the contributed snippets file says, checked against the saved file).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './harness/paths';
import { step, useSession } from './harness/session';

type Snippet = { prefix: string; body: string[] };
const contributed: Record<string, Snippet> = JSON.parse(
  readFileSync(join(REPO_ROOT, 'snippets', 'typescript.code-snippets'), 'utf8').replace(/^\s*\/\/.*$/gm, ''));
const prefixes = Object.values(contributed).map((s) => s.prefix);
// The stem every prefix shares ("al-"): typing it must list them
const stem = prefixes.reduce((a, b) => { let i = 0; while (i < a.length && a[i] === b[i]) i++; return a.slice(0, i); });

describe('pattern snippets in TypeScript', () => {
  const session = useSession({ name: 'snippets', readyFile: 'service.ts', files: { 'service.ts': '' } });

  it(`typing the stem lists the snippets, and accepting one inserts its code`, { timeout: 240_000 }, async () => {
    const s = session();
    assert.ok(stem.length >= 2 && prefixes.length >= 5, `a common stem (${JSON.stringify(stem)}) over ${prefixes.length} snippets`);
    await step(s.wb, 'open-ts-file', () => s.wb.openFile('service.ts'));
    const labels = await step(s.wb, 'snippet-list', async () => {
      await s.wb.page.keyboard.type(stem);
      return s.wb.completionLabels(prefixes.slice().sort()[0]!);
    });
    const ours = labels.filter((l) => prefixes.includes(l));
    // The widget shows up to 12 rows at a time: all of them are ours
    assert.ok(ours.length >= Math.min(8, prefixes.length), `snippets listed: ${JSON.stringify(labels)}`);
    await s.wb.docsImage('snippets');
    const lock = Object.values(contributed).find((sn) => /redis-lock$/.test(sn.prefix)) ?? Object.values(contributed)[0]!;
    await step(s.wb, 'snippet-inserted', async () => {
      await s.wb.page.keyboard.type(lock.prefix.slice(stem.length));
      const widget = s.wb.page.locator('.editor-widget.suggest-widget.visible');
      const focused = widget.locator(`.monaco-list-row.focused:has-text("${lock.prefix}")`);
      // On a loaded machine a late completion round can close the list, or move the focus, while typing or just as
      // Enter lands: TypeScript's, or the one that starts when archlens's language client comes up and registers its
      // providers a moment after the file opened. Then clear the file, type the whole prefix again and ask again.
      let seen = '';
      let inserted = false;
      for (let attempt = 0; attempt < 4 && !inserted; attempt++) {
        if (attempt > 0) {
          console.log(`# snippet insert, attempt ${attempt + 1}: ${seen}`);
          await s.wb.page.keyboard.press('Escape');
          await s.wb.page.keyboard.press('Control+A');
          await s.wb.page.keyboard.type(lock.prefix, { delay: 20 });
          await s.wb.page.keyboard.press('Control+Space');
        }
        if (!(await focused.waitFor({ timeout: 15_000 }).then(() => true, () => false))) {
          seen = `line ${JSON.stringify((await s.wb.visibleLines())[0])}, focused row ` +
            JSON.stringify(await widget.locator('.monaco-list-row.focused .label-name').allInnerTexts());
          continue;
        }
        await s.wb.page.keyboard.press('Enter');
        // Accepted: the prefix is replaced by the snippet's first line. Otherwise Enter only broke the line.
        for (let i = 0; i < 20 && !inserted; i++) {
          inserted = (await s.wb.visibleLines())[0]?.trim() !== lock.prefix;
          if (!inserted) await s.wb.page.waitForTimeout(100);
        }
        if (!inserted) seen = `Enter on the focused ${lock.prefix} row left the line as it was (the list closed first)`;
      }
      assert.ok(inserted, `the ${lock.prefix} snippet was not inserted after 4 attempts: ${seen}`);
      await s.wb.page.keyboard.press('Escape'); // leave snippet mode with the default placeholders
      await s.wb.save();
    });
    const saved = readFileSync(join(s.workspace, 'service.ts'), 'utf8');
    // Every body line without placeholders appears in the saved file (indentation is the editor's to adjust)
    const savedLines = new Set(saved.split('\n').map((l) => l.trim()));
    const literal = lock.body.filter((l) => !l.includes('$') && l.trim().length > 3);
    assert.ok(literal.length > 3);
    for (const line of literal) assert.ok(savedLines.has(line.trim()), `inserted: ${line}`);
  });

  it('causes no console error, failed request or extension-host error from archlens', () => {
    assert.deepEqual(session().archlensErrors(), []);
  });
});
