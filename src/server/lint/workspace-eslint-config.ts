// Users who already run our plugin through their own ESLint config see its findings from the ESLint extension;
// showing ours too would list every finding twice. We decide cheaply, without running their config.
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, parse } from 'node:path';

/** The flat config file names ESLint looks for, in its own order. */
export const ESLINT_CONFIG_FILES = ['eslint.config.js', 'eslint.config.mjs', 'eslint.config.cjs', 'eslint.config.ts', 'eslint.config.mts', 'eslint.config.cts'];

// `archlens/eslint-plugin` (the import) or a rule id such as 'archlens/require-deadline' / "archlens/…".
const MENTIONS_ARCHLENS = /archlens\/eslint-plugin|['"`]archlens\/[a-z-]+['"`]/;

interface Cached {
  readonly mtimeMs: number;
  readonly enables: boolean;
}
const byConfigFile = new Map<string, Cached>();

/** The ESLint config file ESLint would use for `filePath`: the nearest eslint.config.* in its folder or above. */
export function nearestEslintConfig(filePath: string): string | undefined {
  let dir = dirname(filePath);
  const root = parse(dir).root;
  for (;;) {
    for (const name of ESLINT_CONFIG_FILES) {
      const candidate = join(dir, name);
      try {
        if (statSync(candidate).isFile()) return candidate;
      } catch {
        // not here; keep looking
      }
    }
    if (dir === root) return undefined;
    dir = dirname(dir);
  }
}

/**
 * True when the workspace's own ESLint config for `filePath` enables archlens: the nearest eslint.config.* mentions
 * `archlens/eslint-plugin` or an `archlens/<rule>` id. Re-read only when the config file's mtime changes.
 */
export function workspaceEslintEnablesArchlens(filePath: string): boolean {
  const config = nearestEslintConfig(filePath);
  if (!config) return false;
  try {
    const { mtimeMs } = statSync(config);
    const cached = byConfigFile.get(config);
    if (cached?.mtimeMs === mtimeMs) return cached.enables;
    const enables = MENTIONS_ARCHLENS.test(readFileSync(config, 'utf8'));
    byConfigFile.set(config, { mtimeMs, enables });
    return enables;
  } catch {
    return false;
  }
}
