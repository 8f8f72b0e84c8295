// Placeholder entry: replaced by the language client (starts dist/server.js over IPC).
export function activate(): void {}
export function deactivate(): void {}
