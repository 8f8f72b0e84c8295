// Entry of dist/webview.js, the one bundle that carries mermaid for both pages that draw diagrams: our
// preview panel and VS Code's built-in Markdown preview (`markdown.previewScripts`). Shipping mermaid once keeps
// the .vsix small. The panel's HTML marks its script tag with `data-archlens-role="diagram-preview"`; VS Code's
// Markdown preview loads contributed scripts with no such attribute. The role is read from our own script tag, not
// from the page, so nothing a note contains can switch it.
const role = document.currentScript instanceof HTMLScriptElement ? document.currentScript.dataset.archlensRole : undefined;

// esbuild inlines both modules into this bundle (no code splitting); the import only picks which one starts.
if (role === 'diagram-preview') void import('./main');
else void import('./markdown-preview');
