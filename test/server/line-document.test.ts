import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDiagrams } from '../../src/core/markdown/find-diagrams';
import { DocumentCache } from '../../src/server/document-cache';
import { LineDocument } from '../../src/server/line-document';

/** A LineDocument that counts how often its whole text is built. */
class CountingDocument extends LineDocument {
  joins = 0;
  override getText(range?: Parameters<LineDocument['getText']>[0]): string {
    if (!range) this.joins++;
    return super.getText(range);
  }
}

function bigNote(count: number): string {
  const lines: string[] = [];
  for (let i = 0; i < count; i++) lines.push(`## 第 ${i} 节`, '', '一段说明。', '', '```', 'sequenceDiagram', `    A->>B${i}: hi`, '```', '');
  return lines.join('\n');
}

test('typing into one diagram of a 500-diagram note finds the diagrams again without building the note\'s text', () => {
  const document = new CountingDocument('file:///n.md', 'markdown', 1, bigNote(500));
  const cache = new DocumentCache();
  const first = cache.get(document, true);
  assert.equal(first.diagrams.length, 500);
  const line = 250 * 9 + 6;
  const keys = ['x', 'y', '\n', '    C->>D: z'];
  keys.forEach((key, index) => {
    const at = { line: line + (index === 3 ? 1 : 0), character: index === 3 ? 0 : 17 + index };
    document.update([{ range: { start: at, end: at }, text: key }], index + 2);
    cache.get(document, true);
  });
  assert.equal(document.joins, 0, 'no keystroke built the 500-diagram text');
  const parsed = cache.get(document, true);
  const text = document.getText();
  assert.deepEqual(parsed.diagrams.map((d) => d.diagram), findDiagrams(text), 'what a full scan of the typed text finds');
  assert.equal(parsed.diagrams[250].diagram.text, 'sequenceDiagram\n    A->>B250: hixy\n    C->>D: z');
  assert.equal(parsed.diagrams[251].diagram.startLine, first.diagrams[251].diagram.startLine + 1, 'later diagrams moved down a line');
});

test('a parsed version keeps its own text after the document is edited again', () => {
  const document = new LineDocument('file:///n.md', 'markdown', 1, bigNote(3));
  const cache = new DocumentCache();
  document.update([{ range: { start: { line: 6, character: 4 }, end: { line: 6, character: 5 } }, text: 'Q' }], 2);
  const parsed = cache.get(document, true);
  document.update([{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '# 新标题\n' }], 3);
  // The outline reads the parsed text: it must be version 2's, whose lines the diagrams were found in.
  assert.equal(parsed.text.split('\n')[6], '    Q->>B0: hi');
  assert.equal(parsed.text.split('\n').length, parsed.lines.length);
  assert.equal(document.getText().split('\n')[0], '# 新标题');
});

test('a CRLF note keeps every line end through typing, including a \\n typed after a lone \\r', () => {
  const document = new LineDocument('file:///n.md', 'markdown', 1, '# a\r\n\r\n```\rsequenceDiagram\r\n    A->>B: hi\r\n```\r\n');
  document.update([{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: '\n' }], 2);
  document.update([{ range: { start: { line: 4, character: 13 }, end: { line: 4, character: 13 } }, text: '!' }], 3);
  assert.equal(document.getText(), '# a\r\n\r\n```\r\nsequenceDiagram\r\n    A->>B: hi!\r\n```\r\n');
  assert.equal(document.lineCount, 7);
  assert.deepEqual(findDiagrams(document.getText()).map((d) => d.text), ['sequenceDiagram\n    A->>B: hi!']);
});
