// Extension-host tests for a dying language server: killed like a crash, or restarted from the palette, a fresh
// server process takes over, the diagnostics are cleared and published again, and no file is touched.
import * as vscode from 'vscode';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { hostTest } from './host-runner';
import { emptyNoteLines } from './note-facts';
import { serverPids } from './server-process';
import { waitFor } from './wait-for';

async function showNote(name: string): Promise<vscode.TextEditor> {
  const [uri] = await vscode.workspace.findFiles(`**/${name}`);
  assert.ok(uri, `${name} is in the workspace`);
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
}

const errorsOf = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.severity === vscode.DiagnosticSeverity.Error);

/** Every workspace file's bytes on disk and text in the editor, to prove a crash and restart change nothing. */
async function snapshotFiles(): Promise<Map<string, string>> {
  const files = await vscode.workspace.findFiles('**/*.{md,ts}');
  const open = new Map(vscode.workspace.textDocuments.map((d) => [d.uri.fsPath, d]));
  return new Map(files.map((u) => [u.fsPath, JSON.stringify({
    disk: readFileSync(u.fsPath, 'utf8'), editor: open.get(u.fsPath)?.getText(), dirty: open.get(u.fsPath)?.isDirty })]));
}

/**
 * Does `disrupt` (kill or restart), then checks: a new server pid, the note's error count went to 0 and came back
 * to exactly the broken diagrams at their lines, and no file changed, on disk or in an editor.
 */
async function expectRecovery(disrupt: (pid: number) => Promise<void>): Promise<void> {
  const editor = await showNote('crash.md');
  const uri = editor.document.uri;
  const broken = emptyNoteLines(editor.document.getText());
  assert.ok(broken.length > 0, 'the note has a broken diagram');
  await waitFor('the first diagnostics', () => errorsOf(uri).length, (n) => n === broken.length, 60_000);
  const [pid] = await waitFor('one running server', serverPids, (pids) => pids.length === 1, 30_000);
  const before = await snapshotFiles();
  // Record every change of this note's errors: a restart clears them, then the new server publishes them again
  const counts: number[] = [];
  const listener = vscode.languages.onDidChangeDiagnostics((e) => {
    if (e.uris.some((u) => u.toString() === uri.toString())) counts.push(errorsOf(uri).length);
  });
  try {
    await disrupt(pid!);
    const [next] = await waitFor('a new server process', serverPids, (pids) => pids.length === 1 && pids[0] !== pid, 60_000);
    assert.notEqual(next, pid);
    await waitFor('the diagnostics to be cleared and published again', () => [...counts],
      (c) => c.includes(0) && c.lastIndexOf(broken.length) > c.indexOf(0), 90_000);
  } finally {
    listener.dispose();
  }
  const errors = errorsOf(uri).sort((a, b) => a.range.start.line - b.range.start.line);
  assert.equal(errors.length, broken.length);
  errors.forEach((d, i) => assert.ok(Math.abs(d.range.start.line - broken[i]!) <= 1, `error on line ${d.range.start.line + 1}`));
  const after = await snapshotFiles();
  for (const [path, state] of before) assert.equal(after.get(path), state, `${path} is unchanged on disk and in its editor`);
  assert.equal(vscode.window.activeTextEditor?.document.isDirty, false, 'the note itself was not edited');
}

hostTest('a crashed language server (killed) is restarted: diagnostics come back, no file changes', async () => {
  await expectRecovery(async (pid) => { process.kill(pid, 'SIGKILL'); });
});

hostTest('"Restart Language Server" replaces the server process and the diagnostics come back', async () => {
  await expectRecovery(async () => { await vscode.commands.executeCommand('archlens.restartServer'); });
});
