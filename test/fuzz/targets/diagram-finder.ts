// Incremental diagram finding: after any series of edits, what DiagramFinder returns is exactly what a fresh
// findDiagrams of the whole text returns. Notes are long (several real or generated notes end to end) so that
// edits fall far from both ends and the re-scan really restarts and resumes mid-note.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DiagramFinder } from '../../../src/core/markdown/diagram-finder';
import { findableLines, findDiagrams } from '../../../src/core/markdown/find-diagrams';
import type { FuzzTarget } from '../fuzz-target';
import { anyNote, generatedNote, noteLine, realNotes } from '../markdown-inputs';

/** An edit: replace `remove` lines at a relative position with new lines (a paste, a deletion, a typed line). */
const lineEdit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.nat({ max: 4 }),
  insert: fc.array(noteLine, { maxLength: 4 }),
});
/** Or one character typed or deleted somewhere, as most keystrokes are. */
const charEdit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.nat({ max: 2 }),
  insert: fc.constantFrom('', '`', '~', '\n', '\n\n', ' ', '>', '-', '|', 'a', '```\n', '\r\n', '\uFEFF'),
});

type LineEdit = { at: number; remove: number; insert: string[] };
type CharEdit = { at: number; remove: number; insert: string };

function applyLineEdit(text: string, edit: LineEdit): string {
  const lines = text.split('\n');
  const at = Math.floor(edit.at * lines.length);
  lines.splice(at, edit.remove, ...edit.insert);
  return lines.join('\n');
}

function applyCharEdit(text: string, edit: CharEdit): string {
  const at = Math.floor(edit.at * text.length);
  return text.slice(0, at) + edit.insert + text.slice(at + edit.remove);
}

const longNote = fc.oneof(
  fc.array(fc.oneof(generatedNote, fc.constantFrom(...realNotes)), { minLength: 2, maxLength: 5 }).map((parts) => parts.join('\n\n')),
  anyNote,
);

function checkEdits(note: string, edits: readonly (LineEdit | CharEdit)[], untagged: boolean): void {
  const finder = new DiagramFinder();
  let text = note;
  finder.find(text, { untagged });
  for (const edit of edits) {
    text = typeof edit.insert === 'string' ? applyCharEdit(text, edit as CharEdit) : applyLineEdit(text, edit as LineEdit);
    const found = finder.find(text, { untagged });
    assert.deepEqual(found.diagrams, findDiagrams(text, { untagged }));
    assert.deepEqual(found.lines, findableLines(text), 'the lines are the whole text split again');
  }
}

export const target: FuzzTarget = {
  name: 'DiagramFinder',
  properties: [
    {
      name: 'after any edits, the incremental finder finds exactly what a full scan finds',
      property: () => fc.property(longNote, fc.array(fc.oneof(lineEdit, charEdit), { minLength: 1, maxLength: 6 }), fc.boolean(), checkEdits),
      examples: () => [
        // A fence opened mid-note flips every later fence: the re-scan must run to the end.
        [realNotes[0] ?? '', [{ at: 0.5, remove: 0, insert: ['```'] }, { at: 0.5, remove: 1, insert: [] }], true],
        // A table's delimiter row decides whether the line above ends a paragraph.
        ['text\n'.repeat(50) + 'para\n| a | b |\n| - | - |\n\n```\ngraph TD\n```\n', [{ at: 51 / 57, remove: 1, insert: ['| - | - |'] }], true],
      ],
      runs: 150,
      weight: 10,
    },
  ],
};
