// Extension activation time in the real VS Code 1.100.3 Node extension host (code-server), next to baselines
// measured in the same host in the same run: an empty extension and VS Code's built-in Markdown extension.
// A probe (extensionTestsPath) times `extension.activate()` for each, before anything else activated them;
// each round is a fresh page load, hence a fresh extension host. Also prints note-open → first diagnostics.
// Usage: npm run bench activation (or node --import tsx scripts/bench/activation.mjs [--rounds=5] [--vsix=<file>])
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../../test/e2e/harness/browser.ts';
import { startCodeServer } from '../../test/e2e/harness/code-server.ts';
import { REPO_ROOT } from '../../test/e2e/harness/paths.ts';
import { ensureVsix } from '../../test/e2e/harness/vsix.ts';

// More rounds (--rounds=N) for a loaded machine; samples print in round order (archlens's first round has no code cache).
const ROUNDS = Number(process.argv.find((a) => a.startsWith('--rounds='))?.slice('--rounds='.length) ?? 3);
const MARKER = /ARCHLENS-BENCH ([A-Za-z0-9+/=]+)/;

// Runs inside the extension host: archlens and the empty extension swap places per round so neither profits from
// warm caches. Markdown goes last: its activation loads the markdown-it plugins, which activates archlens early.
// Besides the time until activate() settles, each extension gets the longest event-loop block from activate() until
// SETTLE_MS after it settled (work an extension defers to later tasks counts too): the longest gap between two ticks
// of a 1 ms interval, which is what every other extension and every editor request in this host waited at most.
// The interval ticks a few times before activate(): VS Code may load the extension in the very task that calls it.
const SETTLE_MS = 1500;
const PROBE = `
const vscode = require('vscode');
exports.run = async () => {
  const time = async (id) => {
    const ext = vscode.extensions.getExtension(id);
    if (!ext) return [{ id, error: 'not installed' }];
    if (ext.isActive) return [{ id, error: 'already active' }];
    let last = performance.now();
    let maxBlock = 0;
    const ticks = setInterval(() => {
      const now = performance.now();
      maxBlock = Math.max(maxBlock, now - last);
      last = now;
    }, 1);
    await new Promise((r) => setTimeout(r, 20));
    maxBlock = 0;
    const t0 = performance.now();
    await ext.activate();
    const ms = performance.now() - t0;
    await new Promise((r) => setTimeout(r, ${SETTLE_MS}));
    clearInterval(ticks);
    return [{ id, ms }, { id: id + ' max block', ms: maxBlock }];
  };
  const pair = ['archlens.archlens', 'bench.empty'];
  const order = [...(Date.now() % 2 ? pair : [...pair].reverse()), 'vscode.markdown-language-features'];
  const results = [];
  for (const id of order) results.push(...(await time(id)));
  const [note] = await vscode.workspace.findFiles('**/order-flow.md');
  const t0 = performance.now();
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(note));
  let firstDiagnostics;
  for (let i = 0; i < 1200 && firstDiagnostics === undefined; i++) {
    if (vscode.languages.getDiagnostics(note).length) firstDiagnostics = performance.now() - t0;
    else await new Promise((r) => setTimeout(r, 50));
  }
  results.push({ id: 'note open -> first archlens diagnostics', ms: firstDiagnostics });
  // Closed, so the next round's workbench restores no Markdown editor (which would activate Markdown early)
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  console.log('ARCHLENS-BENCH ' + Buffer.from(JSON.stringify(results)).toString('base64'));
};
`;

// --vsix=<file>: bench another build the same way (e.g. an older commit's `npm run package`), for before/after.
const vsix = process.argv.find((a) => a.startsWith('--vsix='))?.slice('--vsix='.length) ?? ensureVsix();
// archlens installed from the .vsix like a user's; the empty baseline loads as the development extension
const server = await startCodeServer({ name: 'bench-activation', vsix: [vsix] });
const { root } = server.run;
try {
  const empty = join(root, 'empty-extension');
  mkdirSync(empty, { recursive: true });
  writeFileSync(join(empty, 'package.json'), JSON.stringify({ name: 'empty', publisher: 'bench', version: '0.0.0', engines: { vscode: '^1.100.0' }, main: './extension.js', activationEvents: ['onCommand:bench.noop'] }));
  writeFileSync(join(empty, 'extension.js'), 'exports.activate = () => {};\n');
  const probeDir = join(root, 'probe');
  mkdirSync(probeDir, { recursive: true });
  writeFileSync(join(probeDir, 'index.js'), PROBE);
  // One folder per round: VS Code restores a folder's last editors, and a restored note would activate archlens
  // (onLanguage:markdown) before the probe could time it
  const note = (await import('node:fs')).readFileSync(join(REPO_ROOT, 'test', 'e2e', 'fixtures', 'order-flow.md'), 'utf8');
  const urlOfRound = (round) => {
    const workspace = join(root, `workspace-${round}`);
    mkdirSync(workspace, { recursive: true });
    writeFileSync(join(workspace, 'order-flow.md'), note);
    writeFileSync(join(workspace, 'readme.txt'), 'bench workspace\n');
    return server.url(workspace, [
      ['extensionDevelopmentPath', server.remoteUri(empty)],
      ['extensionTestsPath', server.remoteUri(join(probeDir, 'index.js'))],
    ]);
  };
  const { context, page, problems } = await launchBrowser(root);
  const samples = new Map();
  try {
    for (let round = 0; round < ROUNDS; round++) {
      problems.consoleLines.length = 0;
      await page.goto(urlOfRound(round), { waitUntil: 'domcontentloaded' });
      let results;
      for (let i = 0; i < 1200 && !results; i++) {
        const m = problems.consoleLines.map((l) => MARKER.exec(l)).find(Boolean);
        if (m) results = JSON.parse(Buffer.from(m[1], 'base64').toString('utf8'));
        else await page.waitForTimeout(250);
      }
      if (!results) throw new Error('the activation probe reported nothing within 5 minutes');
      for (const r of results) {
        if (r.error) console.log(`round ${round + 1}: ${r.id}: ${r.error}`);
        else samples.set(r.id, [...(samples.get(r.id) ?? []), r.ms]);
      }
    }
  } finally {
    await context.close();
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const ms = (id) => (samples.has(id) ? median(samples.get(id)) : NaN);
  const ours = ms('archlens.archlens');
  console.log(`load average ${(await import('node:os')).loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  console.log(`activation in code-server 4.100.3 (VS Code 1.100.3, Node ${process.versions.node} extension host), median of ${ROUNDS} fresh hosts:`);
  for (const id of samples.keys()) {
    if (!samples.get(id).length) continue;
    const ratio = id === 'archlens.archlens' || id.startsWith('note') || id.endsWith('max block') ? '' : `   archlens = ${(ours / ms(id)).toFixed(1)}x this`;
    console.log(`  ${id.padEnd(42)} ${ms(id).toFixed(1).padStart(8)} ms (n=${samples.get(id).length}: ${samples.get(id).map((x) => x.toFixed(0)).join(", ")})${ratio}`);
  }
} finally {
  await server.stop();
}
