// The preview's HTML shell. It contains no document content at all: diagrams arrive later as postMessage
// data, so nothing a note contains can ever be parsed as this page's HTML. Free of `vscode` so the
// Chromium tests load exactly this page.

export interface PreviewHtmlInput {
  /** `webview.cspSource`: the origin VS Code serves `asWebviewUri` resources from. */
  readonly cspSource: string;
  /** `asWebviewUri` of dist/webview.js (shared with the Markdown preview; the tag's role attribute picks the page). */
  readonly scriptUri: string;
  /** `asWebviewUri` of media/preview.css. */
  readonly styleUri: string;
  /** Fresh per page load; only the script carrying it may run. */
  readonly nonce: string;
  /** The UI translations (`vscode.l10n.bundle`); absent for English. The page reads them before it draws anything. */
  readonly l10n?: Readonly<Record<string, string>>;
}

/**
 * The Content-Security-Policy of the preview.
 * - `default-src 'none'`: no fetch, frame, font, media, worker or connect of any kind, so no network request.
 * - `script-src 'nonce-…'`: only our bundle runs; mermaid needs no eval (the Chromium test asserts no violation).
 * - `style-src … 'unsafe-inline'`: needed, and only for mermaid. While laying a diagram out, mermaid creates
 *   a `<style>` element in the live DOM (its theme CSS, which sets the font size its text measurements depend on)
 *   and its SVG carries `style="…"` attributes (e.g. `max-width`, `classDef`/`style` directives). It offers no
 *   way to put our nonce on them, and without them the pictures lose their theme colours and text layout
 *   (test/webview/preview-security.test.ts shows the violations a nonce-only policy gets). Inline styles cannot run code,
 *   and with images limited to our own origin and `data:` they cannot fetch anything either.
 * - `img-src … data:`: the PNG export draws the SVG through a `data:` image onto a canvas.
 */
export function previewCsp(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src ${cspSource} 'unsafe-inline'`,
    `img-src ${cspSource} data:`,
  ].join('; ');
}

/** The full HTML page of the preview webview. */
export function previewHtml(input: PreviewHtmlInput): string {
  const attr = escapeAttribute;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${attr(previewCsp(input.cspSource, input.nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="archlens-l10n" content="${attr(JSON.stringify(input.l10n ?? {}))}">
<link rel="stylesheet" href="${attr(input.styleUri)}">
<title>Diagram Preview</title>
</head>
<body>
<header class="preview-header"><span class="preview-title"></span><span class="preview-status" role="status"></span></header>
<main class="diagrams" aria-live="polite"></main>
<script nonce="${attr(input.nonce)}" src="${attr(input.scriptUri)}" data-archlens-role="diagram-preview"></script>
</body>
</html>`;
}

/** A random nonce (base64, 128 bits) from the platform's CSPRNG. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
