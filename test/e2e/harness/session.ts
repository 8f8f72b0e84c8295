// One e2e suite = one fresh code-server with archlens installed from the .vsix, one Chromium, one workspace.
// `useSession` wires that into node:test hooks; teardown runs whatever happened (failure, timeout, Ctrl+C).
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { archlensLines, launchBrowser, withoutNoise, type PageProblems } from './browser';
import { startCodeServer, type CodeServer } from './code-server';
import { ARTIFACTS, E2E_HOME } from './paths';
import { stubLanguagePack } from './language-pack';
import { ensureVsix } from './vsix';
import { Workbench } from './workbench';
import { createWorkspace } from './workspace';

/** A live suite: the workbench page plus where its files are. */
export interface Session {
  wb: Workbench;
  server: CodeServer;
  workspace: string;
  problems: PageProblems;
  /** Console errors, failed requests and extension-host log errors that concern archlens. */
  archlensErrors(): string[];
}

export interface SessionOptions {
  /** Names the run folder and the screenshots (`test-artifacts/e2e/<name>-NN-step.png`). */
  name: string;
  /** Workspace files (relative path → text); `prepare` may add more (e.g. seed notes). */
  files?: Record<string, string>;
  prepare?(workspace: string): void;
  /** The file the Explorer must list before the workbench counts as ready. */
  readyFile: string;
  settings?: Record<string, unknown>;
  /** Open the workspace in Restricted Mode (workspace trust on, the folder not trusted). */
  restrictedMode?: boolean;
  /** VS Code's display language, e.g. "zh-cn" (a stub language pack makes VS Code accept it offline). */
  locale?: string;
  /** Workbench `payload` pairs, e.g. extensionTestsPath (values are URIs: use server.remoteUri). */
  payload?(server: CodeServer, workspace: string): Promise<[string, string][]>;
}

/** Starts the session in `before` and tears it down in `after`; call the returned getter inside tests. */
export function useSession(opts: SessionOptions): () => Session {
  let session: Session | undefined;
  let context: BrowserContext | undefined;
  let server: CodeServer | undefined;
  before(async () => {
    const vsix = [ensureVsix()];
    if (opts.locale) vsix.push(await stubLanguagePack(join(E2E_HOME, 'language-packs'), opts.locale));
    server = await startCodeServer({ name: opts.name, vsix, settings: opts.settings, restrictedMode: opts.restrictedMode, locale: opts.locale });
    const workspace = createWorkspace(server.run.root, opts.files ?? {});
    opts.prepare?.(workspace);
    const browser = await launchBrowser(server.run.root);
    context = browser.context;
    const wb = new Workbench(browser.page, ARTIFACTS, opts.name);
    const srv = server;
    session = {
      wb, server: srv, workspace, problems: browser.problems,
      archlensErrors: () => [
        ...archlensLines(browser.problems.consoleErrors),
        ...archlensLines(browser.problems.badRequests),
        ...archlensLines(srv.logs().split('\n').filter((l) => /\[error\]|\bError\b/.test(l))),
      ],
    };
    await wb.load(srv.url(workspace, await opts.payload?.(srv, workspace)), opts.readyFile);
  }, { timeout: 10 * 60_000 });
  after(async () => {
    try {
      if (session) {
        mkdirSync(ARTIFACTS, { recursive: true });
        const p = session.problems;
        writeFileSync(join(ARTIFACTS, `${opts.name}-console.txt`), [
          '# console errors (known noise removed)', ...withoutNoise(p.consoleErrors),
          '# failed requests (known noise removed)', ...withoutNoise(p.badRequests),
        ].join('\n') + '\n');
        writeFileSync(join(ARTIFACTS, `${opts.name}-logs.txt`), session.server.logs());
      }
      await context?.close().catch(() => undefined);
    } finally {
      await server?.stop();
    }
  });
  return () => {
    assert.ok(session, 'the e2e session failed to start (see the before hook error)');
    return session;
  };
}

/** Runs one user-visible step, screenshotting it afterwards, or on failure as `<step>-FAILED`. */
export async function step<T>(wb: Workbench, name: string, fn: () => Promise<T>): Promise<T> {
  try {
    const result = await fn();
    await wb.screenshot(name);
    return result;
  } catch (e) {
    await wb.screenshot(`${name}-FAILED`).catch(() => undefined);
    throw e;
  }
}
