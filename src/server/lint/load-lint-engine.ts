let engine: Promise<typeof import('./lint-engine')> | undefined;

/**
 * The lint engine (ESLint, the TypeScript parser, the rules), loaded on the first TypeScript/JavaScript document.
 * Loading it is the expensive part of linting, so users who only open Markdown never pay for it.
 */
export function loadLintEngine(): Promise<typeof import('./lint-engine')> {
  engine ??= import('./lint-engine');
  return engine;
}

/** Whether the engine has been asked for (for the test that Markdown-only sessions never load it). */
export function lintEngineRequested(): boolean {
  return engine !== undefined;
}
