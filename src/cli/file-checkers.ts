import type { Finding } from '../core/finding';
import { lintChecker } from './lint-checker';
import { markdownChecker, mermaidFileChecker } from './markdown-checker';

/** What a safe fix did to a file, for the CLI to report. */
export interface FileFix {
  /** The file's new text (line endings and BOM kept). */
  readonly text: string;
  /** One line per change, e.g. "line 12: tagged the fence as mermaid". */
  readonly changes: readonly string[];
}

/**
 * Checks one kind of file. The CLI picks a checker by file extension; adding support for a new kind of file
 * (e.g. TypeScript lint) means writing one of these and listing it in FILE_CHECKERS below.
 */
export interface FileChecker {
  /** Lower-case extensions with the dot, e.g. ['.md', '.markdown']. */
  readonly extensions: readonly string[];
  /** All findings for the file's text; `file` is its path, for checkers that care (e.g. ESLint's config lookup). */
  check(text: string, file: string): Promise<Finding[]>;
  /** Applies the safe fixes (`--fix`); undefined when nothing changed. */
  fix?(text: string, file: string): FileFix | undefined;
}

/** Every checker the CLI knows, in priority order. */
export const FILE_CHECKERS: readonly FileChecker[] = [markdownChecker, mermaidFileChecker, lintChecker];

/** The checker for a path, by its extension; undefined for files archlens does not check. */
export function checkerFor(path: string, checkers: readonly FileChecker[] = FILE_CHECKERS): FileChecker | undefined {
  const lower = path.toLowerCase();
  return checkers.find((c) => c.extensions.some((ext) => lower.endsWith(ext)));
}

/** The extensions the CLI checks, for messages. */
export function checkedExtensions(checkers: readonly FileChecker[] = FILE_CHECKERS): string[] {
  return checkers.flatMap((c) => c.extensions);
}
