// The editor side of archlens lint: TypeScript/JavaScript documents are linted with the same rules ESLint users
// run, in-process, with no user config. Registered by the Node language server only (ESLint needs Node).
import type { Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { fileURLToPath } from 'node:url';
import type { ArchlensServer } from '../archlens-server';
import { lintCodeActions } from './lint-code-actions';
import { toDiagnostic } from './lint-diagnostics';
import { readLintSettings, severityOf } from './lint-settings';
import { loadLintEngine } from './load-lint-engine';
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

/** Diagnostics for one document, or none when lint is off or the workspace's ESLint already runs our rules. */
async function lintDiagnostics(server: ArchlensServer, document: TextDocument): Promise<Diagnostic[]> {
  const settings = await readLintSettings(server.connection, document.uri);
  if (!settings.enable) return [];
  const { path, onDisk } = lintPath(document);
  if (onDisk && workspaceEslintEnablesArchlens(path)) return [];
  const engine = await loadLintEngine();
  const rules = engine.ruleIds().filter((id) => severityOf(settings, id) !== 'off');
  return engine.lintText(document.getText(), path, rules).map((m) => {
    const id = m.ruleId!.replace(/^archlens\//, '');
    return toDiagnostic(document, m, severityOf(settings, id) as 'error' | 'warning' | 'info', engine.docsUrl(id));
  });
}

/** Adds lint diagnostics (debounced by the server; stale versions dropped there) and their quick fixes. */
export function registerLint(server: ArchlensServer): void {
  server.addDiagnostics({ languages: LINT_LANGUAGES, diagnose: (document) => lintDiagnostics(server, document) });
  server.addCodeActions({ languages: LINT_LANGUAGES, codeActions: (_document, params) => lintCodeActions(params) });
}
