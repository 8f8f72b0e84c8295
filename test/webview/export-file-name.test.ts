// Exported diagrams are named after their heading, safely for every file system, numbered when a heading
// holds several diagrams.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { exportFileName } from '../../src/client/preview/export-file-name';
import type { PreviewDiagram } from '../../src/webview/protocol';

function diagram(index: number, heading: string | undefined): PreviewDiagram {
  const range = { start: { line: index * 10, character: 0 }, end: { line: index * 10 + 5, character: 3 } };
  return { index, range, textStartLine: index * 10 + 1, kind: 'sequenceDiagram', heading, text: 'sequenceDiagram' };
}

test('named after the heading, numbered only when the heading repeats', () => {
  const diagrams = [diagram(0, 'TCP 三次握手 四次挥手'), diagram(1, '幂等 设计'), diagram(2, '幂等 设计'), diagram(3, undefined)];
  assert.equal(exportFileName(diagrams, 0, 'svg', 'note'), 'TCP 三次握手 四次挥手.svg');
  assert.equal(exportFileName(diagrams, 1, 'png', 'note'), '幂等 设计-1.png');
  assert.equal(exportFileName(diagrams, 2, 'png', 'note'), '幂等 设计-2.png');
  assert.equal(exportFileName(diagrams, 3, 'svg', 'note'), 'note.svg', 'no heading: the note name');
});

test('characters file systems reject, Markdown emphasis and path tricks are removed', () => {
  const diagrams = [diagram(0, '**Login**: A/B <v2> | "draft"?'), diagram(1, '../../etc/passwd'), diagram(2, '***')];
  assert.equal(exportFileName(diagrams, 0, 'svg', 'note'), 'Login A B v2 draft.svg');
  assert.equal(exportFileName(diagrams, 1, 'svg', 'note'), 'etc passwd.svg');
  assert.equal(exportFileName(diagrams, 2, 'svg', ''), 'diagram.svg');
});
