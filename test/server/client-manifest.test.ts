// The manifest must contribute what the client and server register, and the Mermaid language files it names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { RESTART_SERVER_COMMAND, TAG_ALL_FENCES_COMMAND } from '../../src/client/command-ids';
import { documentSelector } from '../../src/client/document-selector';

const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
const nls = JSON.parse(readFileSync('package.nls.json', 'utf8'));

test('palette commands are contributed under the Archlens category', () => {
  const commands = new Map(manifest.contributes.commands.map((c: { command: string }) => [c.command, c]));
  for (const id of [RESTART_SERVER_COMMAND, TAG_ALL_FENCES_COMMAND]) {
    const command = commands.get(id) as { category: string; title: string } | undefined;
    assert.ok(command, `${id} is contributed`);
    assert.equal(command.category, '%command.category%');
    assert.equal(nls['command.category'], 'Archlens');
  }
});

test('activates on Markdown and Mermaid documents, and on the TypeScript/JavaScript documents it lints', () => {
  for (const language of ['markdown', 'mermaid', 'typescript', 'typescriptreact', 'javascript', 'javascriptreact']) {
    assert.ok(manifest.activationEvents.includes(`onLanguage:${language}`), language);
  }
});

test('the mermaid language has a comment-aware configuration and a grammar, and ```mermaid fences are injected', () => {
  const language = manifest.contributes.languages.find((l: { id: string }) => l.id === 'mermaid');
  const configuration = JSON.parse(readFileSync(language.configuration, 'utf8'));
  assert.equal(configuration.comments.lineComment, '%%');
  for (const grammar of manifest.contributes.grammars as { path: string; scopeName: string }[]) {
    assert.ok(existsSync(grammar.path), grammar.path);
    assert.equal(JSON.parse(readFileSync(grammar.path, 'utf8')).scopeName, grammar.scopeName);
  }
});

test('the document selector serves files and untitled notes; the web adds virtual file systems; never git: views', () => {
  const desktop = documentSelector(false);
  assert.deepEqual(new Set(desktop.map((f) => f.scheme)), new Set(['file', 'untitled']));
  assert.deepEqual(new Set(desktop.map((f) => f.language)), new Set(['markdown', 'mermaid', 'typescript', 'typescriptreact', 'javascript', 'javascriptreact']));
  assert.deepEqual(new Set(documentSelector(true).map((f) => f.language)), new Set(['markdown', 'mermaid']), 'lint runs on the desktop only');
  const web = documentSelector(true).map((f) => f.scheme);
  assert.ok(web.includes('vscode-vfs') && web.includes('vscode-test-web'));
  assert.ok(!web.includes('git'));
});

test('the client calls the command the server implements', async () => {
  const { SERVER_TAG_ALL_FENCES_COMMAND } = await import('../../src/client/command-ids');
  const { TAG_ALL_FENCES_COMMAND: serverSide } = await import('../../src/server/handlers/code-actions');
  assert.equal(SERVER_TAG_ALL_FENCES_COMMAND, serverSide);
});
