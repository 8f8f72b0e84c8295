// A fresh code-server (VS Code 1.100.3, Node extension host) per suite: free loopback port, own process group,
// every side effect in a temp run folder, archlens installed from the .vsix like a user would.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from './free-port';
import { indexLanguagePacks } from './language-pack';
import { ensureCodeServer } from './install';
import { startGroup, type ProcessGroup } from './process-group';
import { createRunFolder, type RunFolder } from './run-folder';

/** Settings that keep the workbench quiet and deterministic (no welcome page, trust prompt, telemetry, chat). */
export const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'workbench.enableExperiments': false,
  'git.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
  'workbench.editor.enablePreview': false,
  'outline.collapseItems': 'alwaysExpand',
  'editor.minimap.enabled': false,
  'files.autoSave': 'off',
};

/** A running code-server. */
export interface CodeServer {
  origin: string;
  run: RunFolder;
  group: ProcessGroup;
  /** Workbench URL for a folder, with optional `payload` pairs (extensionDevelopmentPath, extensionTestsPath…). */
  url(folder: string, payload?: [string, string][]): string;
  /** A path on this machine as the workbench's remote URI (for payload values). */
  remoteUri(path: string): string;
  /** Text of the server log and every extension-host log of this run. */
  logs(): string;
  stop(): Promise<void>;
}

/** The server log plus VS Code's own logs (extension hosts, output channels), not the browser profile's. */
function collectLogs(root: string): string {
  let text = '';
  for (const dir of [root, join(root, 'user-data', 'logs'), join(root, 'xdg-data', 'code-server', 'coder-logs')]) {
    let entries;
    try { entries = readdirSync(dir, { withFileTypes: true, recursive: dir !== root }); } catch { continue; }
    for (const entry of entries) {
      if (!entry.isFile() || !entry.name.endsWith('.log')) continue;
      const path = join(entry.parentPath, entry.name);
      text += `\n=== ${path}\n` + readFileSync(path, 'utf8');
    }
  }
  return text;
}

/** Starts code-server with the given .vsix files installed and user settings merged over QUIET_SETTINGS. */
export async function startCodeServer(opts: {
  name: string;
  vsix?: string[];
  settings?: Record<string, unknown>;
  /** Open folders in Restricted Mode: workspace trust on, nothing trusted, no trust prompt. */
  restrictedMode?: boolean;
  /** VS Code's display language (`--locale`); needs a language pack for it among `vsix`. */
  locale?: string;
  /** Another code-server launcher than the shared install (e.g. a copy without some built-in extensions). */
  bin?: string;
}): Promise<CodeServer> {
  const bin = opts.bin ?? ensureCodeServer();
  const run = createRunFolder(opts.name);
  const udd = join(run.root, 'user-data');
  const extDir = join(run.root, 'extensions');
  const config = join(run.root, 'config.yaml');
  mkdirSync(join(udd, 'User'), { recursive: true });
  mkdirSync(extDir, { recursive: true });
  writeFileSync(config, '');
  const trust = opts.restrictedMode ? { 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never' } : {};
  writeFileSync(join(udd, 'User', 'settings.json'), JSON.stringify({ ...QUIET_SETTINGS, ...trust, ...opts.settings }, null, 2));
  const common = ['--config', config, '--user-data-dir', udd, '--extensions-dir', extDir];
  for (const vsix of opts.vsix ?? []) {
    const r = spawnSync(bin, [...common, '--install-extension', vsix], { env: run.env, encoding: 'utf8', timeout: 120_000 });
    if (r.status !== 0 || !/successfully installed/.test(r.stdout)) throw new Error(`installing ${vsix} failed:\n${r.stdout}\n${r.stderr}`);
  }
  if (opts.locale) indexLanguagePacks(extDir, udd);
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const serverLog = join(run.root, 'server.log');
  const group = startGroup(bin, [
    ...common, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
    '--disable-telemetry', '--disable-update-check', ...(opts.restrictedMode ? [] : ['--disable-workspace-trust']),
    '--disable-getting-started-override', '--ignore-last-opened', ...(opts.locale ? ['--locale', opts.locale] : []),
  ], { env: run.env, logFile: serverLog });
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(`${origin}/healthz`, { signal: AbortSignal.timeout(2000) })).ok) break;
    } catch { /* not up yet */ }
    if (Date.now() > deadline) {
      await group.stop();
      throw new Error(`code-server did not answer /healthz within 60 s:\n${readFileSync(serverLog, 'utf8')}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const remoteUri = (path: string) => `vscode-remote://127.0.0.1:${port}${path}`;
  return {
    origin,
    run,
    group,
    remoteUri,
    url(folder, payload) {
      const query = `folder=${encodeURIComponent(folder)}` + (payload ? `&payload=${encodeURIComponent(JSON.stringify(payload))}` : '');
      return `${origin}/?${query}`;
    },
    logs: () => collectLogs(run.root),
    stop: () => group.stop(),
  };
}
