// A minimal test runner for code that runs INSIDE the VS Code extension host (extensionTestsPath). VS Code calls
// `run()`; results go to the console as one JSON line, because under code-server the page stays open and the
// e2e harness reads them from the browser console. `run()` also rejects on failure, as @vscode/test-electron expects.

type HostTest = { name: string; fn: () => Promise<void> | void };
const tests: HostTest[] = [];

/** Registers a test that runs in the extension host. */
export function hostTest(name: string, fn: () => Promise<void> | void): void {
  tests.push({ name, fn });
}

/** The marker the harness looks for in the page console. */
export const RESULT_MARKER = 'ARCHLENS-HOST-TESTS';

/** One test's outcome. */
export interface HostTestResult {
  name: string;
  ok: boolean;
  ms: number;
  error?: string;
}

/** Runs every registered test in order; logs `ARCHLENS-HOST-TESTS <base64 json>`; throws when any failed. */
export async function runHostTests(): Promise<void> {
  const results: HostTestResult[] = [];
  for (const t of tests) {
    const started = Date.now();
    try {
      await t.fn();
      results.push({ name: t.name, ok: true, ms: Date.now() - started });
    } catch (e) {
      results.push({ name: t.name, ok: false, ms: Date.now() - started, error: e instanceof Error ? e.stack ?? e.message : String(e) });
    }
  }
  // base64: the page console wraps extension-host lines in %c styling, a single token survives that intact
  console.log(`${RESULT_MARKER} ${Buffer.from(JSON.stringify(results)).toString('base64')}`);
  const failed = results.filter((r) => !r.ok);
  if (failed.length) throw new Error(`${failed.length} of ${results.length} extension-host tests failed: ${failed.map((f) => f.name).join('; ')}`);
}
