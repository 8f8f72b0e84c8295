// checkDocument (the real mermaid plus our warnings, as the CLI and the server run it): any note gives findings,
// never an exception, and every finding's range lies inside the note and inside one of its diagrams.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { checkDocument } from '../../../src/core/check/check-document';
import { findDiagrams } from '../../../src/core/markdown/find-diagrams';
import { assertRangeInside, linesOf } from '../document-ranges';
import type { FuzzTarget } from '../fuzz-target';
import { anyNote, hostileNotes } from '../markdown-inputs';

const SEVERITIES = new Set(['error', 'warning', 'information', 'hint']);

async function checkFindings(text: string, languageId: 'markdown' | 'mermaid'): Promise<void> {
  const lines = linesOf(text);
  const findings = await checkDocument(text, { languageId });
  const diagrams = findDiagrams(text, { languageId });
  for (const f of findings) {
    assertRangeInside(lines, f.range, `${f.code} "${f.message.slice(0, 60)}"`);
    assert.ok(SEVERITIES.has(f.severity), f.severity);
    assert.ok(f.message.trim().length > 0, 'a finding says what is wrong');
    const inDiagram = diagrams.some((d) => f.range.start.line >= (d.fence?.openLine ?? d.startLine) && f.range.end.line <= (d.fence?.closeLine ?? d.startLine + d.lineStarts.length));
    assert.ok(inDiagram, `finding at line ${f.range.start.line} is in no diagram`);
  }
}

export const target: FuzzTarget = {
  name: 'checkDocument',
  properties: [
    {
      name: 'findings lie inside the note and inside a diagram',
      property: () => fc.asyncProperty(anyNote, (text) => checkFindings(text, 'markdown')),
      examples: (long) => hostileNotes(long).map((n) => [n]),
      runs: 25,
      weight: 1.5,
    },
    { name: 'a .mmd file’s findings lie inside it', property: () => fc.asyncProperty(anyNote, (text) => checkFindings(text, 'mermaid')), runs: 15, weight: 0.5 },
  ],
};
