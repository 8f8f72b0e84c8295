// The tolerant sequence parser: never throws, every span lies on its line, and on a diagram the real mermaid
// accepts it reads every statement (no `unknown`), closes every block, and reports no error-level issue.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { validateDiagram } from '../../../src/core/mermaid/validate-diagram';
import { parseSequence } from '../../../src/core/sequence/parse-sequence';
import { sequenceWarnings } from '../../../src/core/sequence/sequence-warnings';
import type { TextSpan } from '../../../src/core/sequence/sequence-model';
import type { FuzzTarget } from '../fuzz-target';
import { anyNote } from '../markdown-inputs';
import { sequenceText } from '../sequence-inputs';

function assertSpan(lines: readonly string[], span: TextSpan, what: string): void {
  assert.ok(span.line >= 0 && span.line < lines.length, `${what}: line ${span.line} of ${lines.length}`);
  assert.ok(span.start >= 0 && span.start <= span.end && span.end <= lines[span.line]!.length, `${what}: span ${span.start}..${span.end} on a line of ${lines[span.line]!.length}`);
}

/** Random text, made to look like a sequence diagram often enough to reach the statement parser. */
const sequenceLike = fc.oneof(
  anyNote.map((t) => 'sequenceDiagram\n' + t),
  sequenceText.chain((t) => fc.tuple(fc.nat(), fc.constantFrom('\0', '\uD800', ':', ';', '->>', '+', '-', 'end', '\r', '%%{', '"', '@{', 'as ')).map(([n, s]) => {
    const at = n % (t.length + 1);
    return t.slice(0, at) + s + t.slice(at);
  })),
  anyNote,
);

function checkTolerant(text: string): void {
  const doc = parseSequence(text);
  const lines = doc.lines;
  assert.equal(lines.length, text.split('\n').length);
  for (const r of doc.references) assertSpan(lines, r.span, `reference ${r.name}`);
  for (const s of doc.statements) assertSpan(lines, s.span, `statement ${s.kind}`);
  for (const m of doc.messages) assertSpan(lines, m.arrowSpan, 'arrow');
  for (const p of doc.participants) for (const d of p.declarations) assertSpan(lines, d.span, 'declaration');
  for (const issue of sequenceWarnings(text)) {
    assertSpan(lines, { line: issue.line, start: issue.column, end: issue.endColumn }, `warning ${issue.code}`);
    assert.equal(issue.endLine, issue.line);
  }
}

async function checkAgreesWithMermaid(text: string): Promise<void> {
  fc.pre((await validateDiagram(text)) === undefined); // only diagrams mermaid accepts
  const doc = parseSequence(text);
  assert.notEqual(doc.headerLine, undefined, 'mermaid accepts it as a sequence diagram; so must we');
  const unknown = doc.statements.find((s) => s.kind === 'unknown');
  assert.equal(unknown, undefined, `mermaid accepts line ${unknown?.span.line}: ${JSON.stringify(doc.lines[unknown?.span.line ?? 0])}`);
  const open = doc.blocks.find((b) => b.endLine === undefined);
  assert.equal(open, undefined, `block at line ${open?.startLine} left open`);
  const errors = sequenceWarnings(text).filter((i) => i.severity === 'error');
  assert.deepEqual(errors, [], 'no error-level issue on a valid diagram');
}

export const target: FuzzTarget = {
  name: 'sequence-parser',
  properties: [
    { name: 'never throws and every span lies on its line', property: () => fc.property(sequenceLike, checkTolerant), runs: 200, weight: 15 },
    { name: 'agrees with mermaid on every diagram mermaid accepts', property: () => fc.asyncProperty(sequenceText, checkAgreesWithMermaid), runs: 20, weight: 2 },
  ],
};
