import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';

let bundle: string | undefined;

/**
 * The CLI bundled exactly as scripts/build.mjs bundles dist/cli.js (CommonJS, Node platform), built once per
 * test process from the current sources into a temp folder, so the tests exercise the shipped shape.
 */
export function cliBundle(): string {
  if (bundle) return bundle;
  const dir = mkdtempSync(join(tmpdir(), 'archlens-cli-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  const outfile = join(dir, 'cli.js');
  // Same options as the dist/cli.js entry in scripts/build.mjs (jiti: ESLint's optional TS-config loader).
  buildSync({ entryPoints: ['src/cli/main.ts'], bundle: true, platform: 'node', format: 'cjs', external: ['jiti'], outfile, logLevel: 'error', target: 'es2022' });
  bundle = outfile;
  return outfile;
}

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `node <cli bundle> ...args` in `cwd`. */
export function runCli(args: readonly string[], cwd = process.cwd()): CliRun {
  const r = spawnSync(process.execPath, [cliBundle(), ...args], { cwd, encoding: 'utf8', timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
