// The editor side of archlens lint: TypeScript/JavaScript documents are linted with the same rules ESLint users
// run, with no user config, in a worker thread that owns ESLint. Registered by the Node language server only.
import type { Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { fileURLToPath } from 'node:url';
import type { ArchlensServer } from '../archlens-server';
import * as l10n from '../../core/l10n/translations';
import { lintCodeActions } from './lint-code-actions';
import { toDiagnostic } from './lint-diagnostics';
import { readLintSettings, severityOf } from './lint-settings';
import { LintWorkerClient } from './lint-worker-client';
import { SuggestionCache } from './suggestion-cache';
import { workspaceEslintEnablesArchlens } from './workspace-eslint-config';

/** VS Code language ids of the documents we lint (.mts/.cts are typescript, .mjs/.cjs javascript). */
export const LINT_LANGUAGES = ['typescript', 'typescriptreact', 'javascript', 'javascriptreact'] as const;

const EXTENSION_BY_LANGUAGE: Record<string, string> = {
  typescript: '.ts',
  typescriptreact: '.tsx',
  javascript: '.js',
  javascriptreact: '.jsx',
};

/** The path we lint the document as: its own for files; a made-up name with the language's extension otherwise. */
function lintPath(document: TextDocument): { path: string; onDisk: boolean } {
  if (document.uri.startsWith('file:')) return { path: fileURLToPath(document.uri), onDisk: true };
  const path = document.uri.replace(/[?#].*$/, '');
  const name = path.slice(path.lastIndexOf('/') + 1);
  return { path: /\.[cm]?[jt]sx?$/i.test(name) ? name : `untitled${EXTENSION_BY_LANGUAGE[document.languageId] ?? '.ts'}`, onDisk: false };
}

/** The document's size in KB of UTF-8, as `archlens.lint.maxFileSize` counts it. */
function sizeKb(document: TextDocument): number {
  return Buffer.byteLength(document.getText(), 'utf8') / 1024;
}

/** `2.0 MB` / `740 KB`, for the skip message. */
function shownSize(kb: number): string {
  return kb >= 1024 ? `${(kb / 1024).toFixed(1)} MB` : `${Math.ceil(kb)} KB`;
}

/** Registers the lint diagnostics and quick fixes of one server, with its own worker thread. */
class EditorLint {
  readonly worker = new LintWorkerClient();
  readonly suggestions = new SuggestionCache((document, only, findings) => {
    const { path } = lintPath(document);
    return this.worker.suggest({ text: document.getText(), path, off: [], only, findings });
  });
  /** Documents whose skip was logged (once until they shrink under the limit or close). */
  private readonly skipped = new Set<string>();

  constructor(private readonly server: ArchlensServer) {}

  /** Diagnostics for one document, or none when lint is off, the file is too big, or the workspace's ESLint runs our rules. */
  async diagnose(document: TextDocument): Promise<Diagnostic[]> {
    const settings = await readLintSettings(this.server.connection, document.uri);
    if (!settings.enable) return [];
    const { path, onDisk } = lintPath(document);
    if (onDisk && workspaceEslintEnablesArchlens(path)) return [];
    const kb = sizeKb(document);
    if (settings.maxFileSize > 0 && kb > settings.maxFileSize) {
      if (!this.skipped.has(document.uri)) {
        this.skipped.add(document.uri);
        this.server.connection.console.info(
          l10n.t('archlens lint skipped {0}: {1} is over archlens.lint.maxFileSize ({2} KB). Raise that setting (0 = no limit) to lint files this big.', document.uri, shownSize(kb), settings.maxFileSize),
        );
      }
      return [];
    }
    this.skipped.delete(document.uri);
    const off = Object.entries(settings.rules).filter(([, severity]) => severity === 'off').map(([id]) => id);
    const findings = await this.worker.lint({ text: document.getText(), path, off }, document.uri);
    // undefined: a newer version of this document replaced the run; the scheduler drops this version anyway.
    return (findings ?? []).map((f) => toDiagnostic(f, severityOf(settings, f.ruleId) as 'error' | 'warning' | 'info'));
  }

  forget(uri: string): void {
    this.skipped.delete(uri);
    this.suggestions.forget(uri);
  }
}

/**
 * Adds lint diagnostics (debounced by the server; stale versions dropped there and in the worker's queue) and
 * their quick fixes, whose edits are computed when the editor asks for code actions.
 */
export function registerLint(server: ArchlensServer): void {
  const lint = new EditorLint(server);
  server.addDiagnostics({ languages: LINT_LANGUAGES, diagnose: (document) => lint.diagnose(document) });
  server.addCodeActions({
    languages: LINT_LANGUAGES,
    codeActions: (document, params) => lintCodeActions(document, params, (d, wanted) => lint.suggestions.get(d, wanted)),
  });
  server.documents.onDidClose(({ document }) => lint.forget(document.uri));
}
