// The "Preview" CodeLens above each diagram, from the REAL provider in Node (a test double only for VS Code's API)
// and the server's real diagram description: one lens per diagram at its fence, and none for a note over
// `archlens.largeNote.maxSize`, where thousands of lenses blocked the extension host on every change.
import { CodeLens, Range, TextDocumentDouble, Uri, workspace } from './host/vscode-double';
import { afterEach, test } from 'node:test';
import assert from 'node:assert/strict';
import type * as vscode from 'vscode';
import { DiagramCodeLensProvider, PREVIEW_DIAGRAM_COMMAND } from '../../src/client/preview/diagram-code-lens';
import type { DiagramsRequester } from '../../src/client/preview/diagrams-client';
import { noteDiagrams } from './seed-diagrams';

afterEach(() => workspace.settings.clear());

const diagram = (n: number) => ['```', 'sequenceDiagram', `    Client->>Service${n}: call ${n}`, '```', ''].join('\n');
const note = (count: number) => `# Flows\n\n${Array.from({ length: count }, (_, i) => diagram(i)).join('\n')}`;

function lensesFor(text: string): Promise<vscode.CodeLens[]> {
  const document = new TextDocumentDouble(Uri.file('/notes/flows.md'), text);
  let requests = 0;
  const server: DiagramsRequester = {
    async sendRequest<R>() {
      requests += 1;
      return { uri: document.uri.toString(), version: document.version, diagrams: await noteDiagrams(document.getText(), {}) } as R;
    },
  };
  const provider = new DiagramCodeLensProvider(server);
  const token = { isCancellationRequested: false, onCancellationRequested: () => ({ dispose() {} }) } as vscode.CancellationToken;
  return provider.provideCodeLenses(document as unknown as vscode.TextDocument, token).then((lenses) => Object.assign(lenses, { requests }));
}

test('one Preview lens per diagram, on its opening fence, opening the preview at that diagram', async () => {
  const lenses = await lensesFor(note(3));
  assert.equal(lenses.length, 3);
  assert.ok(lenses.every((l) => l instanceof CodeLens));
  assert.deepEqual(lenses.map((l) => (l.range as unknown as Range).start.line), [2, 7, 12]);
  assert.deepEqual(lenses.map((l) => [l.command?.title, l.command?.command, l.command?.arguments?.[1]]), [
    ['Preview', PREVIEW_DIAGRAM_COMMAND, 0], ['Preview', PREVIEW_DIAGRAM_COMMAND, 1], ['Preview', PREVIEW_DIAGRAM_COMMAND, 2],
  ]);
});

test('a note over archlens.largeNote.maxSize gets no lenses and no diagram request; 0 means no limit', async () => {
  const text = note(40); // about 2.6 KB
  workspace.settings.set('archlens.largeNote.maxSize', 2);
  const over = await lensesFor(text);
  assert.equal(over.length, 0);
  assert.equal((over as unknown as { requests: number }).requests, 0, 'the diagram list of a huge note is not even asked for');
  workspace.settings.set('archlens.largeNote.maxSize', 0);
  assert.equal((await lensesFor(text)).length, 40);
  workspace.settings.set('archlens.largeNote.maxSize', 3);
  assert.equal((await lensesFor(text)).length, 40, 'under the limit: lenses as before');
  // Multi-byte text: 1,000 Chinese characters are 1,000 UTF-16 units but 3,000 bytes of UTF-8, over 2 KB.
  workspace.settings.set('archlens.largeNote.maxSize', 2);
  assert.equal((await lensesFor(`${note(1)}\n${'限流'.repeat(500)}\n`)).length, 0);
  assert.equal((await lensesFor(`${note(1)}\n${'x'.repeat(1000)}\n`)).length, 1);
});

test('switching lenses off in settings removes them', async () => {
  workspace.settings.set('archlens.preview.codeLens', false);
  assert.equal((await lensesFor(note(2))).length, 0);
});
