// Markdown-only users never pay for ESLint and the TypeScript parser: the language server loads them on the first
// TypeScript/JavaScript document, not at start. (Own file: module loading is per process.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintEngineRequested } from '../../src/server/lint/load-lint-engine';
import { registerLint } from '../../src/server/lint/register-lint';
import { startHarness } from './lsp-harness';

const heavyLoaded = () => Object.keys(require.cache).filter((p) => /[\\/]node_modules[\\/](eslint[\\/]lib[\\/]linter|@typescript-eslint[\\/]parser|typescript[\\/]lib)[\\/]/.test(p));

test('the lint engine loads on the first TypeScript document, never for Markdown', async () => {
  const h = await startHarness({ extensions: [registerLint], diagnosticsDelayMs: 10 });
  try {
    const md = 'file:///notes/timeouts.md';
    const mdDiagnostics = h.nextDiagnostics(md, 1);
    await h.open(md, '# Timeouts\n\n```\nsequenceDiagram\n  A->>B: call\n```\n', 'markdown', 1);
    await mdDiagnostics;
    assert.equal(lintEngineRequested(), false);
    assert.deepEqual(heavyLoaded(), []);

    const ts = 'file:///service/client.ts';
    const tsDiagnostics = h.nextDiagnostics(ts, 1);
    await h.open(ts, 'await fetch(url);\n', 'typescript', 1);
    assert.equal((await tsDiagnostics).diagnostics.length, 1);
    assert.equal(lintEngineRequested(), true);
    assert.notDeepEqual(heavyLoaded(), []);
  } finally {
    h.dispose();
  }
});
