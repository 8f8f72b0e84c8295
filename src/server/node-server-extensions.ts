// Registrations for the desktop (Node) language server only: things that need Node, such as ESLint.
// One import and one entry each; see server-extensions.ts for those that also run in the web worker.
import { registerLint } from './lint/register-lint';
import { registerOpenFromDisk } from './open-from-disk';
import type { ServerExtension } from './server-extensions';

export const NODE_SERVER_EXTENSIONS: readonly ServerExtension[] = [
  // TypeScript/JavaScript lint with archlens's ESLint rules (ESLint is loaded on the first such document).
  registerLint,
  // archlens/openFromDisk: large saved files are read here rather than sent through the extension host.
  (server) => registerOpenFromDisk(server),
];
