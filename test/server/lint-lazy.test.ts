// Markdown-only users never pay for ESLint and the TypeScript parser, and the language server's main thread never
// loads them at all: the lint worker thread starts on the first TypeScript/JavaScript document and owns them.
// (Own file: module loading is per process.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintWorkersStarted } from '../../src/server/lint/lint-worker-client';
import { registerLint } from '../../src/server/lint/register-lint';
import { startHarness } from './lsp-harness';

const heavyLoaded = () => Object.keys(require.cache).filter((p) => /[\\/]node_modules[\\/](eslint[\\/]lib[\\/]linter|@typescript-eslint[\\/]parser|typescript[\\/]lib)[\\/]/.test(p));

test('the lint worker starts on the first TypeScript document, never for Markdown, and ESLint stays out of the main thread', async () => {
  const h = await startHarness({ extensions: [registerLint], diagnosticsDelayMs: 10 });
  try {
    const md = 'file:///notes/timeouts.md';
    const mdDiagnostics = h.nextDiagnostics(md, 1);
    await h.open(md, '# Timeouts\n\n```\nsequenceDiagram\n  A->>B: call\n```\n', 'markdown', 1);
    await mdDiagnostics;
    assert.equal(lintWorkersStarted(), 0);

    const ts = 'file:///service/client.ts';
    const tsDiagnostics = h.nextDiagnostics(ts, 1);
    await h.open(ts, 'await fetch(url);\n', 'typescript', 1);
    assert.equal((await tsDiagnostics).diagnostics.length, 1);
    assert.equal(lintWorkersStarted(), 1);
    assert.deepEqual(heavyLoaded(), [], 'ESLint, its parser and TypeScript load in the worker only');
  } finally {
    h.dispose();
  }
});
