import { existsSync, readFileSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';

/** Folders never worth walking. */
const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git']);

interface IgnoreScope {
  readonly dir: string;
  readonly rules: Ignore;
}

/**
 * Every file under `root` (a folder) that `wanted` accepts, sorted, honouring the .gitignore files of the folder,
 * its subfolders and its parents up to the repository root, and skipping node_modules and .git.
 */
export function walkFiles(root: string, wanted: (path: string) => boolean): string[] {
  const found: string[] = [];
  const visited = new Set<string>(); // real paths, so a symlink loop is walked once
  const visit = (dir: string, scopes: readonly IgnoreScope[]): void => {
    const real = realpathSync(dir);
    if (visited.has(real)) return;
    visited.add(real);
    const own = gitignoreAt(dir);
    const active = own ? [...scopes, own] : scopes;
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = join(dir, entry.name);
      const isDir = entry.isDirectory() || (entry.isSymbolicLink() && isDirectory(path));
      if (isDir && SKIPPED_DIRECTORIES.has(entry.name)) continue;
      if (isIgnored(active, path, isDir)) continue;
      if (isDir) visit(path, active);
      else if (wanted(path)) found.push(path);
    }
  };
  const absolute = resolve(root);
  visit(absolute, parentScopes(absolute));
  return found.map((p) => join(root, relative(absolute, p)));
}

function isIgnored(scopes: readonly IgnoreScope[], path: string, isDir: boolean): boolean {
  return scopes.some((scope) => {
    const rel = relative(scope.dir, path).split(sep).join('/');
    return rel !== '' && !rel.startsWith('..') && scope.rules.ignores(isDir ? rel + '/' : rel);
  });
}

function gitignoreAt(dir: string): IgnoreScope | undefined {
  const file = join(dir, '.gitignore');
  if (!existsSync(file)) return undefined;
  try {
    return { dir, rules: ignore().add(readFileSync(file, 'utf8')) };
  } catch {
    return undefined; // an unreadable .gitignore ignores nothing
  }
}

/** .gitignore scopes of the parents of `dir`, up to the folder holding `.git` (none outside a repository). */
function parentScopes(dir: string): IgnoreScope[] {
  const parents: string[] = [];
  let current = dir;
  while (!existsSync(join(current, '.git'))) {
    const up = dirname(current);
    if (up === current) return []; // not in a repository: only the walked folder's own .gitignore files apply
    current = up;
    parents.unshift(current);
  }
  return parents.flatMap((p) => gitignoreAt(p) ?? []);
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
