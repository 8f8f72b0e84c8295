// One temp folder per server run holding every side effect (config, logs, sockets, caches, browser profile).
import { chmodSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Paths inside a fresh run folder, plus the environment that keeps writes inside it. */
export interface RunFolder {
  root: string;
  env: NodeJS.ProcessEnv;
}

/** Creates the run folder; XDG_* and TMPDIR redirect code-server's config, logs, deviceid and IPC sockets into it. */
export function createRunFolder(prefix: string): RunFolder {
  const root = mkdtempSync(join(tmpdir(), `archlens-e2e-${prefix}-`));
  const dirs = { XDG_CONFIG_HOME: 'xdg-config', XDG_DATA_HOME: 'xdg-data', XDG_CACHE_HOME: 'xdg-cache', XDG_RUNTIME_DIR: 'xdg-runtime', TMPDIR: 'tmp' };
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const [name, sub] of Object.entries(dirs)) {
    env[name] = join(root, sub);
    mkdirSync(env[name]!, { recursive: true });
  }
  chmodSync(env.XDG_RUNTIME_DIR!, 0o700);
  return { root, env };
}
