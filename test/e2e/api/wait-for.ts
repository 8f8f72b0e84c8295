// Polling helper for extension-host tests: language features arrive asynchronously from the language server.

/** Calls `probe` until it returns a value that `done` accepts, or throws after `timeoutMs` with the last value. */
export async function waitFor<T>(what: string, probe: () => T | Promise<T>, done: (v: T) => boolean, timeoutMs = 60_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (done(value)) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(value)?.slice(0, 2000)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
