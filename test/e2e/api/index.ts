// Entry VS Code loads as extensionTestsPath (bundled to CommonJS by the harness): registers the suites, runs them.
import './diagnostics.host';
import './commands.host';
import './server-crash.host';
import './large-note.host';
import { runHostTests } from './host-runner';

/** Called by VS Code's extension host once the workbench is up. */
export function run(): Promise<void> {
  return runHostTests();
}
