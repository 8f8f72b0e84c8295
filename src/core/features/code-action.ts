import type { TextEdit } from '../fixes/tag-fence';

/** A code action in plain data (LSP's CodeAction with a single-document WorkspaceEdit). */
export interface CodeActionEntry {
  readonly title: string;
  /** `quickfix` for a fix of one problem, `source.fixAll` for a whole-file fix. */
  readonly kind: 'quickfix' | 'source.fixAll';
  readonly edits: readonly TextEdit[];
  /** The diagnostic code this action fixes, so the server can attach the matching diagnostics. */
  readonly fixes?: string;
  readonly isPreferred?: boolean;
}
