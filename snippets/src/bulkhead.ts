/** Bulkhead (concurrency limiter): at most `maxConcurrent` calls run at once, `maxQueued` more wait in line.
 *  Overflow is rejected at once, and a caller whose signal aborts leaves the line without taking a slot. */

export interface BulkheadOptions {
  maxConcurrent: number;
  maxQueued: number;
}

export class BulkheadRejectedError extends Error {
  constructor(maxConcurrent: number, maxQueued: number) {
    super(`bulkhead is full (${maxConcurrent} running, ${maxQueued} waiting); shed this request or retry later`);
    this.name = 'BulkheadRejectedError';
  }
}

interface Waiter {
  start: () => void;
}

export class /*$1*/Bulkhead {
  private readonly maxConcurrent: number;
  private readonly maxQueued: number;
  private running = 0;
  private readonly queue: Waiter[] = [];

  constructor(options: BulkheadOptions) {
    this.maxConcurrent = options.maxConcurrent;
    this.maxQueued = options.maxQueued;
  }

  /** Calls running now. */
  get active(): number {
    return this.running;
  }

  /** Calls waiting for a slot. */
  get queued(): number {
    return this.queue.length;
  }

  /** Runs `fn` when a slot is free; rejects with BulkheadRejectedError when running and waiting are full. */
  async execute<T>(fn: (signal?: AbortSignal) => Promise<T>, signal?: AbortSignal): Promise<T> {
    signal?.throwIfAborted();
    if (this.running >= this.maxConcurrent) await this.enqueue(signal);
    else this.running++;
    try {
      return await fn(signal);
    } finally {
      this.release();
    }
  }

  private enqueue(signal?: AbortSignal): Promise<void> {
    if (this.queue.length >= this.maxQueued) throw new BulkheadRejectedError(this.maxConcurrent, this.maxQueued);
    return new Promise<void>((resolve, reject) => {
      const onAbort = () => {
        this.queue.splice(this.queue.indexOf(waiter), 1);
        reject(signal?.reason);
      };
      const waiter: Waiter = {
        start: () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        },
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.queue.push(waiter);
    });
  }

  private release(): void {
    const next = this.queue.shift();
    // The slot passes straight to the next waiter, so `running` stays put and nobody can jump the line.
    if (next) next.start();
    else this.running--;
  }
}

export const /*$2*/bulkhead = new Bulkhead({ maxConcurrent: /*$3*/10, maxQueued: /*$4*/100 });
