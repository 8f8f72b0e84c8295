// Extension-host test: a large saved note (over the size where archlens opens files on the server from disk
// rather than sending their text) gets its diagnostic at the broken line, and an edit that fixes it clears it,
// so the server's copy follows the editor. host-api.test.ts checks in the logs that the disk path was taken.
import * as vscode from 'vscode';
import assert from 'node:assert/strict';
import { hostTest } from './host-runner';
import { emptyNoteLines, LARGE_NOTE } from './note-facts';
import { waitFor } from './wait-for';

/** 640 K characters (over the 512 K where the server reads from disk): prose, then one broken diagram. */
function largeNote(): string {
  const lines = ['# 架构笔记', ''];
  const prose = '下单时先取分布式锁，再写数据库，最后删除缓存。The service takes a lock, writes, then invalidates the cache.';
  for (let length = 0; length < 640 * 1024; length += prose.length + 2) lines.push(prose, '');
  return [...lines, '```', 'sequenceDiagram', '    participant Redis', '    Note right of Redis:', '    the lock expires after 30 s', '```', ''].join('\n');
}

const errorsOf = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.severity === vscode.DiagnosticSeverity.Error);

hostTest('a large saved note is checked like any other, and an edit that fixes it clears its error', async () => {
  const uri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, LARGE_NOTE);
  const text = largeNote();
  await vscode.workspace.fs.writeFile(uri, Buffer.from(text));
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document);
  const [broken] = emptyNoteLines(text);
  const errors = await waitFor('the error of the large note', () => errorsOf(uri), (e) => e.length > 0, 90_000);
  assert.equal(errors.length, 1, JSON.stringify(errors.map((d) => [d.range.start.line, d.message])));
  assert.ok(errors[0]!.range.start.line === broken || errors[0]!.range.start.line === broken! + 1, `error on line ${errors[0]!.range.start.line}, Note on ${broken}`);

  // Join the Note's text onto its line, as the quick fix would: the server must apply it to its copy of the file.
  const next = document.lineAt(broken! + 1);
  const edit = new vscode.WorkspaceEdit();
  edit.replace(uri, new vscode.Range(broken!, document.lineAt(broken!).text.length, next.lineNumber, next.firstNonWhitespaceCharacterIndex), ' ');
  assert.ok(await vscode.workspace.applyEdit(edit));
  await waitFor('the error to clear after the fix', () => errorsOf(uri), (e) => e.length === 0, 60_000);
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
});
