// The .vsix is what users install: it must hold the bundles VS Code loads and nothing else (no sources, tests or
// maps), stay within the size budget written in package.json, carry mermaid only where it runs, and declare
// truthfully where it activates and that it works in untrusted and virtual workspaces.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './harness/paths';
import { readZip, type ZipEntry } from './harness/read-zip';
import { ensureVsix } from './harness/vsix';

const vsix = ensureVsix();
const files = new Map<string, ZipEntry>(readZip(vsix).filter((e) => e.name.startsWith('extension/')).map((e) => [e.name.slice('extension/'.length), e]));
const manifest = JSON.parse(files.get('package.json')!.read().toString('utf8'));

test('the vsix fits the size budget in package.json', () => {
  const size = statSync(vsix).size;
  const budget: number = manifest.archlens?.vsixSizeBudgetBytes;
  assert.ok(Number.isInteger(budget) && budget > 0, 'package.json declares archlens.vsixSizeBudgetBytes');
  const listing = [...files].sort(([, a], [, b]) => b.size - a.size).map(([name, e]) => `  ${name.padEnd(32)} ${String(e.size).padStart(9)} B (${e.compressedSize} B packed)`);
  console.log(`dist/archlens.vsix: ${size} bytes of ${budget} budget (${Math.round((100 * size) / budget)}%), ${files.size} files\n${listing.join('\n')}`);
  assert.ok(size <= budget, `vsix is ${size} bytes, over the ${budget} byte budget`);
});

test('the vsix holds only shipped files: no sources, tests, maps or build scripts', () => {
  const allowed = [/^package\.json$/, /^package\.nls(\.[\w-]+)?\.json$/, /^readme\.md$/i, /^changelog\.md$/i, /^LICENSE(\.txt)?$/,
    /^dist\/(extension|language-client|server|lint-worker|webview|markdown-preview)\.js$/, /^syntaxes\/[\w.-]+\.json$/, /^dist\/web\/(extension|server)\.js$/, /^media\/[^/]+\.(css|svg|png)$/,
    /^snippets\/[\w.-]+\.code-snippets$/, /^l10n\/bundle\.l10n(\.[\w-]+)?\.json$/];
  const unexpected = [...files.keys()].filter((name) => !allowed.some((re) => re.test(name)));
  assert.deepEqual(unexpected, []);
});

test('every file the manifest points at is in the vsix', () => {
  // main, browser and every "./…" path in contributes (grammars, language configurations, snippets, preview scripts)
  const referenced = [manifest.main, manifest.browser];
  JSON.stringify(manifest.contributes, (_key, value) => {
    if (typeof value === 'string' && value.startsWith('./')) referenced.push(value);
    return value;
  });
  const missing = [...new Set(referenced.filter(Boolean).map((p: string) => p.replace(/^\.\//, '')))].filter((p) => !files.has(p));
  assert.deepEqual(missing, [], 'referenced by package.json but missing from the vsix');
  assert.ok(files.has('dist/server.js') && files.has('dist/web/server.js'), 'both language server bundles ship');
  // The desktop entry loads the language client from its own bundle after activation (src/client/deferred-client.ts).
  assert.ok(files.has('dist/language-client.js'), 'the language client bundle the desktop entry loads ships');
});

test('nothing is shipped twice, and mermaid only where it runs (servers validate, the webview renders)', () => {
  const byHash = new Map<string, string[]>();
  for (const [name, entry] of files) {
    const hash = createHash('sha256').update(entry.read()).digest('hex');
    byHash.set(hash, [...(byHash.get(hash) ?? []), name]);
  }
  assert.deepEqual([...byHash.values()].filter((names) => names.length > 1), [], 'identical files');
  const withMermaid = new Map<string, number>();
  for (const [name, entry] of files) {
    if (!name.endsWith('.js')) continue;
    // mermaid's own build names its functions once per copy (`__name(fn, "getDiagramFromText")`); our code may
    // call `mermaidAPI.getDiagramFromText` but never spells the name as a string.
    const copies = entry.read().toString('utf8').split('"getDiagramFromText"').length - 1;
    if (copies > 0) withMermaid.set(name, copies);
  }
  // Where mermaid runs: the language servers (validation) and the two webviews that draw diagrams — our preview
  // panel and VS Code's built-in Markdown preview (its previewScripts bundle). Anything else is a duplicate.
  const hosts = ['dist/server.js', 'dist/web/server.js', 'dist/webview.js', 'dist/markdown-preview.js'];
  for (const [name, copies] of withMermaid) {
    assert.ok(hosts.includes(name), `${name} bundles mermaid`);
    assert.equal(copies, 1, `${name} bundles mermaid ${copies} times`);
  }
  assert.ok(withMermaid.has('dist/webview.js'), 'the preview renders with its bundled mermaid');
});

test('the manifest activates only on notes, Mermaid and JS/TS files and our own commands and views', () => {
  const allowed = /^(onLanguage:(markdown|mermaid|typescript|typescriptreact|javascript|javascriptreact)|onCommand:archlens\.[\w.]+|onWebviewPanel:archlens\.[\w.]+)$/;
  const events: string[] = manifest.activationEvents ?? [];
  assert.ok(events.length > 0, 'archlens declares its activation events');
  assert.deepEqual(events.filter((e) => !allowed.test(e)), [], 'activation events outside notes, mermaid, JS/TS and archlens');
  assert.ok(!events.includes('*') && !events.includes('onStartupFinished'));
});

test('the manifest declares untrusted- and virtual-workspace support (archlens runs no workspace code)', () => {
  assert.equal(manifest.capabilities?.untrustedWorkspaces?.supported, true);
  assert.equal(manifest.capabilities?.virtualWorkspaces, true);
  assert.ok(manifest.browser, 'a browser entry exists for vscode.dev');
});

test('the vsix holds no private key (happy-dom\'s self-signed fetch certificate is left out of the bundles)', () => {
  // The certificate happy-dom ships is the one a bundle would pick up; prove the check would see it.
  const shipped = readFileSync(join(REPO_ROOT, 'node_modules', 'happy-dom', 'lib', 'fetch', 'certificate', 'FetchHTTPSCertificate.js'), 'utf8');
  const privateKey = /-----BEGIN [A-Z ]*PRIVATE KEY-----/;
  assert.match(shipped, privateKey);
  for (const [name, entry] of files) assert.doesNotMatch(entry.read().toString('utf8'), privateKey, `${name} contains a private key`);
});
