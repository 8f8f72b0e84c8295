// The language server in Node (desktop VS Code), over IPC: full mermaid validation.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createServer } from './create-server';
import { mermaidValidator } from './mermaid-validator';

createServer(createConnection(ProposedFeatures.all), { validate: mermaidValidator });
