// The standard @vscode/test-electron runner: downloads desktop VS Code and runs the extension-host tests of
// test/e2e/api in it. Where VS Code cannot be downloaded (no network, no cached copy) or shown (no display), the
// suite is skipped with one line; the real-VS-Code coverage then comes from the code-server e2e suite.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleHostTests } from '../e2e/harness/host-tests';
import { REPO_ROOT, seedNotesDir } from '../e2e/harness/paths';

const CACHE = join(REPO_ROOT, '.vscode-test');

/** Why this machine cannot run desktop VS Code, or undefined when it can. */
async function cannotRun(): Promise<string | undefined> {
  if (process.platform === 'linux' && !process.env.DISPLAY) return 'no X display (run under xvfb-run to enable it)';
  const cached = existsSync(CACHE) && readdirSync(CACHE).some((d) => d.startsWith('vscode-'));
  if (cached) return undefined;
  try {
    await fetch('https://update.code.visualstudio.com/api/releases/stable', { signal: AbortSignal.timeout(3000) });
    return undefined;
  } catch {
    return 'update.code.visualstudio.com unreachable and no VS Code cached in .vscode-test/';
  }
}

test('extension-host tests in desktop VS Code (@vscode/test-electron)', { timeout: 15 * 60_000 }, async (t) => {
  const reason = await cannotRun();
  if (reason) {
    t.skip(`desktop VS Code unavailable: ${reason}`);
    return;
  }
  const { runTests } = await import('@vscode/test-electron');
  const work = mkdtempSync(join(tmpdir(), 'archlens-electron-'));
  try {
    const workspace = join(work, 'workspace');
    mkdirSync(workspace);
    copyFileSync(join(REPO_ROOT, 'test', 'e2e', 'fixtures', 'order-flow.md'), join(workspace, 'order-flow.md'));
    const { dir, isSeeds } = seedNotesDir();
    if (isSeeds) for (const f of readdirSync(dir).filter((n) => n.endsWith('.md'))) copyFileSync(join(dir, f), join(workspace, f));
    const extensionTestsPath = await bundleHostTests(join(work, 'host-tests'));
    const code = await runTests({
      extensionDevelopmentPath: REPO_ROOT,
      extensionTestsPath,
      launchArgs: [workspace, '--disable-workspace-trust', '--skip-welcome', `--user-data-dir=${join(work, 'user-data')}`, `--extensions-dir=${join(work, 'extensions')}`],
    });
    assert.equal(code, 0);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
