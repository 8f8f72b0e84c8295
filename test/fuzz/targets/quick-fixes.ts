// Quick fixes (the features' code actions and the tag-fence edits): on any note they stay inside the document and
// never overlap; applied, they give a note that re-parses with the fixed finding gone — judged by the real mermaid
// for the note-text and block fixes, by our own warnings for the participant fixes, and by fence finding for tagging.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { CodeActionEntry } from '../../../src/core/features/code-action';
import { codeActions } from '../../../src/core/features/code-actions';
import { parseDocument, type ParsedDocument } from '../../../src/core/features/parsed-document';
import type { Range } from '../../../src/core/finding';
import { applyEdits, tagAllFencesEdits, type TextEdit } from '../../../src/core/fixes/tag-fence';
import { findDiagrams } from '../../../src/core/markdown/find-diagrams';
import { validateDiagram } from '../../../src/core/mermaid/validate-diagram';
import { sequenceWarnings } from '../../../src/core/sequence/sequence-warnings';
import { assertRangeInside } from '../document-ranges';
import type { FuzzTarget } from '../fuzz-target';
import { anyNote } from '../markdown-inputs';
import { generatedSequence } from '../sequence-inputs';

const offset = (lines: readonly string[], p: { line: number; character: number }) => p.line * 1e7 + p.character;

function assertEditsSound(doc: ParsedDocument, action: CodeActionEntry): void {
  const sorted = [...action.edits].sort((a, b) => offset(doc.lines, a.range.start) - offset(doc.lines, b.range.start));
  sorted.forEach((e, i) => {
    assertRangeInside(doc.lines, e.range, action.title);
    const next = sorted[i + 1];
    if (next) assert.ok(offset(doc.lines, e.range.end) <= offset(doc.lines, next.range.start), `${action.title}: edits overlap`);
  });
}

/** The participant-warning names of each diagram, as `code:name` keys. */
function participantWarnings(text: string): Set<string>[] {
  return findDiagrams(text).map((d) => new Set(sequenceWarnings(d.text).filter((w) => w.code.endsWith('participant')).map((w) => `${w.code}:${d.text.split('\n')[w.line]!.slice(w.column, w.endColumn)}`)));
}

function checkActions(text: string, picks: readonly number[]): void {
  const doc = parseDocument(text);
  const lineCount = doc.lines.length;
  for (const pick of picks) {
    const line = pick % lineCount;
    const length = doc.lines[line]!.length;
    // A cursor, or a selection running to the start of one of the next two lines.
    const character = Math.floor(pick / lineCount) % (length + 1);
    const endLine = Math.min(lineCount - 1, line + (pick % 3));
    const range: Range = { start: { line, character }, end: { line: endLine, character: endLine === line ? character : 0 } };
    for (const action of codeActions(doc, range)) {
      assertEditsSound(doc, action);
      const fixed = applyEdits(text, action.edits);
      const after = parseDocument(fixed);
      assert.equal(after.diagrams.length, doc.diagrams.length, `${action.title} changed how many diagrams the note has`);
      if (action.fixes === 'untagged-fence' || action.title.startsWith('Tag ')) {
        const untagged = (d: ParsedDocument) => d.diagrams.filter((p) => p.diagram.fence && !p.diagram.fence.tagged).length;
        assert.equal(untagged(after), untagged(doc) - action.edits.length, `${action.title}: fences still untagged`);
        assert.deepEqual(after.diagrams.map((p) => p.diagram.text), doc.diagrams.map((p) => p.diagram.text), 'tagging changes no diagram text');
      }
      if (action.fixes?.endsWith('participant')) {
        // In the diagram the fix is for: another diagram may lack the same participant, and keeps its warning.
        const name = /"([^"]+)"/.exec(action.title)![1]!;
        const edited = action.edits[0]!.range.start.line;
        const index = doc.diagrams.findIndex(({ diagram: d }) => edited >= d.startLine && edited < d.startLine + d.lineStarts.length);
        assert.ok(index >= 0, `${action.title}: its edit is inside a diagram`);
        assert.ok(!participantWarnings(fixed)[index]!.has(`${action.fixes}:${name}`), `${action.title}: the warning on "${name}" is still there`);
      }
    }
  }
}

function checkTagAll(text: string): void {
  const fixed = applyEdits(text, tagAllFencesEdits(text));
  const before = findDiagrams(text);
  const after = findDiagrams(fixed);
  assert.deepEqual(after.map((d) => d.text), before.map((d) => d.text), 'tagging keeps every diagram and its text');
  assert.ok(after.every((d) => d.fence?.tagged ?? true), 'no untagged diagram fence is left');
  assert.deepEqual(tagAllFencesEdits(fixed), [], 'tagging twice changes nothing');
}

