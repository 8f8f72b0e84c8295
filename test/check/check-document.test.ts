import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDocument } from '../../src/core/check/check-document';
import { cachedDiagramCount } from '../../src/core/mermaid/validate-diagram';

const note = [
  '# Checkout', //                                  0
  '',
  '> ```',
  '> sequenceDiagram',
  '>     participant A',
  '>     participant B',
  '>     participant C',
  '>     A->>B: ok',
  '>     Note right of B:',
  '>         text on the wrong line', //            9
  '> ```',
  '',
  '```mermaid',
  'sequenceDiagram',
  '    participant Order',
  '    participant Pay',
  '    participant Stock',
  '    Order->>Pay: charge',
  '    Order->>Stokc: reserve', //                  18
  '```',
].join('\n');

test('checkDocument reports mermaid errors and our warnings in document coordinates', async () => {
  const findings = await checkDocument(note);
  assert.equal(findings.length, 2, JSON.stringify(findings, null, 1));
  const [error, warning] = findings;
  assert.equal(error.severity, 'error');
  assert.equal(error.source, 'mermaid');
  assert.equal(error.code, 'parse-error');
  // Through the `> ` prefix: the text starts at column 2 + 8 spaces.
  assert.deepEqual(error.range.start, { line: 9, character: 10 });
  assert.match(error.message, /note's text must be on the same line/);
  assert.match(error.detail ?? '', /Parse error on line/);

  assert.equal(warning.severity, 'warning');
  assert.equal(warning.source, 'mermaid');
  // Which of H2's warnings fires is the sequence checker's call; here it must point at the stray name.
  assert.match(warning.code ?? '', /^(undeclared|misspelled)-participant$/);
  assert.equal(warning.range.start.line, 18);
  assert.equal(note.split('\n')[18].slice(warning.range.start.character, warning.range.end.character), 'Stokc');
});

test('an edit re-validates only the diagram it changed', async () => {
  const stamp = `n${Date.now()}`;
  const doc = (label: string) => `\`\`\`mermaid\ngraph TD\n  ${stamp}a-->b\n\`\`\`\n\n\`\`\`mermaid\ngraph LR\n  ${stamp}-->${label}\n\`\`\`\n`;
  await checkDocument(doc('first'));
  const before = cachedDiagramCount();
  await checkDocument(doc('second'));
  assert.equal(cachedDiagramCount(), before + 1);
});

test('a .mmd document is checked as one diagram', async () => {
  const findings = await checkDocument('%% title\ngraph TD\n  A-->\n', { languageId: 'mermaid' });
  assert.equal(findings.length, 1);
  assert.equal(findings[0].range.start.line, 2);
});

test('a note without diagrams, or with only traps, has no findings', async () => {
  const traps = '```text\nsequenceDiagram\n  A->>\n```\n\n    ```mermaid\n    graph TD\n    A-->\n    ```\n\n<!--\n```mermaid\ngraph TD\n  A-->\n```\n-->\n';
  assert.deepEqual(await checkDocument(traps), []);
});
