import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDiagrams } from '../../src/core/markdown/find-diagrams';
import { applyEdits, tagAllFencesEdits, tagFenceEdit } from '../../src/core/fixes/tag-fence';

test('tagging one fence inserts mermaid right after its marker', () => {
  const doc = '# x\n\n  ~~~~\n  graph TD\n  ~~~~\n';
  const [d] = findDiagrams(doc);
  const edit = tagFenceEdit(d);
  assert.deepEqual(edit, { range: { start: { line: 2, character: 6 }, end: { line: 2, character: 6 } }, newText: 'mermaid' });
  assert.equal(applyEdits(doc, [edit!]), '# x\n\n  ~~~~mermaid\n  graph TD\n  ~~~~\n');
});

test('a tagged fence and a .mmd file need no tag', () => {
  assert.equal(tagFenceEdit(findDiagrams('```mermaid\ngraph TD\n```')[0]), undefined);
  assert.equal(tagFenceEdit(findDiagrams('graph TD', { languageId: 'mermaid' })[0]), undefined);
});

test('tagging all fences keeps CRLF, blockquotes, lists and other fences intact', () => {
  const doc = [
    '\uFEFF```',
    'sequenceDiagram',
    '```',
    '> ```',
    '> graph TD',
    '> ```',
    '- item',
    '  ```',
    '  pie',
    '  ```',
    '```text',
    'graph TD',
    '```',
    '```',
    'plain text',
    '```',
  ].join('\r\n');
  const fixed = applyEdits(doc, tagAllFencesEdits(doc));
  assert.equal(fixed, doc.replace('\uFEFF```\r\n', '\uFEFF```mermaid\r\n').replace('> ```\r\n> graph', '> ```mermaid\r\n> graph').replace('  ```\r\n  pie', '  ```mermaid\r\n  pie'));
  // After the fix every diagram is tagged, so a second run changes nothing.
  assert.deepEqual(tagAllFencesEdits(fixed), []);
  assert.equal(findDiagrams(fixed).every((d) => d.fence?.tagged), true);
});
