// What the language server asks its lint worker thread, and what comes back (structured-cloned over postMessage).
import type { SuggestedFinding } from '../../core/lint/deferred-suggestions';

/** Lint one document's text, as the file `path`, with every archlens rule but those in `off`. */
export interface LintRequest {
  readonly kind: 'lint' | 'suggest';
  readonly text: string;
  readonly path: string;
  /** Rule ids (without `archlens/`) the user turned off; `suggest` runs only the ids in `only` instead. */
  readonly off: readonly string[];
  readonly only?: readonly string[];
  /** `suggest` computes suggestions only for these findings (keys from findingKey). */
  readonly findings?: readonly string[];
}

/** One finding as the editor shows it (ESLint's 1-based lines and columns), without any suggestion. */
export interface LintFinding {
  readonly ruleId: string;
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly endLine?: number;
  readonly endColumn?: number;
  readonly docsUrl?: string;
}

/** The worker's answer to the job with `id`. */
export type LintReply =
  | { readonly id: number; readonly findings: readonly LintFinding[] }
  | { readonly id: number; readonly suggested: readonly SuggestedFinding[] }
  | { readonly id: number; readonly error: string };
