// The language server in a web worker (vscode.dev, github.dev). mermaid needs a DOM, which a worker lacks, and
// the happy-dom shim the desktop uses is Node-only, so this host gives every language feature and archlens's
// own sequence-diagram warnings, and leaves mermaid's syntax check to the desktop host.
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { createServer } from './create-server';
import * as l10n from '../core/l10n/translations';
import { sequenceWarningsValidator } from './validators';

declare const self: DedicatedWorkerGlobalScope;

createServer(createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self)), {
  validate: sequenceWarningsValidator,
  startupMessage: () =>
    l10n.t('archlens (web): Mermaid syntax errors are checked only in desktop VS Code (mermaid needs a DOM a web worker does not have); completion, rename, outline, quick fixes and sequence-diagram warnings work here.'),
});
