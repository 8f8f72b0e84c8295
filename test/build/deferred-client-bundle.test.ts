// VS Code loads dist/extension.js in one task that blocks the whole extension host, so that entry holds only what
// activation answers at once; the language client and its libraries are dist/language-client.js, loaded later.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';

test('dist/extension.js is a small entry without the language client libraries', () => {
  const text = readFileSync('dist/extension.js', 'utf8');
  // vscode-jsonrpc frames every message with this header; the client cannot work without it.
  assert.doesNotMatch(text, /Content-Length/, 'dist/extension.js carries vscode-jsonrpc');
  assert.ok(statSync('dist/extension.js').size < 40_000, `dist/extension.js is ${statSync('dist/extension.js').size} bytes`);
});

test('dist/language-client.js carries the client and stays free of mermaid, typescript and eslint', () => {
  const text = readFileSync('dist/language-client.js', 'utf8');
  assert.match(text, /Content-Length/);
  for (const marker of [/mermaid\/dist|mermaidAPI/, /typescript\/lib\/typescript|createSourceFile\(/, /eslint\/lib\/linter|class Linter\b/]) assert.doesNotMatch(text, marker);
  assert.ok(statSync('dist/language-client.js').size < 1_500_000, `dist/language-client.js is ${statSync('dist/language-client.js').size} bytes`);
});
