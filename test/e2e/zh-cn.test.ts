// Our users write in Chinese: with VS Code's display language zh-cn, archlens speaks Chinese in the command
// palette (package.nls.zh-cn.json), in its diagnostics (the server's messages from l10n/bundle.l10n.zh-cn.json) and
// in the preview toolbar. Expected strings come from those translation files, so the scenario follows them.
// VS Code's own labels stay English here: see harness/language-pack.ts for why.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_ID, REPO_ROOT } from './harness/paths';
import { step, useSession } from './harness/session';

const read = (path: string) => JSON.parse(readFileSync(join(REPO_ROOT, path), 'utf8'));
const manifest = read('package.json');
const nls: Record<string, string> = read('package.nls.zh-cn.json');
const bundle: Record<string, string> = read('l10n/bundle.l10n.zh-cn.json');
const FIXTURE = readFileSync(join(import.meta.dirname, 'fixtures', 'order-flow.md'), 'utf8');
const brokenLine = FIXTURE.split('\n').findIndex((l) => /^\s*Note (right of|left of|over) [^:]+:\s*$/.test(l)) + 1;

/** "%key%" → its zh-cn text. */
const zh = (value: string) => nls[value.replace(/^%|%$/g, '')] ?? value;
/** Commands the palette offers in a Markdown note (not hidden by menus.commandPalette "when": "false"). */
const hidden = new Set((manifest.contributes.menus?.commandPalette ?? []).filter((m: { when?: string }) => m.when === 'false').map((m: { command: string }) => m.command));
const paletteTitles: string[] = manifest.contributes.commands
  .filter((c: { command: string }) => !hidden.has(c.command))
  .map((c: { title: string; category?: string }) => `${c.category ? `${zh(c.category)}: ` : ''}${zh(c.title)}`);
const TOOLBAR = ['Fit width', 'Actual size', 'Save as SVG', 'Save as PNG', 'Copy SVG'];

describe('archlens in Chinese (VS Code locale zh-cn)', () => {
  const session = useSession({ name: 'zh-cn', locale: 'zh-cn', readyFile: 'order-flow.md', files: { 'order-flow.md': FIXTURE } });

  it('the command palette lists our commands with their Chinese titles', { timeout: 180_000 }, async () => {
    const s = session();
    assert.ok(paletteTitles.length >= 4 && paletteTitles.every((t) => /[\u4e00-\u9fff]/.test(t)), JSON.stringify(paletteTitles));
    await step(s.wb, 'open-note', () => s.wb.openFile('order-flow.md'));
    const labels = await step(s.wb, 'palette', () => s.wb.paletteRows(`>${zh(manifest.contributes.commands[0].category)}: `, paletteTitles[0]!));
    await s.wb.docsImage('zh-cn-commands');
    await s.wb.page.keyboard.press('Escape');
    for (const title of paletteTitles) assert.ok(labels.some((l) => l.includes(title)), `"${title}" in ${JSON.stringify(labels)}`);
  });

  it('a broken diagram\'s diagnostic reads in Chinese', { timeout: 180_000 }, async () => {
    const s = session();
    const [error] = await step(s.wb, 'problems', () => s.wb.problems((p) => p.severity === 'error', 1));
    assert.ok(error, 'the broken diagram is reported');
    assert.ok(error.line === brokenLine || error.line === brokenLine + 1, `at line ${error.line}`);
    // mermaid's "Expected an arrow … after …" in the bundle's words, e.g. "… 之后应为 箭头（->>、-->>、-x …）"
    assert.ok(error.message.includes(bundle['an arrow (->>, -->>, -x …)']!), error.message);
    assert.doesNotMatch(error.message, /Expected|line ended/, 'no English left');
  });

  it('the diagram preview\'s toolbar reads in Chinese', { timeout: 240_000 }, async () => {
    const s = session();
    const view = s.wb.webview(EXTENSION_ID);
    await step(s.wb, 'preview', async () => {
      await s.wb.runCommand(paletteTitles.find((t) => t.endsWith(zh('%command.openPreviewToSide.title%')))!);
      await view.locator('section.diagram .viewport > svg').first().waitFor({ timeout: 120_000 });
    });
    const texts = await view.locator('section.diagram').first().locator('.toolbar-button').allInnerTexts();
    for (const english of TOOLBAR) assert.ok(texts.includes(bundle[english]!), `"${bundle[english]}" (${english}) in ${JSON.stringify(texts)}`);
    assert.deepEqual(texts.filter((t) => TOOLBAR.includes(t)), [], 'no English button left');
    // README picture: the note with its Chinese diagnostic in the Problems panel, the Chinese preview beside it
    await s.wb.goTo(brokenLine + 1, 1);
    await s.wb.docsImage('zh-cn');
  });

  it('causes no console error, failed request or extension-host error from archlens', () => {
    assert.deepEqual(session().archlensErrors(), []);
  });
});
