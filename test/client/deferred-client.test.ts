// The desktop entry answers activation at once and loads the language client afterwards, one step per task. What
// must not change for users: the Markdown preview hook is there at once, every contributed command works even when
// it is what activated archlens, and a window closed mid-load starts no client.
import { commands, window } from './host/vscode-commands-double';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as vscode from 'vscode';
import { activateDeferred, deactivate } from '../../src/client/deferred-client';

const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
const CONTRIBUTED: string[] = manifest.contributes.commands.map((c: { command: string }) => c.command);

interface Log {
  events: unknown[][];
  /** Turns of the event loop so far (a setImmediate chain counts them). */
  turns: number;
}
const log: Log = { events: [], turns: 0 };
(globalThis as { deferredClientLog?: Log }).deferredClientLog = log;

// What dist/language-client.js exports (language-client-stages.ts), with a client that registers the real commands.
const BUNDLE = `
const vscode = require('vscode');
const log = globalThis.deferredClientLog;
log.events.push(['evaluated', log.turns]);
exports.stages = [1, 2, 3].map((i) => () => log.events.push(['stage', log.turns]));
exports.loadClient = async () => ({
  activate(context) {
    log.events.push(['activate', log.turns]);
    for (const id of ${JSON.stringify(CONTRIBUTED)}) context.subscriptions.push(vscode.commands.registerCommand(id, (...args) => ['real', id, ...args]));
    return { extendMarkdownIt: (md) => md };
  },
  async deactivate() { log.events.push(['deactivate']); },
});
`;

function setUp(bundle = BUNDLE): { context: vscode.ExtensionContext; file: string; dispose(): void } {
  log.events = [];
  const dir = mkdtempSync(join(tmpdir(), 'archlens-deferred-'));
  const file = join(dir, 'language-client.js');
  writeFileSync(file, bundle);
  const subscriptions: { dispose(): unknown }[] = [];
  const context = { subscriptions, extension: { packageJSON: manifest }, globalStorageUri: { scheme: 'file', fsPath: join(dir, 'storage') } };
  let counting = true;
  const count = () => {
    log.turns++;
    if (counting) setImmediate(count);
  };
  setImmediate(count);
  return {
    context: context as unknown as vscode.ExtensionContext,
    file,
    dispose() {
      counting = false;
      for (const s of subscriptions) s.dispose();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function until(what: string, done: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !done(); i++) await new Promise((r) => setTimeout(r, 2));
  assert.ok(done(), `timed out waiting for ${what}`);
}

test('activation returns the Markdown preview hook at once and a stand-in for every contributed command', async () => {
  const { context, file, dispose } = setUp();
  try {
    const hook = activateDeferred(context, file);
    assert.equal(typeof hook.extendMarkdownIt, 'function');
    assert.deepEqual(log.events, [], 'nothing of the client ran in the activating task');
    assert.deepEqual(commands.registered().sort(), [...CONTRIBUTED].sort());
    await until('the client to activate', () => log.events.some(([e]) => e === 'activate'));
    assert.deepEqual(commands.registered().sort(), [...CONTRIBUTED].sort(), 'the real commands replaced the stand-ins');
    assert.deepEqual(await commands.executeCommand(CONTRIBUTED[0]!, 'x'), ['real', CONTRIBUTED[0], 'x']);
  } finally {
    await deactivate();
    dispose();
  }
});

test('each step of loading the client runs in its own turn of the event loop', async () => {
  const { context, file, dispose } = setUp();
  try {
    activateDeferred(context, file);
    await until('the client to activate', () => log.events.some(([e]) => e === 'activate'));
    const turns = log.events.map(([, turn]) => turn as number);
    assert.deepEqual(log.events.map(([e]) => e), ['evaluated', 'stage', 'stage', 'stage', 'activate']);
    for (let i = 1; i < turns.length; i++) assert.ok(turns[i]! > turns[i - 1]!, `step ${i} ran in the turn of the step before it: ${turns}`);
  } finally {
    await deactivate();
    dispose();
  }
});

test('a command run before the client loaded waits for it, then runs the real command with its arguments', async () => {
  const { context, file, dispose } = setUp();
  try {
    activateDeferred(context, file);
    const results = await Promise.all(CONTRIBUTED.map((id) => commands.executeCommand(id, 'arg', 2)));
    assert.deepEqual(results, CONTRIBUTED.map((id) => ['real', id, 'arg', 2]));
  } finally {
    await deactivate();
    dispose();
  }
});

test('deactivated before the client loaded: no client starts, and waiting commands fail instead of hanging', async () => {
  const { context, file, dispose } = setUp();
  try {
    activateDeferred(context, file);
    const pending = commands.executeCommand(CONTRIBUTED[0]!);
    await deactivate();
    await assert.rejects(pending, /deactivated/);
    await new Promise((r) => setTimeout(r, 50));
    assert.ok(!log.events.some(([e]) => e === 'activate' || e === 'deactivate'), JSON.stringify(log.events));
  } finally {
    dispose();
  }
});

test('a client bundle that fails to load makes the commands report the failure', async () => {
  const { context, file, dispose } = setUp('throw new Error("bundle broken");');
  const errors: unknown[] = [];
  const consoleError = console.error;
  console.error = (...args: unknown[]) => errors.push(args);
  try {
    activateDeferred(context, file);
    await assert.rejects(commands.executeCommand(CONTRIBUTED[0]!), /bundle broken/);
    assert.equal(errors.length, 1, 'the failure is logged once');
    assert.deepEqual(window.errors, ['archlens could not load its language client, so diagnostics, lint and the diagram preview are off (bundle broken). Reload the window; if this persists, reinstall archlens.'], 'and shown once');
  } finally {
    console.error = consoleError;
    await deactivate();
    dispose();
  }
});
