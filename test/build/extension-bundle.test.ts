// The extension host bundle is what VS Code loads at activation: it must never carry the heavy libraries
// (mermaid, typescript, eslint), which belong to the language server and the webview.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';

const HEAVY = [
  // Not the bare keyword "sequenceDiagram": core/markdown's keyword list (used by the Markdown preview plugin in
  // the extension host) holds it too. mermaid's bundle always carries its module paths and `mermaidAPI`.
  ['mermaid', /mermaid\/dist|mermaidAPI/],
  ['typescript', /typescript\/lib\/typescript|createSourceFile\(/],
  ['eslint', /eslint\/lib\/linter|class Linter\b/],
] as const;

for (const bundle of ['dist/extension.js', 'dist/web/extension.js']) {
  test(`${bundle} stays free of mermaid, typescript and eslint`, () => {
    const text = readFileSync(bundle, 'utf8');
    for (const [name, marker] of HEAVY) assert.doesNotMatch(text, marker, `${bundle} contains ${name}`);
    // A generous budget: the client is a language client plus commands; mermaid alone is megabytes.
    assert.ok(statSync(bundle).size < 1_000_000, `${bundle} is ${statSync(bundle).size} bytes`);
  });
}
