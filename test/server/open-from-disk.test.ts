// Large saved files reach the server by digest (archlens/openFromDisk): the REAL didOpen middleware of the desktop
// client, talking JSON-RPC to the REAL server, which reads REAL files. A double stands in only for VS Code's
// TextDocument (lines joined by one EOL, a version that grows with edits). What the user would notice: the
// server's text is exactly the editor's, diagnostics arrive on the right line, later edits apply, and whenever
// the file on disk is not what the editor shows, the text is sent the usual way instead.
import { EndOfLine, Position, Uri } from '../webview/host/vscode-double';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import type * as vscode from 'vscode';
import type { ArchlensServer } from '../../src/server/archlens-server';
import { registerOpenFromDisk } from '../../src/server/open-from-disk';
import { OPEN_FROM_DISK_METHOD, OPEN_FROM_DISK_MIN_LENGTH, type OpenFromDiskParams } from '../../src/server/open-from-disk-protocol';
import { SERVER_EXTENSIONS } from '../../src/server/server-extensions';
import { digestOfLines, openFromDiskMiddleware } from '../../src/client/open-from-disk';
import { startHarness, type Harness } from './lsp-harness';

/** VS Code's TextDocument as far as the middleware reads it: one EOL for the whole text, a growing version. */
class EditorDocument {
  version = 1;
  isDirty = false;
  isClosed = false;
  readonly languageId = 'markdown';
  readonly eol: number;
  lines: string[];
  /** Called on every line read, so a test can edit or close the document while it is being hashed. */
  onRead: (line: number) => void = () => undefined;
  constructor(readonly uri: Uri, text: string) {
    this.eol = text.includes('\r\n') ? EndOfLine.CRLF : EndOfLine.LF;
    this.lines = text.split(/\r\n|\n/);
  }
  getText(): string {
    return this.lines.join(this.eol === EndOfLine.CRLF ? '\r\n' : '\n');
  }
  get lineCount(): number {
    return this.lines.length;
  }
  lineAt(line: number): { text: string; range: { end: Position } } {
    this.onRead(line);
    const text = this.lines[line];
    if (text === undefined) throw new Error('Illegal value for `line`');
    return { text, range: { end: new Position(line, text.length) } };
  }
  offsetAt(position: Position): number {
    const eol = this.eol === EndOfLine.CRLF ? 2 : 1;
    let offset = position.character;
    for (let i = 0; i < position.line; i++) offset += this.lines[i]!.length + eol;
    return offset;
  }
  edit(line: number, text: string): void {
    this.lines[line] = text;
    this.version += 1;
  }
}

const BROKEN = ['```', 'sequenceDiagram', '    participant Redis', '    Note right of Redis:', '    the lock expires after 30 s', '```'];
/** A note over the threshold: prose, then one diagram whose Note has its text on the next line (a parse error). */
function largeNote(eol = '\n'): string {
  const prose = '下单时先取分布式锁，再写数据库，最后删除缓存。The service takes a lock, writes, then invalidates.';
  const lines = ['# 架构笔记', ''];
  while (lines.join(eol).length < OPEN_FROM_DISK_MIN_LENGTH) lines.push(prose, '');
  return [...lines, ...BROKEN, ''].join(eol);
}
const errorLine = (text: string) => text.split(/\r\n|\n/).indexOf('    Note right of Redis:');

let harness: Harness;
let server: ArchlensServer;
let dir: string;
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'archlens-open-from-disk-'));
  harness = await startHarness({ extensions: [...SERVER_EXTENSIONS, (s) => { server = s; registerOpenFromDisk(s); }] });
});
after(async () => {
  await new Promise((resolve) => setTimeout(resolve, 500));
  harness.dispose();
  rmSync(dir, { recursive: true, force: true });
});

/** Saves `disk` as a file and opens an editor document on it showing `shown` (the same text unless told). */
function saved(name: string, disk: string | Buffer, shown = String(disk)): EditorDocument {
  const path = join(dir, name);
  writeFileSync(path, disk);
  return new EditorDocument(Uri.file(path), shown);
}

