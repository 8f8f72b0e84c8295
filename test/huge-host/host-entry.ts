// Runs INSIDE the real VS Code extension host (extensionTestsPath, under code-server) next to archlens: records the
// host's own event-loop delay (monitorEventLoopDelay) while the 10 MB note and the 2 MB TypeScript file are open,
// archlens validates and lints them, and its preview and the built-in Markdown preview render the note.
// Results go to the page console as one `ARCHLENS-HUGE-HOST <base64 json>` line (huge-host.e2e.ts reads it).
import * as vscode from 'vscode';
import { monitorEventLoopDelay } from 'node:perf_hooks';

/** One measured phase: the host's max and p99 event-loop delay, how long it lasted, and what it waited for. */
export interface HostPhase {
  readonly name: string;
  readonly maxMs: number;
  readonly p99Ms: number;
  readonly ms: number;
  readonly outcome: string;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls until `done()` or `timeoutMs`; says which. */
async function until(what: string, done: () => boolean, timeoutMs: number): Promise<string> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (done()) return what;
    await sleep(250);
  }
  return `timed out waiting for ${what} (${timeoutMs / 1000} s)`;
}

async function file(name: string): Promise<vscode.Uri> {
  const [uri] = await vscode.workspace.findFiles(`**/${name}`);
  if (!uri) throw new Error(`${name} is not in the workspace`);
  return uri;
}

/** Called by VS Code once the workbench is up. */
export async function run(): Promise<void> {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const phases: HostPhase[] = [];
  async function phase(name: string, body: () => Promise<string>): Promise<void> {
    delay.reset();
    const started = Date.now();
    let outcome: string;
    try {
      outcome = await body();
    } catch (error) {
      outcome = `failed: ${error instanceof Error ? error.message : String(error)}`;
    }
    phases.push({ name, maxMs: delay.max / 1e6, p99Ms: delay.percentile(99) / 1e6, ms: Date.now() - started, outcome });
  }

  await phase('idle host (baseline, 5 s)', async () => (await sleep(5000), 'idle'));
  const note = await file('huge.md');
  const ts = await file('huge.ts');
  const lint = vscode.workspace.getConfiguration('archlens.lint');
  await phase('open the 10 MB note; archlens validates its 5,000 diagrams', async () => {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(note));
    return until('the note\'s diagnostics', () => vscode.languages.getDiagnostics(note).length > 0, 240_000);
  });
  await phase('archlens diagram preview of the note (30 s)', async () => {
    await vscode.commands.executeCommand('archlens.openPreview');
    await sleep(30_000);
    return 'preview open';
  });
  await phase('open the 2 MB TypeScript file (default archlens.lint.maxFileSize: skipped; 10 s)', async () => {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(ts));
    await sleep(10_000);
    return `${vscode.languages.getDiagnostics(ts).length} lint diagnostics`;
  });
  await phase('lint the 2 MB TypeScript file (archlens.lint.maxFileSize 0) in the server\'s worker', async () => {
    await lint.update('maxFileSize', 0, vscode.ConfigurationTarget.Global);
    return until('the TypeScript diagnostics', () => vscode.languages.getDiagnostics(ts).length > 0, 240_000);
  });
  await phase('built-in Markdown preview of the note (our untagged-fences plugin runs in this host; 30 s)', async () => {
    await vscode.commands.executeCommand('markdown.showPreview', note);
    await sleep(30_000);
    return 'Markdown preview open';
  });
  delay.disable();
  console.log(`ARCHLENS-HUGE-HOST ${Buffer.from(JSON.stringify(phases)).toString('base64')}`);
}
