// The one door every archlens message goes through outside the extension host (server, web worker, webview, CLI,
// core). Messages are written in English and are their own keys in l10n/bundle.l10n.<locale>.json, as
// @vscode/l10n and VS Code's `vscode.l10n` expect; an adapter hands in the bundle for the user's language once,
// at start-up. Core never reads the bundle itself (no I/O here): the adapters know where it lives.
// Set it before the first message is built: cached verdicts (mermaid's, by diagram text; sequence warnings, by
// parse) keep the words they were built with, which is right for a process that speaks one language.
import * as bundles from '@vscode/l10n';

/** An English message's translation, with `{0}`/`{name}` placeholders filled from `args`; English without a bundle. */
export function t(message: string, ...args: Array<string | number | boolean>): string {
  return bundles.t(message, ...args);
}

let generation = 0;
let current: Readonly<Record<string, string>> | undefined;

/** Uses `bundle` (English message → translation) from now on; `undefined` or `{}` means English. */
export function useTranslations(bundle: Readonly<Record<string, string>> | undefined): void {
  bundles.config({ contents: { ...bundle } });
  current = bundle;
  generation += 1;
}

/** The bundle in use, to hand on to a worker thread (which has its own copy of this module); undefined for English. */
export function currentTranslations(): Readonly<Record<string, string>> | undefined {
  return current;
}

/** Changes whenever the translations change, so a cache of translated text knows when it is stale. */
export function translationsGeneration(): number {
  return generation;
}
