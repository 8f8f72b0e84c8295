/** The languages the language server serves. The lint integration adds TypeScript/JavaScript here. */
export const SERVED_LANGUAGES: readonly string[] = ['markdown', 'mermaid'];

/** Linted by the desktop server only (ESLint runs in Node, not in the web worker). */
export const LINTED_LANGUAGES: readonly string[] = ['typescript', 'typescriptreact', 'javascript', 'javascriptreact'];

/**
 * Which documents go to the server: real files and untitled buffers on the desktop; on the web also the
 * virtual file systems of vscode.dev/github.dev and the test web host. Not `git:` or diff views.
 */
export function documentSelector(web: boolean): { language: string; scheme: string }[] {
  const languages = web ? SERVED_LANGUAGES : [...SERVED_LANGUAGES, ...LINTED_LANGUAGES];
  return languages.flatMap((language) => schemesOf(web).map((scheme) => ({ language, scheme })));
}

/** The documents that get the diagram features (completion, hover, outline, …): the synced Markdown and Mermaid. */
export function diagramDocumentSelector(web: boolean): { language: string; scheme: string }[] {
  return SERVED_LANGUAGES.flatMap((language) => schemesOf(web).map((scheme) => ({ language, scheme })));
}

function schemesOf(web: boolean): string[] {
  return web ? ['file', 'untitled', 'vscode-vfs', 'vscode-test-web', 'vscode-remote'] : ['file', 'untitled'];
}
