// Runs INSIDE the real VS Code extension host (extensionTestsPath, under code-server), next to archlens or, for the
// baseline, without it: records the host's own event-loop delay (monitorEventLoopDelay) while the 10 MB note and
// the 2 MB TypeScript file are open, archlens validates and lints them, and the previews render the note.
// The run's variant is read from `huge-host.json` in the workspace (see run-host.ts); with `profileDir` set, each
// phase also writes a CPU profile of this host (node:inspector) so the blocking frames can be named.
// Results go to the page console as one `ARCHLENS-HUGE-HOST <base64 json>` line (run-host.ts reads it).
import * as vscode from 'vscode';
import { Session } from 'node:inspector';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';

/** One measured phase: the host's max and p99 event-loop delay, how long it lasted, and what it waited for. */
export interface HostPhase {
  readonly name: string;
  readonly maxMs: number;
  readonly p99Ms: number;
  readonly ms: number;
  readonly outcome: string;
}

/** What run-host.ts asks of this run. */
export interface HostRunConfig {
  /** Whether archlens is loaded in this host (false: the same-run baseline). */
  readonly archlens: boolean;
  /** Where to write one `<phase>.cpuprofile` per phase; no profiling without it (the profiler adds its own delay). */
  readonly profileDir?: string;
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

function post<T>(session: Session, method: string): Promise<T> {
  return new Promise((resolve, reject) => session.post(method, (error, result) => (error ? reject(error) : resolve(result as T))));
}

/** A time the host's event loop was blocked, in ms of the monotonic clock CPU profiles use (µs / 1000). */
export interface BlockedGap {
  readonly startMs: number;
  readonly endMs: number;
  /** CPU time the whole host process used in the gap: below `endMs - startMs` when the OS descheduled it. */
  readonly cpuMs: number;
  /**
   * CPU time of the host's main thread alone in the gap (Linux schedstat), where JavaScript runs: the process
   * figure also counts V8's GC and compiler threads and libuv's pool. Absent where schedstat is not readable.
   */
  readonly threadCpuMs?: number;
  /** How long the main thread sat ready but not running (waiting for a core) in the gap, per schedstat. */
  readonly runQueueMs?: number;
}

/** The main thread's [on-CPU ms, run-queue ms] so far, or undefined off Linux (or with schedstats off). */
function mainThreadSchedstat(): [number, number] | undefined {
  try {
    const [run, wait] = readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').split(' ').map(Number);
    return run === undefined || wait === undefined || Number.isNaN(run + wait) ? undefined : [run / 1e6, wait / 1e6];
  } catch {
    return undefined;
  }
}

/**
 * Records every stretch over GAP_MS in which a 5 ms timer could not run: one blocked task (or several with no
 * chance for timers between them). The CPU profile's samples inside a gap say whose code held the loop, which a
 * profile alone cannot tell, since back-to-back tasks look like one busy stretch there.
 */
function recordGaps(): { stop(): BlockedGap[] } {
  const GAP_MS = 50;
  const now = () => Number(process.hrtime.bigint() / 1000n) / 1000;
  const gaps: BlockedGap[] = [];
  const cpu = () => { const { user, system } = process.cpuUsage(); return (user + system) / 1000; };
  let last = now();
  let lastCpu = cpu();
  let lastThread = mainThreadSchedstat();
  const timer = setInterval(() => {
    const t = now();
    const c = cpu();
    const thread = mainThreadSchedstat();
    if (t - last > GAP_MS) {
      const perThread = thread && lastThread ? { threadCpuMs: thread[0] - lastThread[0], runQueueMs: thread[1] - lastThread[1] } : {};
      gaps.push({ startMs: last, endMs: t, cpuMs: c - lastCpu, ...perThread });
    }
    last = t;
    lastCpu = c;
    lastThread = thread;
  }, 5);
  return { stop: () => (clearInterval(timer), gaps) };
}

/** Called by VS Code once the workbench is up. */
export async function run(): Promise<void> {
  const root = vscode.workspace.workspaceFolders![0]!.uri;
  const config = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(root, 'huge-host.json')))) as HostRunConfig;
  const profiler = config.profileDir ? new Session() : undefined;
  if (profiler) {
    profiler.connect();
    await post(profiler, 'Profiler.enable');
  }
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const phases: HostPhase[] = [];
  async function phase(name: string, body: () => Promise<string>): Promise<void> {
    if (profiler) await post(profiler, 'Profiler.start');
    const gaps = profiler ? recordGaps() : undefined;
    delay.reset();
    const started = Date.now();
    let outcome: string;
    try {
      outcome = await body();
    } catch (error) {
      outcome = `failed: ${error instanceof Error ? error.message : String(error)}`;
    }
    phases.push({ name, maxMs: delay.max / 1e6, p99Ms: delay.percentile(99) / 1e6, ms: Date.now() - started, outcome });
    if (profiler) {
      const blocked = gaps!.stop();
      const { profile } = await post<{ profile: unknown }>(profiler, 'Profiler.stop');
      const base = join(config.profileDir!, `${String(phases.length).padStart(2, '0')}-${name.replace(/[^A-Za-z0-9]+/g, '-').slice(0, 40)}`);
      writeFileSync(`${base}.cpuprofile`, JSON.stringify(profile));
      writeFileSync(`${base}.gaps.json`, JSON.stringify(blocked));
    }
  }

  // Without archlens nothing publishes diagnostics: those phases last a fixed time instead (as long as archlens
  // needed on this machine, so both runs see the same window after the open).
  const waitFor = (what: string, done: () => boolean, timeoutMs: number, fixedMs: number) =>
    config.archlens ? until(what, done, timeoutMs) : sleep(fixedMs).then(() => `archlens off: waited ${fixedMs / 1000} s`);

  await phase('idle host (5 s)', async () => (await sleep(5000), 'idle'));
  // Activation apart from the huge input: loading archlens costs the same whatever the note, and this host starts
  // it for the first time (no V8 code cache in its fresh user data yet), the most that loading it ever costs.
  const small = await file('small.md');
  await phase('start archlens on a small note (first start: no code cache yet)', async () => {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(small));
    return waitFor('the small note\'s diagnostics', () => vscode.languages.getDiagnostics(small).length > 0, 120_000, 10_000);
  });
  const note = await file('huge.md');
  const ts = await file('huge.ts');
  const lint = vscode.workspace.getConfiguration('archlens.lint');
  await phase('open the 10 MB note (until its diagnostics)', async () => {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(note));
    return waitFor('the note\'s diagnostics', () => vscode.languages.getDiagnostics(note).length > 0, 240_000, 30_000);
  });
  await phase('settle with the note open (15 s)', async () => (await sleep(15_000), 'open'));
  // Before any settings change: VS Code's Markdown extension re-tokenizes the whole note after one, which would
  // land in this phase for the archlens run only (the baseline changes no archlens setting).
  // The no-builtins variant has no Markdown extension, hence no built-in preview to measure.
  if ((await vscode.commands.getCommands(true)).includes('markdown.showPreview')) await phase('built-in Markdown preview of the note (30 s)', async () => {
    await vscode.commands.executeCommand('markdown.showPreview', note);
    await sleep(30_000);
    return 'Markdown preview open';
  });
  if (config.archlens) {
    // The note's URI, and its editor in front: after the built-in preview no text editor is active, and the
    // command without a URI would open nothing.
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(note), vscode.ViewColumn.One);
    await phase('archlens diagram preview of the note (30 s)', async () => {
      await vscode.commands.executeCommand('archlens.openPreview', note);
      await sleep(30_000);
      return 'preview open';
    });
    await phase('type 20 keys into diagram 2,500 with the preview open', async () => {
      // A workspace edit, as keystrokes arrive: the preview took the editor's column, so the TextEditor is gone.
      const document = editor.document;
      const end = document.lineAt(document.positionAt(document.getText().indexOf('C2500->>Gateway: POST /orders/2500')).line).range.end;
      for (let i = 0; i < 20; i++) {
        const edit = new vscode.WorkspaceEdit();
        edit.insert(note, end.translate(0, i), 'x');
        await vscode.workspace.applyEdit(edit);
        await sleep(250);
      }
      await sleep(5_000);
      return '20 keystrokes';
    });
  }
  await phase('open the 2 MB TypeScript file (10 s)', async () => {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(ts));
    await sleep(10_000);
    return `${vscode.languages.getDiagnostics(ts).length} lint diagnostics`;
  });
  if (config.archlens) {
    await phase('lint the 2 MB TypeScript file (archlens.lint.maxFileSize 0)', async () => {
      await lint.update('maxFileSize', 0, vscode.ConfigurationTarget.Global);
      return until('the TypeScript diagnostics', () => vscode.languages.getDiagnostics(ts).length > 0, 240_000);
    });
  }
  delay.disable();
  profiler?.disconnect();
  console.log(`ARCHLENS-HUGE-HOST ${Buffer.from(JSON.stringify(phases)).toString('base64')}`);
}
