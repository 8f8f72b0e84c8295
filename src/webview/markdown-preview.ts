// Script for VS Code's built-in Markdown preview (`markdown.previewScripts`, part of dist/webview.js, started by
// page-entry.ts when the page is not our panel). It draws only the elements our markdown-it plugin emits for untagged diagram fences
// where VS Code has no Mermaid renderer of its own (1.100); it never touches `.mermaid` elements, so it cannot
// clash with another renderer.
import { MermaidRenderer } from './mermaid-renderer';
import { svgElementFrom } from './svg-element';
import { currentTheme, watchTheme } from './theme';

const SELECTOR = '.archlens-mermaid';
const renderer = new MermaidRenderer();

async function renderAll(): Promise<void> {
  renderer.setTheme(currentTheme());
  for (const element of document.querySelectorAll<HTMLElement>(SELECTOR)) {
    // The source stays on the element so a theme change can redraw it.
    const text = (element.dataset.archlensSource ??= element.textContent ?? '');
    // The preview replaces its content on every edit: skip elements that left the page while waiting.
    const outcome = await renderer.render(text, () => element.isConnected);
    if (!outcome) continue;
    const svg = outcome.ok ? svgElementFrom(outcome.svg) : undefined;
    if (svg) {
      svg.style.removeProperty('max-width');
      element.replaceChildren(svg);
      element.classList.remove('archlens-mermaid-error');
    } else {
      const pre = document.createElement('pre');
      // The labels come translated on the element (untagged-fences-plugin.ts); English when absent.
      pre.textContent = outcome.ok
        ? (element.dataset.archlensNoPicture ?? 'mermaid produced no picture for this diagram.')
        : (element.dataset.archlensError ?? 'Mermaid error: {0}').replace('{0}', () => outcome.message);
      element.replaceChildren(pre);
      element.classList.add('archlens-mermaid-error');
    }
  }
  document.body.dataset.archlensRendered = String(document.querySelectorAll(`${SELECTOR} svg`).length);
}

// The Markdown preview replaces its content on every edit and announces it with this event.
window.addEventListener('vscode.markdown.updateContent', () => void renderAll());
watchTheme(() => {
  for (const element of document.querySelectorAll<HTMLElement>(SELECTOR)) element.replaceChildren();
  void renderAll();
});
void renderAll();
