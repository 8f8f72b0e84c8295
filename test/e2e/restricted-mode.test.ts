// Restricted Mode: archlens runs no workspace code, so package.json declares untrusted-workspace support. With
// workspace trust on and the folder not trusted, a user still gets the diagnostics and the preview.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_ID, REPO_ROOT } from './harness/paths';
import { step, useSession } from './harness/session';

const FIXTURE = readFileSync(join(import.meta.dirname, 'fixtures', 'order-flow.md'), 'utf8');
const lines = FIXTURE.split('\n');
const fences = lines.filter((l) => /^(```|~~~)/.test(l)).length / 2;
const brokenLines = lines.flatMap((l, i) => (/^\s*Note (right of|left of|over) [^:]+:\s*$/.test(l) ? [i + 1] : []));

describe('Restricted Mode (untrusted workspace)', () => {
  const session = useSession({ name: 'restricted-mode', restrictedMode: true, readyFile: 'order-flow.md', files: { 'order-flow.md': FIXTURE } });

  it('archlens declares that it supports untrusted workspaces', () => {
    const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8'));
    assert.equal(manifest.capabilities?.untrustedWorkspaces?.supported, true);
  });

  it('the workbench really is in Restricted Mode', { timeout: 120_000 }, async () => {
    const s = session();
    // VS Code's own indicator: the "Restricted Mode" status bar entry exists only while the workspace is untrusted
    const indicator = s.wb.page.locator('[id="status.workspaceTrust"]');
    await step(s.wb, 'restricted-mode', () => indicator.waitFor({ timeout: 60_000 }));
    assert.match(await indicator.innerText(), /Restricted Mode/);
  });

  it('the Problems panel lists the broken diagram at its line', { timeout: 180_000 }, async () => {
    const s = session();
    await step(s.wb, 'open-note', () => s.wb.openFile('order-flow.md'));
    const errors = await step(s.wb, 'problems', () => s.wb.problems((p) => p.severity === 'error', brokenLines.length));
    assert.equal(errors.length, brokenLines.length, JSON.stringify(errors));
    errors.sort((a, b) => a.line - b.line).forEach((e, i) =>
      assert.ok(e.line === brokenLines[i] || e.line === brokenLines[i]! + 1, `error at line ${e.line}: ${e.message}`));
  });

  it('the diagram preview renders every valid diagram', { timeout: 240_000 }, async () => {
    const s = session();
    const view = s.wb.webview(EXTENSION_ID);
    await step(s.wb, 'preview', async () => {
      await s.wb.runCommand('Archlens: Open Diagram Preview to the Side');
      await view.locator('section.diagram:has(svg), section.diagram.has-error').nth(fences - 1).waitFor({ timeout: 120_000 });
    });
    assert.equal(await view.locator('section.diagram').count(), fences);
    assert.equal(await view.locator('section.diagram .viewport > svg').count(), fences - brokenLines.length);
    assert.match(await s.wb.page.locator('[id="status.workspaceTrust"]').innerText(), /Restricted Mode/, 'still restricted');
    await s.wb.docsImage('restricted-mode');
  });

  it('causes no console error, failed request or extension-host error from archlens', () => {
    assert.deepEqual(session().archlensErrors(), []);
  });
});
