import type { Mermaid } from 'mermaid';
import { installDomShim } from './dom-shim';
import { installGroupByPolyfill } from './group-by-polyfill';

let loading: Promise<Mermaid> | undefined;

/**
 * The real mermaid, imported on first use (the import costs seconds, so nothing pays it until a diagram needs
 * validating) and then shared. Node-only: the DOM shim brings happy-dom, which needs Node's built-ins, so a
 * browser bundle must not reach this module (the web language server leaves mermaid's check to desktop).
 */
export function loadMermaid(): Promise<Mermaid> {
  loading ??= (async () => {
    installGroupByPolyfill();
    await installDomShim();
    const mermaid = (await import('mermaid')).default;
    // Parse-only use: never render on load, and keep mermaid's own logging out of the CLI's output.
    mermaid.initialize({ startOnLoad: false, logLevel: 'fatal', securityLevel: 'strict' });
    return mermaid;
  })();
  return loading;
}
