/**
 * Mermaid sanitises labels with DOMPurify, which needs a DOM when it is first imported; Node (the CLI and the
 * language server) has none. Installs a happy-dom window as the globals DOMPurify and mermaid look for, but only
 * where they are missing, so a real browser DOM is never replaced.
 */
export async function installDomShim(): Promise<void> {
  const globals = globalThis as Record<string, unknown>;
  if (globals.document !== undefined && globals.window !== undefined) return;
  const { Window } = await import('happy-dom');
  const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });
  for (const name of ['window', 'document', 'navigator', 'Element', 'HTMLElement', 'Node', 'DocumentFragment', 'DOMParser']) {
    if (globals[name] === undefined) {
      Object.defineProperty(globalThis, name, {
        configurable: true,
        writable: true,
        value: name === 'window' ? window : (window as unknown as Record<string, unknown>)[name],
      });
    }
  }
}
