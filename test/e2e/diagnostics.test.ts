// A user opens one of their notes: the Problems panel lists exactly the broken diagrams, each at its line.
// The note is the users' real seed 001 (9 untagged diagrams, one broken by a `Note right of Ingress:` whose text
// sits on the next line); a clone without ../shared uses the seed-like fixture with the same defect.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { basename, join } from 'node:path';
import { copyFileSync, readFileSync } from 'node:fs';
import { seedNotesDir } from './harness/paths';
import { step, useSession } from './harness/session';

const { dir, isSeeds } = seedNotesDir();
const source = isSeeds ? join(dir, '001_322de9cddf287f15.md') : join(import.meta.dirname, 'fixtures', 'order-flow.md');
const note = basename(source);

/** 1-based lines of `Note … :` statements with nothing after the colon: the defect mermaid rejects. */
function emptyNoteLines(text: string): number[] {
  return text.split(/\r?\n/).flatMap((line, i) => (/^\s*Note (right of|left of|over) [^:]+:\s*$/.test(line) ? [i + 1] : []));
}

describe('diagnostics in the Problems panel', () => {
  const session = useSession({ name: 'diagnostics', readyFile: note, prepare: (ws) => copyFileSync(source, join(ws, note)) });

  it('lists exactly the broken diagrams of a real note, each at its line', { timeout: 180_000 }, async () => {
    const s = session();
    const broken = emptyNoteLines(readFileSync(source, 'utf8'));
    assert.ok(broken.length > 0, 'the note has a broken diagram to find');
    await step(s.wb, 'open-note', () => s.wb.openFile(note));
    const errors = await step(s.wb, 'problems', () => s.wb.problems((p) => p.severity === 'error', broken.length));
    // One error per broken diagram, on the Note line or on the stray text line after it, and nothing else:
    // the other diagrams of the note are valid and must not be flagged.
    assert.equal(errors.length, broken.length, `error rows: ${JSON.stringify(errors)}`);
    errors.sort((a, b) => a.line - b.line).forEach((e, i) => {
      assert.ok(e.line === broken[i] || e.line === broken[i]! + 1, `error at line ${e.line}, expected ${broken[i]} or ${broken[i]! + 1}: ${e.message}`);
      assert.ok(e.message.length > 0 && !/undefined|\[object/.test(e.message), `readable message: ${e.message}`);
    });
    // The editor shows the squiggle too
    await s.wb.goTo(errors[0]!.line, errors[0]!.column + 1); // inside the squiggled word
    assert.ok(await s.wb.editor().locator('.squiggly-error').count() > 0, 'a red squiggle is visible');
    // README picture: the Problems panel, the squiggle and, on hover, the message in place
    await s.wb.hoverAtCursor(errors[0]!.message.slice(0, 12)).catch(() => undefined);
    await s.wb.page.locator('.monaco-hover:has-text("Checking for quick fixes")').waitFor({ state: 'detached', timeout: 10_000 }).catch(() => undefined);
    await s.wb.docsImage('diagnostics');
  });

  it('causes no console error, failed request or extension-host error from archlens', () => {
    assert.deepEqual(session().archlensErrors(), []);
  });
});
