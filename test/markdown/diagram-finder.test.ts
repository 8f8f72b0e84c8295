import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DiagramFinder } from '../../src/core/markdown/diagram-finder';
import { findDiagrams } from '../../src/core/markdown/find-diagrams';

/** A note of `count` sections, each a heading, a sentence and an untagged sequence diagram. */
function bigNote(count: number): string[] {
  const lines: string[] = [];
  for (let i = 0; i < count; i++) lines.push(`## 第 ${i} 节`, '', '一段说明。', '', '```', 'sequenceDiagram', `    A->>B${i}: hi`, '```', '');
  return lines;
}

/** Runs the finder over successive versions, checking each result against a full scan of that version. */
function findAll(versions: readonly string[]) {
  const finder = new DiagramFinder();
  return versions.map((text) => {
    const { diagrams } = finder.find(text);
    assert.deepEqual(diagrams, findDiagrams(text), 'the incremental result is the full scan result');
    return { diagrams, rescanned: finder.rescanned };
  });
}

test('typing inside one diagram of a 500-diagram note re-reads a few lines and moves nothing', () => {
  const lines = bigNote(500);
  const before = lines.join('\n');
  lines[250 * 9 + 6] = '    A->>B250: hi there';
  const [, after] = findAll([before, lines.join('\n')]);
  assert.equal(after.diagrams.length, 500);
  assert.equal(after.diagrams[250].text, 'sequenceDiagram\n    A->>B250: hi there');
  assert.ok(after.rescanned.to - after.rescanned.from < 100, `re-read ${JSON.stringify(after.rescanned)}`);
  assert.ok(after.rescanned.from > 2000, 'the scan restarted near the edit, not at the top');
});

test('lines added above move every later diagram down by as many lines', () => {
  const lines = bigNote(50);
  const before = lines.join('\n');
  lines.splice(100, 0, 'new paragraph', 'second line', '');
  const [first, second] = findAll([before, lines.join('\n')]);
  const movedFrom = first.diagrams.findIndex((d) => d.startLine > 100);
  for (let i = movedFrom; i < 50; i++) assert.equal(second.diagrams[i].startLine, first.diagrams[i].startLine + 3);
  for (let i = 0; i < movedFrom; i++) assert.equal(second.diagrams[i].startLine, first.diagrams[i].startLine);
});

test('an opening fence typed mid-note swallows the rest, and deleting it brings every diagram back', () => {
  const lines = bigNote(30);
  const original = lines.join('\n');
  lines.splice(135, 0, '```');
  const opened = lines.join('\n');
  const [start, swallowed, restored] = findAll([original, opened, original]);
  assert.equal(start.diagrams.length, 30);
  // From the stray fence on, fences pair up differently: the diagrams' own fences now open prose blocks.
  assert.ok(swallowed.diagrams.length < 30, `${swallowed.diagrams.length} diagrams after the stray fence`);
  assert.equal(restored.diagrams.length, 30);
});

test('a table delimiter row edited right below a restart point still gives the full-scan result', () => {
  const note = ['# t', '', 'para', '| a | b |', '| - | - |', '', '```', 'graph TD', '```', ''];
  const edited = [...note];
  edited[4] = 'not a delimiter';
  findAll([note.join('\n'), edited.join('\n'), note.join('\n')]);
});

test('edits in front matter, CRLF notes and a change of the untagged setting fall back to a correct scan', () => {
  const withFrontMatter = '---\ntitle: x\n---\n\n```\ngraph TD\n```\n';
  findAll([withFrontMatter, withFrontMatter.replace('title: x', 'title: y\n---'), withFrontMatter]);
  const crlf = bigNote(20).join('\r\n');
  findAll([crlf, crlf.replace('A->>B7: hi', 'A->>B7: changed'), crlf.replace('```\r\nsequenceDiagram\r\n    A->>B7', '```mermaid\r\nsequenceDiagram\r\n    A->>B7')]);
  const finder = new DiagramFinder();
  const text = bigNote(3).join('\n');
  assert.equal(finder.find(text).diagrams.length, 3);
  assert.equal(finder.find(text, { untagged: false }).diagrams.length, 0);
  assert.equal(finder.find(text).diagrams.length, 3);
});
