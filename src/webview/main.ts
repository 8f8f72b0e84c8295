// Entry of the preview webview (bundled to dist/webview.js with mermaid). Receives diagrams as message data
// from the extension, renders them, and reports clicks and exports back.
import { MermaidRenderer } from './mermaid-renderer';
import type { HostMessage } from './protocol';
import { PreviewView } from './preview-view';
import { currentTheme, watchTheme } from './theme';
import { vscodeApi } from './vscode-api';

const api = vscodeApi();
const restored = api.getState();
const renderer = new MermaidRenderer();
renderer.setTheme(currentTheme());
const view = new PreviewView(document.querySelector<HTMLElement>('main.diagrams')!, renderer, {
  post: (message) => api.postMessage(message),
  saveState: (state) => api.setState(state),
}, restored);

window.addEventListener('message', (event: MessageEvent<HostMessage>) => {
  const message = event.data;
  if (!message || typeof message !== 'object') return;
  if (message.type === 'update' && Array.isArray(message.diagrams)) void view.update(message);
  else if (message.type === 'reveal') view.reveal(message.index, message.scroll);
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
