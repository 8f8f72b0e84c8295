import { installDomShim } from './dom-shim';
import { setDomInstaller } from './load-mermaid';

/** In Node (CLI, language server over IPC, tests): give mermaid a happy-dom DOM when it loads. Call once at startup. */
export function useNodeDom(): void {
  setDomInstaller(installDomShim);
}
