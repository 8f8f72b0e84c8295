// One measurement of issue #7's huge input in a real VS Code extension host (code-server 4.100.3): a fresh
// server and Chromium, the 10 MB note and 2 MB TypeScript file in the workspace, host-entry.ts running inside the
// host. Variants isolate archlens's share of the host's event-loop block:
//   archlens     archlens from the .vsix, VS Code's built-in extensions as shipped;
//   baseline     the same without archlens (a do-nothing extension only carries host-entry.ts);
//   no-builtins  archlens, but without the built-ins that work on .md/.ts files in the host (markdown language
//                features and math, TypeScript language features): a hard-linked copy of code-server lacks them.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as esbuild from 'esbuild';
import { launchBrowser } from '../e2e/harness/browser';
import { startCodeServer } from '../e2e/harness/code-server';
import { ensureCodeServer } from '../e2e/harness/install';
import { ensureVsix, unpackVsix } from '../e2e/harness/vsix';
import { createWorkspace } from '../e2e/harness/workspace';
import type { HostPhase, HostRunConfig } from './host-entry';
import { hugeNote, hugeTs } from './huge-files';

export type HostVariant = 'archlens' | 'baseline' | 'no-builtins';

const MARKER = /ARCHLENS-HUGE-HOST ([A-Za-z0-9+/=]+)/;
/** Built-in extensions that read .md/.ts documents in the extension host. */
const MD_TS_BUILTINS = ['markdown-language-features', 'markdown-math', 'typescript-language-features'];

/** A code-server launcher whose install lacks MD_TS_BUILTINS (hard links: no copy of the 300 MB). */
function codeServerWithoutBuiltins(): string {
  const bin = ensureCodeServer();
  const installDir = dirname(dirname(dirname(bin))); // <dir>/node_modules/.bin/code-server
  const copy = `${installDir}-no-md-ts-builtins`;
  const extensions = join(copy, 'node_modules', 'code-server', 'lib', 'vscode', 'extensions');
  if (!existsSync(join(extensions, 'markdown-basics')) || MD_TS_BUILTINS.some((e) => existsSync(join(extensions, e)))) {
    rmSync(copy, { recursive: true, force: true });
    const r = spawnSync('cp', ['-al', installDir, copy], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`could not hard-link ${installDir} to ${copy}: ${r.stderr}`);
    for (const e of MD_TS_BUILTINS) rmSync(join(extensions, e), { recursive: true, force: true });
  }
  return join(copy, 'node_modules', '.bin', 'code-server');
}

/** Runs the phases once in a fresh host; returns what host-entry.ts measured. */
export async function measureHost(variant: HostVariant, opts: { profileDir?: string; timeoutMs?: number } = {}): Promise<HostPhase[]> {
  const archlens = variant !== 'baseline';
  const server = await startCodeServer({ name: `huge-host-${variant}`, bin: variant === 'no-builtins' ? codeServerWithoutBuiltins() : undefined });
  let context: Awaited<ReturnType<typeof launchBrowser>>['context'] | undefined;
  try {
    const config: HostRunConfig = { archlens, profileDir: opts.profileDir };
    if (opts.profileDir) mkdirSync(opts.profileDir, { recursive: true });
    const ws = createWorkspace(server.run.root, {
      'readme.md': '# huge input\n', 'small.md': '# one broken diagram\n\n```mermaid\nsequenceDiagram\n    Alice->>\n```\n', 'huge.md': hugeNote(), 'huge.ts': hugeTs(), 'huge-host.json': JSON.stringify(config),
    });
    const extension = archlens ? unpackVsix(ensureVsix(), join(server.run.root, 'archlens-unpacked')) : carrierExtension(server.run.root);
    const entry = join(server.run.root, 'huge-host', 'index.js');
    await esbuild.build({
      entryPoints: [join(import.meta.dirname, 'host-entry.ts')],
      outfile: entry, bundle: true, platform: 'node', format: 'cjs', target: 'es2022', external: ['vscode'], logLevel: 'warning',
    });
    const browser = await launchBrowser(server.run.root);
    context = browser.context;
    const payload: [string, string][] = [['extensionDevelopmentPath', server.remoteUri(extension)], ['extensionTestsPath', server.remoteUri(entry)]];
    await browser.page.goto(server.url(ws, payload), { waitUntil: 'domcontentloaded', timeout: 120_000 });
    const end = Date.now() + (opts.timeoutMs ?? 18 * 60_000);
    while (Date.now() < end) {
      const line = browser.problems.consoleLines.map((l) => MARKER.exec(l)).find(Boolean);
      if (line) return JSON.parse(Buffer.from(line[1]!, 'base64').toString('utf8')) as HostPhase[];
      await browser.page.waitForTimeout(1000);
    }
    throw new Error(`the ${variant} extension host reported nothing within ${(opts.timeoutMs ?? 18 * 60_000) / 60_000} min`);
  } finally {
    await context?.close().catch(() => undefined);
    await server.stop();
  }
}

/** An extension that does nothing: extensionTestsPath needs a development extension to ride on. */
function carrierExtension(root: string): string {
  const dir = join(root, 'carrier');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'huge-host-carrier', publisher: 'archlens-test', version: '0.0.0', engines: { vscode: '^1.90.0' } }));
  return dir;
}
