// Extension-host tests: archlens activates on a note, registers its commands, and reports exactly the broken
// diagrams of every note in the workspace (the users' seeds when available) through vscode.languages.
import * as vscode from 'vscode';
import assert from 'node:assert/strict';
import { hostTest } from './host-runner';
import { emptyNoteLines } from './note-facts';
import { waitFor } from './wait-for';

const EXTENSION_ID = 'archlens.archlens';

async function openNote(name: string): Promise<vscode.TextDocument> {
  const [found] = await vscode.workspace.findFiles(`**/${name}`);
  assert.ok(found, `${name} is in the workspace`);
  const doc = await vscode.workspace.openTextDocument(found);
  await vscode.window.showTextDocument(doc);
  return doc;
}

hostTest('archlens activates when a Markdown note opens', async () => {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, 'archlens is installed');
  await openNote('order-flow.md');
  await waitFor('archlens to activate', () => ext.isActive, Boolean, 30_000);
});

hostTest('every command archlens contributes is registered', async () => {
  const contributed: string[] = (vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON.contributes?.commands ?? []).map((c: { command: string }) => c.command);
  const registered = new Set(await vscode.commands.getCommands(true));
  assert.deepEqual(contributed.filter((id) => !registered.has(id)), [], 'contributed commands without a handler');
});

hostTest('each note gets one error per broken diagram, at its line, and no other error', async () => {
  const notes = await vscode.workspace.findFiles('**/*.md');
  assert.ok(notes.length > 0);
  for (const uri of notes) {
    const doc = await vscode.workspace.openTextDocument(uri);
    const broken = emptyNoteLines(doc.getText());
    const name = vscode.workspace.asRelativePath(uri);
    // A note with nothing broken must settle on zero errors: wait for archlens to have looked at it (any
    // diagnostic, or a short grace period) before judging.
    const errors = await waitFor(`errors in ${name}`,
      () => vscode.languages.getDiagnostics(uri).filter((d) => d.severity === vscode.DiagnosticSeverity.Error),
      (errs) => errs.length >= broken.length, 30_000);
    if (broken.length === 0) await new Promise((r) => setTimeout(r, 1500));
    const final = vscode.languages.getDiagnostics(uri).filter((d) => d.severity === vscode.DiagnosticSeverity.Error);
    assert.equal(final.length, broken.length, `${name}: ${JSON.stringify(final.map((d) => [d.range.start.line, d.message]))}`);
    const lines = errors.map((d) => d.range.start.line).sort((a, b) => a - b);
    lines.forEach((line, i) => assert.ok(line === broken[i] || line === broken[i]! + 1, `${name}: error on line ${line + 1}, expected ${broken[i]! + 1}`));
  }
});
