// Extension-host tests for archlens's palette commands, executed through vscode.commands as the palette would.
import * as vscode from 'vscode';
import assert from 'node:assert/strict';
import { hostTest } from './host-runner';
import { waitFor } from './wait-for';

async function show(name: string): Promise<vscode.TextEditor> {
  const [uri] = await vscode.workspace.findFiles(`**/${name}`);
  assert.ok(uri, `${name} is in the workspace`);
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
}

hostTest('"Tag All Diagram Fences in This File" tags every untagged diagram fence and nothing else', async () => {
  const editor = await show('tag-all.md');
  const before = editor.document.getText();
  // Oracle: each bare ``` that opens a fence whose first line is `sequenceDiagram` becomes ```mermaid
  const lines = before.split('\n');
  const expected = lines.map((l, i) => (l === '```' && lines[i + 1] === 'sequenceDiagram' ? '```mermaid' : l)).join('\n');
  assert.notEqual(expected, before, 'the note has untagged diagrams');
  await vscode.commands.executeCommand('archlens.tagAllFences', editor.document.uri);
  await waitFor('the fences to be tagged', () => editor.document.getText(), (t) => t === expected, 30_000);
});

hostTest('"Open Diagram Preview" opens the archlens preview for the active note', async () => {
  await show('order-flow.md');
  await vscode.commands.executeCommand('archlens.openPreview');
  const isPreview = (t: vscode.Tab) => t.input instanceof vscode.TabInputWebview && t.input.viewType.includes('archlens.diagramPreview');
  await waitFor('a preview tab', () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter(isPreview).length, (n) => n === 1, 30_000);
});
