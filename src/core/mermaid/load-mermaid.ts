import type { Mermaid } from 'mermaid';
import { installGroupByPolyfill } from './group-by-polyfill';

let loading: Promise<Mermaid> | undefined;
let installDom: (() => Promise<void>) | undefined;

/**
 * Sets how a DOM is provided before mermaid is imported (mermaid's DOMPurify needs one). Node entry points call
 * `useNodeDom()` (node-dom.ts), which installs happy-dom; this indirection keeps happy-dom, which needs Node's
 * built-ins, out of browser bundles.
 */
export function setDomInstaller(install: () => Promise<void>): void {
  installDom = install;
}

/**
 * The real mermaid, imported on first use (the import costs seconds, so nothing pays it until a diagram needs
 * validating) and then shared.
 */
export function loadMermaid(): Promise<Mermaid> {
  loading ??= (async () => {
    installGroupByPolyfill();
    if (installDom) await installDom();
    if (typeof (globalThis as { document?: unknown }).document === 'undefined') {
      throw new Error('mermaid needs a DOM and this host has none (Node entry points must call useNodeDom() first)');
    }
    const mermaid = (await import('mermaid')).default;
    // Parse-only use: never render on load, and keep mermaid's own logging out of the CLI's output.
    mermaid.initialize({ startOnLoad: false, logLevel: 'fatal', securityLevel: 'strict' });
    return mermaid;
  })();
  return loading;
}
