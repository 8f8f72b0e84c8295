// Every feature at every line of real notes (the seeds, mermaid's docs) answers without throwing, and what it
// returns points inside the document.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { codeActions } from '../../src/core/features/code-actions';
import { completions } from '../../src/core/features/completion';
import { documentSymbols } from '../../src/core/features/document-symbols';
import { references } from '../../src/core/features/find-references';
import { foldingRanges } from '../../src/core/features/folding-ranges';
import { definition } from '../../src/core/features/go-to-definition';
import { hover } from '../../src/core/features/hover';
import { parseDocument } from '../../src/core/features/parsed-document';
import { prepareRename } from '../../src/core/features/rename-participant';
import type { Range } from '../../src/core/finding';

const FILES = [
  ...readdirSync('/work/shared/seeds').map((f) => join('/work/shared/seeds', f)),
  '/work/shared/mermaid-corpus/docs/sequenceDiagram.md',
  '/work/shared/mermaid-corpus/sequence/doc-examples-restyled.md',
];

test('features never throw and stay inside the document on real notes', () => {
  for (const file of FILES) {
    const text = readFileSync(file, 'utf8');
    const doc = parseDocument(text);
    const inside = (r: Range) => r.start.line >= 0 && r.end.line < doc.lines.length && r.end.character <= doc.lines[r.end.line]!.length;
    documentSymbols(doc);
    foldingRanges(doc).forEach((f) => assert.ok(f.endLine < doc.lines.length && f.startLine < f.endLine, file));
    for (const { diagram } of doc.diagrams) {
      diagram.lineStarts.forEach((start, i) => {
        const line = diagram.startLine + i;
        const length = doc.lines[line]!.length;
        for (const character of new Set([start, Math.floor((start + length) / 2), length])) {
          const position = { line, character };
          completions(doc, position).forEach((c) => assert.ok(inside(c.range), `${file}:${line + 1}`));
          const h = hover(doc, position);
          if (h) assert.ok(inside(h.range));
          const d = definition(doc, position);
          if (d) assert.ok(inside(d));
          references(doc, position).forEach((r) => assert.ok(inside(r)));
          prepareRename(doc, position);
          codeActions(doc, { start: position, end: position }).forEach((a) => a.edits.forEach((e) => assert.ok(inside(e.range), a.title)));
        }
      });
    }
  }
});
