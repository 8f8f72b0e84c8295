// The language server's side of the lint worker thread: starts it on the first job, runs jobs one at a time,
// drops superseded ones, and survives the worker dying (a rule bug, or a file too big for its memory cap).
import { Worker } from 'node:worker_threads';
import { join } from 'node:path';
import * as l10n from '../../core/l10n/translations';
import type { SuggestedFinding } from '../../core/lint/deferred-suggestions';
import type { LintFinding, LintReply, LintRequest } from './lint-jobs';

/** Heap cap of the worker: a file that needs more ends that job (and restarts the worker), not the server. */
export const LINT_WORKER_HEAP_MB = 1536;
/** A superseded job that has run this long is cut short by restarting the worker (big files lint for seconds). */
const RESTART_AFTER_MS = 1000;

/** The worker: the bundle's sibling dist/lint-worker.js, or (run from source, as the tests do) its TypeScript via tsx. */
function startWorker(): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: LINT_WORKER_HEAP_MB };
  // The worker has its own copy of the translations module: hand it the language the server speaks.
  const workerData = { l10nBundle: l10n.currentTranslations() };
  if (!__filename.endsWith('.ts')) return new Worker(join(__dirname, 'lint-worker.js'), { resourceLimits, workerData });
  const source = JSON.stringify(join(__dirname, 'lint-worker.ts'));
  return new Worker(`require('tsx/cjs/api').register(); require(${source});`, { eval: true, resourceLimits, workerData });
}

let workersStarted = 0;

/** How many lint workers this process started (Markdown-only sessions start none, so never load ESLint). */
export function lintWorkersStarted(): number {
  return workersStarted;
}

interface Job {
  readonly id: number;
  readonly request: LintRequest;
  /** Jobs with the same key supersede each other (the document's URI for lint runs). */
  readonly key?: string;
  readonly resolve: (reply: LintReply | undefined) => void;
  startedAt?: number;
}

/** A lint job's outcome: undefined when a newer job for the same document replaced it. */
export class LintWorkerClient {
  private worker: Worker | undefined;
  private running: Job | undefined;
  private readonly queue: Job[] = [];
  private nextId = 1;
  /** Lints; resolves undefined when superseded by a newer lint of the same `key` (the document URI). */
  async lint(request: Omit<LintRequest, 'kind'>, key: string): Promise<readonly LintFinding[] | undefined> {
    const reply = await this.run({ ...request, kind: 'lint' }, key);
    if (reply && 'error' in reply) throw new Error(reply.error);
    return reply && 'findings' in reply ? reply.findings : undefined;
  }

  /** Every finding of the `only` rules with its suggestions as separate edits. */
  async suggest(request: Omit<LintRequest, 'kind'>): Promise<readonly SuggestedFinding[]> {
    const reply = await this.run({ ...request, kind: 'suggest' });
    if (reply && 'error' in reply) throw new Error(reply.error);
    return reply && 'suggested' in reply ? reply.suggested : [];
  }

  /** Stops the worker (server shutdown, tests). Pending jobs resolve as superseded. */
  dispose(): void {
    for (const job of this.queue.splice(0)) job.resolve(undefined);
    this.running?.resolve(undefined);
    this.running = undefined;
    void this.worker?.terminate();
    this.worker = undefined;
  }

  private run(request: LintRequest, key?: string): Promise<LintReply | undefined> {
    return new Promise((resolve) => {
      if (key !== undefined) {
        // A queued run for an older version is never started; a long one under way is cut short.
        for (const old of this.queue.filter((j) => j.key === key)) {
          this.queue.splice(this.queue.indexOf(old), 1);
          old.resolve(undefined);
        }
        if (this.running?.key === key && performance.now() - (this.running.startedAt ?? 0) >= RESTART_AFTER_MS) this.restart();
      }
      this.queue.push({ id: this.nextId++, request, key, resolve });
      this.pump();
    });
  }

  private pump(): void {
    if (this.running || this.queue.length === 0) return;
    const job = (this.running = this.queue.shift()!);
    job.startedAt = performance.now();
    const worker = this.ensureWorker();
    worker.ref(); // a job under way keeps the process alive; an idle worker does not (see the 'message' handler)
    worker.postMessage({ id: job.id, job: job.request });
  }

  private restart(): void {
    const job = this.running;
    this.running = undefined;
    job?.resolve(undefined);
    const old = this.worker;
    this.worker = undefined;
    void old?.terminate();
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    workersStarted++;
    const worker = startWorker();
    worker.on('message', (reply: LintReply) => {
      if (this.worker !== worker || this.running?.id !== reply.id) return;
      const job = this.running;
      this.running = undefined;
      job.resolve(reply);
      this.pump();
      if (!this.running) worker.unref();
    });
    worker.on('error', (error: Error & { code?: string }) => this.failed(worker, error));
    worker.on('exit', (code) => this.failed(worker, new Error(`the lint worker exited with code ${code}`)));
    worker.unref(); // idle, it never keeps the process alive (unref after the listeners: adding one re-refs)
    this.worker = worker;
    return worker;
  }

  /** The worker died under a job: that job fails with a clear reason (its caller logs it), the next job starts a fresh worker. */
  private failed(worker: Worker, error: Error & { code?: string }): void {
    if (this.worker !== worker) return; // an old worker we terminated on purpose
    this.worker = undefined;
    const job = this.running;
    this.running = undefined;
    const path = job?.request.path ?? 'a file';
    const reason =
      error.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? l10n.t('archlens lint ran out of memory ({0} MB) on {1}; lower archlens.lint.maxFileSize to skip files this big.', LINT_WORKER_HEAP_MB, path)
        : l10n.t('archlens lint stopped on {0}: {1}', path, error.message);
    job?.resolve({ id: job.id, error: reason });
    this.pump();
  }
}
