// The .vsix users install: built with `npm run package` when any of its inputs changed, unpacked on demand for
// hosts that load extensions from a folder (test-web, extensionDevelopmentPath).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { E2E_HOME, REPO_ROOT, VSIX } from './paths';
import { readZip } from './read-zip';

const INPUTS = ['src', 'media', 'snippets', 'l10n', 'package.json', '.vscodeignore', 'scripts/build.mjs', 'README.md', 'CHANGELOG.md', 'LICENSE'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(st.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

function isStale(): boolean {
  const inputs = Math.max(...INPUTS.map((p) => newestMtime(join(REPO_ROOT, p))), ...readdirSync(REPO_ROOT)
    .filter((f) => /^package\.nls.*\.json$/.test(f)).map((f) => newestMtime(join(REPO_ROOT, f))));
  return !existsSync(VSIX) || statSync(VSIX).mtimeMs <= inputs;
}

function packageVsix(): void {
  mkdirSync(E2E_HOME, { recursive: true });
  const r = spawnSync('flock', [join(E2E_HOME, 'package.lock'), 'npm', 'run', '--silent', 'package'], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
    timeout: 5 * 60_000,
  });
  if (r.status !== 0) console.error(`npm run package failed (exit ${r.status})`);
}

/**
 * Packages the extension unless dist/archlens.vsix is newer than every source it is built from, and returns a
 * private, verified copy of it: in a shared work tree another build may rewrite dist/ (or the vsix) meanwhile.
 */
export function ensureVsix(): string {
  const snapshot = join(E2E_HOME, `archlens-${process.pid}.vsix`);
  for (let attempt = 0; attempt < 3; attempt++) {
    // ARCHLENS_E2E_REUSE_VSIX=1 skips the staleness check (iterating on the suite while others edit sources)
    if (attempt > 0 || (process.env.ARCHLENS_E2E_REUSE_VSIX !== '1' && isStale())) packageVsix();
    try {
      copyFileSync(VSIX, snapshot);
      readZip(snapshot).find((e) => e.name === 'extension/package.json')!.read();
      process.once('exit', () => rmSync(snapshot, { force: true }));
      return snapshot;
    } catch { /* half-written or missing: package again */ }
  }
  throw new Error('could not package a readable dist/archlens.vsix (see npm run package output above)');
}

/** Unpacks the vsix's `extension/` folder into dir (what VS Code itself does on install); returns that folder. */
export function unpackVsix(vsix: string, dir: string): string {
  for (const entry of readZip(vsix)) {
    if (!entry.name.startsWith('extension/')) continue;
    const target = join(dir, entry.name.slice('extension/'.length));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, entry.read());
  }
  return dir;
}
