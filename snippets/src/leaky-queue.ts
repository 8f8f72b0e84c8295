/** Leaky bucket as a queue: callers wait in line and leave it evenly spaced at `ratePerSec` (traffic shaping).
 *  A full line rejects at once instead of queueing work that would time out; an aborted wait leaves the line. */
import { setTimeout as sleepFor } from 'node:timers/promises';

export interface LeakyQueueOptions {
  ratePerSec: number;
  /** Callers allowed to wait; one more is rejected with QueueFullError. */
  maxWaiting: number;
  /** Milliseconds clock; inject a fake one in tests. */
  now?: () => number;
  /** Waits `ms` or rejects when `signal` aborts; inject a fake one in tests. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export class QueueFullError extends Error {
  constructor(maxWaiting: number) {
    super(`leaky queue is full (${maxWaiting} callers already waiting); shed this request or retry later`);
    this.name = 'QueueFullError';
  }
}

export class /*$1*/LeakyQueue {
  private readonly intervalMs: number;
  private readonly maxWaiting: number;
  private readonly now: () => number;
  private readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  private nextFree = -Infinity; // earliest time the next caller may leave the queue
  private waiting = 0;

  constructor(options: LeakyQueueOptions) {
    this.intervalMs = 1000 / options.ratePerSec;
    this.maxWaiting = options.maxWaiting;
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? ((ms, signal) => sleepFor(ms, undefined, { signal }));
  }

  /** Resolves when it is this caller's turn; rejects with QueueFullError, or the abort reason. */
  async take(signal?: AbortSignal): Promise<void> {
    signal?.throwIfAborted();
    const now = this.now();
    const at = Math.max(now, this.nextFree);
    if (at === now) {
      this.nextFree = now + this.intervalMs;
      return;
    }
    if (this.waiting >= this.maxWaiting) throw new QueueFullError(this.maxWaiting);
    this.nextFree = at + this.intervalMs;
    this.waiting++;
    try {
      await this.sleep(at - now, signal);
    } catch (err) {
      // Give the slot back only if nobody queued behind it; otherwise later callers keep their turns.
      if (this.nextFree === at + this.intervalMs) this.nextFree = at;
      throw err;
    } finally {
      this.waiting--;
    }
  }
}

export const /*$2*/queue = new LeakyQueue({ ratePerSec: /*$3*/100, maxWaiting: /*$4*/50 });
