// Entry of the preview webview (bundled to dist/webview.js with mermaid). Receives diagrams as message data
// from the extension, renders them, and reports clicks and exports back.
import { useTranslations } from '../core/l10n/translations';
import { DiagramPages } from './diagram-pages';
import { MermaidRenderer } from './mermaid-renderer';
import type { HostMessage } from './protocol';
import { PreviewView } from './preview-view';
import { currentTheme, watchTheme } from './theme';
import { vscodeApi } from './vscode-api';

// The host puts the UI translations in the page (a meta tag) so the first card is drawn in the user's language.
useTranslations(readTranslations());
const api = vscodeApi();
const restored = api.getState();
const renderer = new MermaidRenderer();
renderer.setTheme(currentTheme());
const view = new PreviewView(document.querySelector<HTMLElement>('main.diagrams')!, renderer, {
  post: (message) => api.postMessage(message),
  saveState: (state) => api.setState(state),
}, restored);
const pages = new DiagramPages(() => api.postMessage({ type: 'resync' }));

window.addEventListener('message', (event: MessageEvent<HostMessage>) => {
  const message = event.data;
  if (!message || typeof message !== 'object') return;
  if (message.type === 'update' && Array.isArray(message.diagrams)) {
    pages.replaced();
    void view.update(message);
  } else if (message.type === 'page' && Array.isArray(message.changes)) {
    const whole = pages.receive(message);
    if (whole) void view.update(whole);
  } else if (message.type === 'reveal') view.reveal(message.index, message.scroll);
});

watchTheme((theme) => {
  renderer.setTheme(theme);
  void view.rerender();
});

let scrollTimer: ReturnType<typeof setTimeout> | undefined;
window.addEventListener('scroll', () => {
  clearTimeout(scrollTimer);
  scrollTimer = setTimeout(() => view.saveState(), 200);
});

api.postMessage({ type: 'ready', uri: restored?.uri });

/** The translations the host embedded in the page; English when absent or unreadable. */
function readTranslations(): Record<string, string> | undefined {
  try {
    const json = document.querySelector<HTMLMetaElement>('meta[name="archlens-l10n"]')?.content;
    return json ? (JSON.parse(json) as Record<string, string>) : undefined;
  } catch {
    return undefined;
  }
}
