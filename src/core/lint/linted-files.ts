// Which files archlens lints. Kept free of ESLint imports so the CLI and the server can decide cheaply before they
// load the linter.

/** The file extensions archlens lints (TypeScript and JavaScript in every module flavour). */
export const LINTED_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'] as const;

/** True for a path archlens lints. */
export function isLintedFile(path: string): boolean {
  const lower = path.toLowerCase();
  return LINTED_EXTENSIONS.some((ext) => lower.endsWith(ext));
}
