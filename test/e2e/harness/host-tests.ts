// Extension-host tests (test/e2e/api) bundled for extensionTestsPath, and their results read back from the page
// console, since under code-server nothing else reports them once VS Code ran them.
import * as esbuild from 'esbuild';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { HostTestResult } from '../api/host-runner';

const MARKER = /ARCHLENS-HOST-TESTS ([A-Za-z0-9+/=]+)/;

/** Bundles test/e2e/api/index.ts to `<outDir>/index.js` (CommonJS, `vscode` external); returns that path. */
export async function bundleHostTests(outDir: string): Promise<string> {
  const outfile = join(outDir, 'index.js');
  await esbuild.build({
    entryPoints: [join(import.meta.dirname, '..', 'api', 'index.ts')],
    outfile, bundle: true, platform: 'node', format: 'cjs', target: 'es2022', external: ['vscode'], logLevel: 'warning',
  });
  return outfile;
}

/** Waits for the results line in the console lines collected from the page. */
export async function readHostTestResults(page: Page, consoleLines: string[], timeoutMs: number): Promise<HostTestResult[]> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    for (const line of consoleLines) {
      const m = MARKER.exec(line);
      if (m) return JSON.parse(Buffer.from(m[1]!, 'base64').toString('utf8'));
    }
    if (Date.now() > until) throw new Error(`no extension-host test results within ${timeoutMs} ms`);
    await page.waitForTimeout(250);
  }
}
