// The language server in Node (desktop VS Code), over IPC: full mermaid validation and Node-only extensions.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createServer } from './create-server';
import { mermaidValidator } from './mermaid-validator';
import { NODE_SERVER_EXTENSIONS } from './node-server-extensions';
import { SERVER_EXTENSIONS } from './server-extensions';

createServer(createConnection(ProposedFeatures.all), {
  validate: mermaidValidator,
  extensions: [...SERVER_EXTENSIONS, ...NODE_SERVER_EXTENSIONS],
});