/** Runs the real middleware for `document`; reports whether it asked the server and whether it fell back to `next`. */
async function openThroughMiddleware(document: EditorDocument): Promise<{ asked: number; sentText: number }> {
  const counts = { asked: 0, sentText: 0 };
  const middleware = openFromDiskMiddleware((params: OpenFromDiskParams) => {
    counts.asked += 1;
    return harness.request<boolean>(OPEN_FROM_DISK_METHOD, params);
  });
  await middleware(document as unknown as vscode.TextDocument, async (d) => {
    counts.sentText += 1;
    await harness.open(d.uri.toString(), d.getText(), d.languageId, d.version);
  });
  await flush();
  return counts;
}

/** A request round trip: the server has handled every notification sent before it. */
async function flush(): Promise<void> {
  await harness.request('textDocument/documentSymbol', { textDocument: { uri: 'file:///flush.md' } });
}

const serverText = (document: EditorDocument) => server.document(document.uri.toString())?.text;

test('a large saved note opens from disk: the server has the editor text, the error is on its line, edits apply', async () => {
  const document = saved('note.md', largeNote());
  const uri = document.uri.toString();
  const first = harness.nextDiagnostics(uri, 1);
  assert.deepEqual(await openThroughMiddleware(document), { asked: 1, sentText: 0 }, 'the text was never sent');
  assert.equal(serverText(document), document.getText());
  assert.equal(harness.logs.filter((l) => l.includes(uri) && /was read from disk by the language server/.test(l)).length, 1, 'one line in the output says so');
  // The same finding, on the same line, as when the text is sent the usual way.
  const sentUri = 'file:///sent/note.md';
  const sent = harness.nextDiagnostics(sentUri, 1);
  await harness.open(sentUri, document.getText());
  const diagnostics = (await first).diagnostics;
  assert.equal(diagnostics.length, 1);
  assert.deepEqual(diagnostics, (await sent).diagnostics);
  assert.ok(Math.abs(diagnostics[0]!.range.start.line - errorLine(document.getText())) <= 1, 'at the broken Note');

  // The user fixes the Note with an incremental edit, as VS Code sends it: the server applies it to the disk text.
  const line = errorLine(document.getText());
  const fixed = harness.nextDiagnostics(uri, 2);
  await harness.client.sendNotification('textDocument/didChange', {
    textDocument: { uri, version: 2 },
    contentChanges: [{ range: { start: { line, character: 27 }, end: { line: line + 1, character: 4 } }, text: ' ' }],
  });
  assert.deepEqual((await fixed).diagnostics, []);
  assert.match(serverText(document)!, /Note right of Redis: the lock expires after 30 s/);
});

test('a change sent right behind the request applies: the server opens the document before reading the change', async () => {
  const document = saved('racing.md', largeNote());
  const uri = document.uri.toString();
  const sha1 = createHash('sha1').update(document.getText()).digest('hex');
  const opened = harness.request<boolean>(OPEN_FROM_DISK_METHOD, { textDocument: { uri, languageId: 'markdown', version: 1 }, sha1 });
  void harness.client.sendNotification('textDocument/didChange', {
    textDocument: { uri, version: 2 },
    contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'EDITED ' }],
  });
  assert.equal(await opened, true);
  await flush(); // after the change, in order
  assert.equal(server.document(uri)?.version, 2);
  assert.ok(serverText(document)!.startsWith('EDITED # 架构笔记'));
});

test('CRLF files and files with a byte-order mark open from disk with exactly the editor text', async () => {
  const crlf = saved('windows.md', largeNote('\r\n'));
  assert.equal(crlf.eol, EndOfLine.CRLF);
  assert.deepEqual(await openThroughMiddleware(crlf), { asked: 1, sentText: 0 });
  assert.equal(serverText(crlf), crlf.getText());

  // VS Code shows a UTF-8 file without its byte-order mark; the server must not keep it either.
  const text = largeNote();
  const bom = saved('bom.md', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), text);
  assert.deepEqual(await openThroughMiddleware(bom), { asked: 1, sentText: 0 });
  assert.equal(serverText(bom), text);
});