/** A diagram placed in a note: tagged or not, inside a blockquote or not, with LF or CRLF line ends. */
const wrap = fc.record({ tag: fc.constantFrom('```', '```mermaid', '~~~'), quote: fc.boolean(), crlf: fc.boolean() });
function note(lines: readonly string[], w: { tag: string; quote: boolean; crlf: boolean }): string {
  const prefix = w.quote ? '> ' : '';
  const close = w.tag.slice(0, 3);
  return ['# 设计', '', ...[w.tag, ...lines, close].map((l) => prefix + l), '', 'after'].join(w.crlf ? '\r\n' : '\n');
}

/** Applies the action titled `title` (touching the diagram's line `line`) and returns the only diagram's new text. */
function fixedDiagram(text: string, diagramLine: number, title: RegExp): string {
  const doc = parseDocument(text);
  const line = doc.diagrams[0]!.diagram.startLine + diagramLine;
  const action = codeActions(doc, { start: { line, character: 0 }, end: { line, character: 0 } }).find((a) => title.test(a.title));
  assert.ok(action, `no action ${title} on line ${line}`);
  const after = findDiagrams(applyEdits(text, action.edits as TextEdit[]));
  assert.equal(after.length, 1);
  return after[0]!.text;
}

async function checkNoteTextFix(seq: { lines: readonly string[] }, at: number, carried: string[], w: { tag: string; quote: boolean; crlf: boolean }): Promise<void> {
  fc.pre((await validateDiagram(seq.lines.join('\n'))) === undefined);
  const index = 1 + (at % seq.lines.length);
  const lines = [...seq.lines.slice(0, index), '  Note right of A:', ...carried.map((c) => '    ' + c), ...seq.lines.slice(index)];
  fc.pre((await validateDiagram(lines.join('\n'))) !== undefined);
  const text = fixedDiagram(note(lines, w), index, /^Move the note text/);
  assert.equal(await validateDiagram(text), undefined, `mermaid still rejects after moving the note text:\n${text}`);
}

async function checkCloseBlockFix(seq: { lines: readonly string[] }, drop: number, w: { tag: string; quote: boolean; crlf: boolean }): Promise<void> {
  // End on a block, so there is always an `end` to drop (often several, when blocks end together).
  const whole = [...seq.lines, '  loop retry', '    A->>B: again', '  end'];
  fc.pre((await validateDiagram(whole.join('\n'))) === undefined);
  let trailing = 0;
  while (whole[whole.length - 1 - trailing]!.trim() === 'end') trailing++;
  const lines = whole.slice(0, whole.length - 1 - (drop % trailing));
  fc.pre((await validateDiagram(lines.join('\n'))) !== undefined);
  const text = fixedDiagram(note(lines, w), lines.length - 1, /^Close the/);
  assert.equal(await validateDiagram(text), undefined, `mermaid still rejects after closing the blocks:\n${text}`);
}

const CARRIED = fc.array(fc.constantFrom('reads the cache first', '然后写数据库', 'then (maybe) retries', 'x'), { minLength: 1, maxLength: 3 });

export const target: FuzzTarget = {
  name: 'quick-fixes',
  properties: [
    {
      name: 'code actions stay inside the note and, applied, remove what they fix',
      property: () => fc.property(anyNote, fc.array(fc.nat(), { minLength: 1, maxLength: 12 }), checkActions),
      // Found by `npm run fuzz` (seed 2080395022): two diagrams lack the same participant; declaring it in the first
      // leaves the second one's warning, rightly.
      examples: () => {
        const diagram = ['```', 'sequenceDiagram', '    participant W1', '    participant R', '    participant W2', '    W1->>W3: notify', '```'];
        return [[[...diagram, '', ...diagram].join('\r'), [5]]];
      },
      runs: 150,
      weight: 15,
    },
    { name: 'tagging every fence keeps the diagrams and leaves none untagged', property: () => fc.property(anyNote, checkTagAll), runs: 150, weight: 10 },
    {
      name: 'moving note text makes the diagram valid for mermaid',
      property: () => fc.asyncProperty(generatedSequence, fc.nat(), CARRIED, wrap, checkNoteTextFix),
      runs: 10,
      weight: 1,
    },
    {
      name: 'closing unclosed blocks makes the diagram valid for mermaid',
      property: () => fc.asyncProperty(generatedSequence, fc.nat(), wrap, checkCloseBlockFix),
      runs: 10,
      weight: 1,
    },
  ],
};
