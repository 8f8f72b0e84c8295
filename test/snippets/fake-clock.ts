// A manual clock for the pattern tests: time moves only when a test calls `advance`, and `sleep` timers fire
// in due order, so tests assert exact behaviour without ever timing anything.

interface Timer {
  at: number;
  resolve: () => void;
}

/** Fake `now` and `sleep(ms, signal)` in the shape the pattern modules accept. */
export class FakeClock {
  private t: number;
  private timers: Timer[] = [];

  constructor(start = 0) {
    this.t = start;
  }

  readonly now = (): number => this.t;

  readonly sleep = (ms: number, signal?: AbortSignal): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const timer: Timer = {
        at: this.t + Math.max(0, ms),
        resolve: () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        },
      };
      const onAbort = () => {
        this.timers = this.timers.filter((x) => x !== timer);
        reject(signal?.reason);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.timers.push(timer);
    });

  /** Timers not yet fired. */
  get pending(): number {
    return this.timers.length;
  }

  /** Moves time forward by `ms`, firing every timer that falls due, in order, letting promise chains run. */
  async advance(ms: number): Promise<void> {
    const end = this.t + ms;
    await settle();
    for (;;) {
      const due = this.timers.filter((x) => x.at <= end).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      this.timers = this.timers.filter((x) => x !== due);
      this.t = Math.max(this.t, due.at);
      due.resolve();
      await settle();
    }
    this.t = end;
    await settle();
  }
}

/** Lets every pending promise reaction run (setImmediate comes after the microtask queue drains). */
export const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
