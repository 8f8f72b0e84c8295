// Bundles every entry point with esbuild. Usage: node scripts/build.mjs [--production] [--watch]
// Each adapter is its own bundle so heavy libraries (mermaid, typescript, eslint) load only where they run.
import * as esbuild from 'esbuild';
import { existsSync, mkdirSync } from 'node:fs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

// happy-dom (mermaid's DOM in Node) carries a self-signed certificate, private key included, for its own HTTPS
// fetches. Nothing of ours fetches through happy-dom (mermaid's parse never does), so the bundles get an empty one:
// no private key ships in the .vsix, and happy-dom cannot open an HTTPS connection from the language server.
const noHappyDomCertificate = {
  name: 'no-happy-dom-certificate',
  setup(build) {
    build.onResolve({ filter: /[\\/]certificate[\\/]FetchHTTPSCertificate\.js$/ }, () => ({ path: 'happy-dom-certificate', namespace: 'archlens-empty' }));
    build.onLoad({ filter: /.*/, namespace: 'archlens-empty' }, () => ({ contents: "export default { cert: '', key: '' };", loader: 'js' }));
  },
};

const common = {
  plugins: [noHappyDomCertificate],
  bundle: true,
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
  target: 'es2022',
};

/** @type {esbuild.BuildOptions[]} */
export const entries = [
  // Extension host (Node): must stay small; never imports mermaid/typescript/eslint. The entry VS Code loads holds
  // only what activation answers at once; it loads the language client (the second bundle) in later, small tasks.
  { entryPoints: ['src/client/deferred-client.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', external: ['vscode'] },
  { entryPoints: ['src/client/language-client-stages.ts'], outfile: 'dist/language-client.js', platform: 'node', format: 'cjs', external: ['vscode'] },
  // Extension host (web worker, vscode.dev).
  { entryPoints: ['src/client/extension-browser.ts'], outfile: 'dist/web/extension.js', platform: 'browser', format: 'cjs', external: ['vscode'] },
  // Language server (Node IPC). `jiti` is only ESLint's loader for TypeScript config files, which archlens never
  // asks it to read.
  { entryPoints: ['src/server/server-node.ts'], outfile: 'dist/server.js', platform: 'node', format: 'cjs', external: ['jiti'] },
  // Lint worker thread of the Node server: owns ESLint and the TypeScript parser (dist/server.js no longer loads them).
  { entryPoints: ['src/server/lint/lint-worker.ts'], outfile: 'dist/lint-worker.js', platform: 'node', format: 'cjs', external: ['jiti'] },
  // Language server (browser worker).
  { entryPoints: ['src/server/server-browser.ts'], outfile: 'dist/web/server.js', platform: 'browser', format: 'iife' },
  // The one mermaid-carrying browser bundle: our preview panel's script, and also the built-in Markdown preview's
  // (markdown.previewScripts), which draws untagged diagram fences where VS Code cannot. One file, so mermaid
  // ships once; src/webview/page-entry.ts picks the page from its script tag.
  { entryPoints: ['src/webview/page-entry.ts'], outfile: 'dist/webview.js', platform: 'browser', format: 'iife' },
  // CLI.
  { entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', external: ['jiti'], banner: { js: '#!/usr/bin/env node' } },
  // ESLint plugin for users' own configs; eslint and typescript come from the user's install.
  { entryPoints: ['src/eslint-plugin.ts'], outfile: 'dist/eslint-plugin.js', platform: 'node', format: 'cjs', external: ['eslint', 'typescript'] },
].filter((e) => existsSync(e.entryPoints[0]));

mkdirSync('dist', { recursive: true });
const started = Date.now();
if (watch) {
  for (const e of entries) await (await esbuild.context({ ...common, ...e })).watch();
  console.log('watching', entries.length, 'bundles');
} else {
  await Promise.all(entries.map((e) => esbuild.build({ ...common, ...e })));
  console.log(`built ${entries.length} bundles in ${Date.now() - started} ms${production ? ' (production)' : ''}`);
}
