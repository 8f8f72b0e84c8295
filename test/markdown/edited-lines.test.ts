import { test } from 'node:test';
import assert from 'node:assert/strict';
import { editedLines } from '../../src/core/markdown/edited-lines';

/** editedLines must give exactly the new text's lines, and a changed range that holds every changed line. */
function check(oldText: string, text: string): { first: number; same: number } {
  const edit = editedLines(oldText, oldText.split('\n'), text);
  assert.ok(edit, 'no CR: the lines are built from the edit');
  const lines = text.split('\n');
  assert.deepEqual(edit.lines, lines);
  const old = oldText.split('\n');
  for (let i = 0; i < edit.first; i++) assert.equal(lines[i], old[i], `line ${i} is before the edit`);
  for (let i = 1; i <= edit.same; i++) assert.equal(lines[lines.length - i], old[old.length - i], `line -${i} is after the edit`);
  return edit;
}

test('a typed character changes one line; lines before and after are reused', () => {
  const before = 'a\nb\nc\nd';
  assert.deepEqual(check(before, 'a\nbx\nc\nd'), { lines: ['a', 'bx', 'c', 'd'], first: 1, same: 2 });
});

test('edits at the very start and end, pasted lines, deletions and identical text', () => {
  check('\nx\ny', 'A->>B: hi\nx\ny'); // a newline at offset 0 (lastIndexOf(-1) finds it)
  check('x\ny', 'x\ny\n');
  check('x\ny\n', 'x\ny');
  check('x\ny\nz', 'x\n1\n2\n3\ny\nz');
  check('x\n1\n2\n3\ny\nz', 'x\nz');
  check('', 'a');
  check('a', '');
  const same = check('x\ny', 'x\ny');
  assert.equal(same.first, 2);
  const long = Array.from({ length: 5000 }, (_, i) => `line ${i} ${'·'.repeat(i % 50)}`).join('\n');
  const edited = long.replace('line 2500 ', 'line 2500 edited ');
  assert.deepEqual(check(long, edited), { lines: edited.split('\n'), first: 2500, same: 2499 });
});

test('text with CR line ends is left to a full split', () => {
  assert.equal(editedLines('a\r\nb', ['a', 'b'], 'a\r\nbb'), undefined);
  assert.equal(editedLines('a\nb', ['a', 'b'], 'a\r\nb'), undefined);
});
