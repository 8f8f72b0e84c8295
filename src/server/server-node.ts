// Placeholder entry: replaced by the Node language server.
export {};
