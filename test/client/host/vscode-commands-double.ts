// Test double of the slice of the `vscode` API the deferred entry (src/client/deferred-client.ts) uses: the command
// registry, strict as VS Code's (a second registration of an id throws, an unknown id rejects), `l10n` and error
// notifications.
// Importing this file makes `require('vscode')` resolve to it.
import Module from 'node:module';

const registry = new Map<string, (...args: unknown[]) => unknown>();

export const commands = {
  registerCommand(id: string, handler: (...args: unknown[]) => unknown) {
    if (registry.has(id)) throw new Error(`command '${id}' already exists`);
    registry.set(id, handler);
    return { dispose: () => registry.get(id) === handler && registry.delete(id) };
  },
  async executeCommand(id: string, ...args: unknown[]): Promise<unknown> {
    const handler = registry.get(id);
    if (!handler) throw new Error(`command '${id}' not found`);
    return handler(...args);
  },
  /** Test helper: the ids registered now. */
  registered: (): string[] => [...registry.keys()],
};

export const l10n = { bundle: undefined, t: (message: string, ...args: unknown[]) => message.replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)])) };

/** Error notifications the code under test showed. */
export const window = {
  errors: [] as string[],
  async showErrorMessage(message: string): Promise<undefined> {
    window.errors.push(message);
    return undefined;
  },
};

const resolve = (Module as unknown as { _resolveFilename: (request: string, ...rest: unknown[]) => string })._resolveFilename;
(Module as unknown as { _resolveFilename: typeof resolve })._resolveFilename = function (request, ...rest) {
  return request === 'vscode' ? __filename : resolve.call(this, request, ...rest);
};
