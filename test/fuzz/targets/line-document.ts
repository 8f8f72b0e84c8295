// The language server's LineDocument against vscode-languageserver-textdocument's own documents, which VS Code's
// LSP client is built against: after any series of changes (ranges out of bounds or reversed, CRLF and lone CR
// made and split across edit boundaries, whole-text replacements), both hold the same text, lines, offsets and
// positions. And the diagram finder fed a LineDocument's versions finds exactly what a full scan of its text finds.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { DiagramFinder } from '../../../src/core/markdown/diagram-finder';
import { documentLines } from '../../../src/core/markdown/document-lines';
import { findDiagrams } from '../../../src/core/markdown/find-diagrams';
import { LineDocument } from '../../../src/server/line-document';
import type { FuzzTarget } from '../fuzz-target';
import { anyNote, generatedNote, realNotes } from '../markdown-inputs';

/** Text rich in line ends of every kind, so edits join and split `\r` + `\n`. */
const eolText = fc
  .array(fc.constantFrom('a', 'bc', ' ', '\n', '\r', '\r\n', '\n\r', '\uFEFF', '```', '中'), { maxLength: 12 })
  .map((parts) => parts.join(''));
const startText = fc.oneof(eolText, anyNote);

/** A position anywhere, including lines and characters past the end and before the start. */
const position = fc.record({ line: fc.integer({ min: -2, max: 40 }), character: fc.integer({ min: -2, max: 30 }) });
const change: fc.Arbitrary<TextDocumentContentChangeEvent> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ range: fc.record({ start: position, end: position }), text: eolText }) },
  { weight: 1, arbitrary: fc.record({ text: eolText }) },
);
/** Several changes per version, as VS Code sends for multi-cursor edits. */
const versions = fc.array(fc.array(change, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 6 });

function assertSameDocument(ours: LineDocument, theirs: TextDocument, probes: readonly { line: number; character: number }[], offsets: readonly number[]): void {
  const text = theirs.getText();
  assert.equal(ours.getText(), text);
  assert.equal(ours.lineCount, theirs.lineCount);
  assert.deepEqual(ours.lines, documentLines(text), 'the lines are the text split as VS Code numbers them');
  for (const p of probes) {
    assert.equal(ours.offsetAt(p), theirs.offsetAt(p), `offsetAt(${JSON.stringify(p)})`);
    assert.deepEqual(ours.getLineRange(p.line), theirs.getLineRange(p.line), `getLineRange(${p.line})`);
    assert.equal(ours.getEOLCharacters(p.line), theirs.getEOLCharacters(p.line), `getEOLCharacters(${p.line})`);
  }
  for (const o of offsets) assert.deepEqual(ours.positionAt(o), theirs.positionAt(o), `positionAt(${o})`);
  for (let i = 0; i + 1 < probes.length; i += 2) {
    const range = { start: probes[i], end: probes[i + 1] };
    assert.equal(ours.getText(range), theirs.getText(range), `getText(${JSON.stringify(range)})`);
  }
}

const fresh = (text: string) => TextDocument.create('file:///n.md', 'markdown', 1, text);

function checkChanges(start: string, edits: readonly (readonly TextDocumentContentChangeEvent[])[], probes: { line: number; character: number }[], offsets: number[]): void {
  const ours = new LineDocument('file:///n.md', 'markdown', 1, start);
  let theirs = TextDocument.create('file:///n.md', 'markdown', 1, start);
  assertSameDocument(ours, theirs, probes, offsets);
  edits.forEach((changes, index) => {
    ours.update(changes, index + 2);
    // One change at a time on a document made afresh from the text: vscode-languageserver-textdocument updates its
    // line table from the change's raw line numbers, so a range past the last line (which VS Code never sends)
    // leaves it counting lines that are not there (20 for a 6-line text), and every later offset is off.
    for (const change of changes) theirs = TextDocument.update(fresh(theirs.getText()), [change], index + 2);
    theirs = fresh(theirs.getText());
    assert.equal(ours.version, index + 2);
    // Half the time nothing reads the text between versions, so range reads and offsets run on unjoined lines.
    if (index % 2 === 0) assertSameDocument(ours, theirs, probes, offsets);
  });
  assertSameDocument(ours, theirs, probes, offsets);
}

/** A keystroke or paste at a relative place in the note, as an LSP range change. */
const noteEdit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  span: fc.nat({ max: 3 }),
  insert: fc.constantFrom('', '`', '~', '\n', ' ', '>', '-', '|', 'a', '```\n', '\r\n', 'sequenceDiagram\n', '```mermaid\n', '    A->>B: x\n'),
});

function checkFinder(note: string, edits: readonly { at: number; span: number; insert: string }[], untagged: boolean): void {
  const document = new LineDocument('file:///n.md', 'markdown', 1, note);
  const finder = new DiagramFinder();
  finder.find(document.snapshot(), { untagged });
  edits.forEach((edit, index) => {
    const line = Math.floor(edit.at * document.lineCount);
    const start = { line, character: 0 };
    const end = { line: line + edit.span, character: edit.span === 0 ? 0 : 1 };
    document.update([{ range: { start, end }, text: edit.insert }], index + 2);
    const snapshot = document.snapshot();
    const found = finder.find(snapshot, { untagged });
    assert.deepEqual(found.diagrams, findDiagrams(snapshot.getText(), { untagged }));
  });
}

const longNote = fc.oneof(
  fc.array(fc.oneof(generatedNote, fc.constantFrom(...realNotes)), { minLength: 2, maxLength: 5 }).map((parts) => parts.join('\n\n')),
  anyNote,
);

export const target: FuzzTarget = {
  name: 'LineDocument',
  properties: [
    {
      name: 'after any changes, a LineDocument holds what vscode-languageserver-textdocument holds',
      property: () => fc.property(startText, versions, fc.array(position, { maxLength: 12 }), fc.array(fc.integer({ min: -2, max: 200 }), { maxLength: 8 }), checkChanges),
      examples: () => [
        // A `\n` typed right after a line ending in a lone `\r` makes one `\r\n` line end.
        ['a\rb', [[{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: '\nc' }]], [{ line: 1, character: 1 }], [2, 3]],
        // Deleting what stands between `\r` and `\n` joins them.
        ['a\rX\nb', [[{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 1 } }, text: '' }]], [{ line: 1, character: 0 }], [2]],
        // A `\r` typed at the end of a line ending in `\n`.
        ['a\nb', [[{ range: { start: { line: 0, character: 1 }, end: { line: 0, character: 1 } }, text: '\r' }]], [{ line: 1, character: 0 }], [1, 2]],
      ],
      runs: 300,
      weight: 10,
    },
    {
      name: 'the finder fed a LineDocument finds exactly what a full scan finds',
      property: () => fc.property(longNote, fc.array(noteEdit, { minLength: 1, maxLength: 6 }), fc.boolean(), checkFinder),
      runs: 100,
      weight: 5,
    },
  ],
};
