// Placeholder entry: replaced by the preview webview script.
export {};