test('when the file on disk is not what the editor shows, the text is sent the usual way', async () => {
  // Changed on disk since the editor read it (or another encoding, or mixed line ends VS Code normalised).
  const stale = saved('stale.md', largeNote(), largeNote().replace('# 架构笔记', '# 架构笔记 (edited elsewhere)'));
  assert.deepEqual(await openThroughMiddleware(stale), { asked: 1, sentText: 1 });
  assert.equal(serverText(stale), stale.getText());

  // Gone from disk.
  const gone = new EditorDocument(Uri.file(join(dir, 'deleted.md')), largeNote());
  assert.deepEqual(await openThroughMiddleware(gone), { asked: 1, sentText: 1 });
  assert.equal(serverText(gone), gone.getText());

  // The server refuses anything but a file: URI, whatever the digest.
  const sha1 = createHash('sha1').update('x').digest('hex');
  assert.equal(await harness.request(OPEN_FROM_DISK_METHOD, { textDocument: { uri: 'untitled:Untitled-1', languageId: 'markdown', version: 1 }, sha1 }), false);
  assert.equal(server.document('untitled:Untitled-1'), undefined);
});

test('small, unsaved, untitled and edited-while-hashed documents are sent the usual way', async () => {
  const small = saved('small.md', BROKEN.join('\n'));
  assert.deepEqual(await openThroughMiddleware(small), { asked: 0, sentText: 1 }, 'small: sending is cheap');

  const dirty = saved('dirty.md', largeNote());
  dirty.isDirty = true;
  assert.deepEqual(await openThroughMiddleware(dirty), { asked: 0, sentText: 1 }, 'unsaved edits are not on disk');

  const untitled = new EditorDocument(Uri.parse('untitled:Untitled-2'), largeNote());
  assert.deepEqual(await openThroughMiddleware(untitled), { asked: 0, sentText: 1 });

  const edited = saved('edited.md', largeNote());
  edited.onRead = (line) => { if (line === 100) edited.edit(0, '# typed while hashing'); };
  assert.deepEqual(await openThroughMiddleware(edited), { asked: 0, sentText: 1 });
  assert.equal(serverText(edited), edited.getText());
  assert.equal(server.document(edited.uri.toString())?.version, 2);
});

test('a document closed while it was hashed is neither opened from disk nor sent', async () => {
  const closing = saved('closing.md', largeNote());
  closing.onRead = (line) => { if (line === 100) closing.isClosed = true; };
  assert.deepEqual(await openThroughMiddleware(closing), { asked: 0, sentText: 0 });
  assert.equal(serverText(closing), undefined);
});

test('the line-by-line digest is the SHA-1 of getText(), for any lines, either EOL, any characters', async () => {
  const line = fc.string({ unit: fc.constantFrom('a', ' ', '锁', '\t', '😀', 'é', '`', '\r'), maxLength: 30 }).map((s) => s.replace(/\r/g, ''));
  await fc.assert(fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 1500 }), fc.boolean(), async (lines, crlf) => {
    const document = new EditorDocument(Uri.file('/n.md'), lines.join(crlf ? '\r\n' : '\n'));
    if (crlf !== (document.eol === EndOfLine.CRLF) && lines.length > 1) return; // one-line texts have no EOL to tell
    assert.equal(await digestOfLines(document as unknown as vscode.TextDocument), createHash('sha1').update(document.getText()).digest('hex'));
  }), { seed: 20261121, numRuns: 150 });
});

test('the digest of a 10 MB note is taken in slices, letting the editor run between them', async () => {
  const document = new EditorDocument(Uri.file('/huge.md'), largeNote().repeat(20));
  let pauses = 0;
  const sha1 = await digestOfLines(document as unknown as vscode.TextDocument, async () => {
    pauses += 1;
    await new Promise((resolve) => setImmediate(resolve));
  });
  assert.equal(sha1, createHash('sha1').update(document.getText()).digest('hex'));
  assert.ok(pauses >= 2, `${pauses} pauses`);
});
