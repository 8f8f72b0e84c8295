// The list of diagram cards and how an update from the host changes it: cards are reused by position, a
// diagram whose text (and theme) did not change keeps its picture untouched, and a diagram with an error keeps
// its last good picture under the error.
import * as l10n from '../core/l10n/translations';
import { DiagramCard, type CardAction } from './diagram-card';
import { pngBase64, standaloneSvg } from './export-image';
import type { MermaidRenderer } from './mermaid-renderer';
import type { HostMessage, PreviewOptions, PreviewState, WebviewMessage } from './protocol';
import { naturalSize, svgElementFrom } from './svg-element';

type Update = Extract<HostMessage, { type: 'update' }>;

export interface ViewHost {
  post(message: WebviewMessage): void;
  saveState(state: PreviewState): void;
}

export class PreviewView {
  private cards: DiagramCard[] = [];
  private generation = 0;
  private uri: string | undefined;
  private options: PreviewOptions = { pngBackground: 'theme' };
  private zoom: Record<string, number>;
  private highlighted: number | undefined;
  private scrollPending: number | undefined;
  /** Page scroll to restore once the first pictures are in (after a reload). */
  private restoreScrollY: number | undefined;

  constructor(
    private readonly container: HTMLElement,
    private readonly renderer: MermaidRenderer,
    private readonly host: ViewHost,
    restored: PreviewState | undefined,
  ) {
    this.uri = restored?.uri;
    this.zoom = { ...restored?.zoom };
    this.restoreScrollY = restored?.scrollY || undefined;
  }

  /** Shows the host's latest list of diagrams; resolves when every picture is up to date. */
  async update(message: Update): Promise<void> {
    const generation = ++this.generation;
    if (message.uri !== this.uri) {
      // Another note: its diagrams start afresh (zoom, highlight); only a reload of the same note keeps them.
      this.zoom = {};
      this.highlighted = undefined;
      this.restoreScrollY = undefined;
      for (const card of this.cards.splice(0)) card.root.remove();
    }
    this.uri = message.uri;
    this.options = message.options;
    document.querySelector('.preview-title')!.textContent = message.title;
    this.container.dataset.state = 'rendering';
    this.syncCards(message);
    this.saveState();
    for (const card of this.cards) {
      if (generation !== this.generation) return; // a newer update took over
      await this.renderCard(card);
    }
    if (generation !== this.generation) return;
    this.container.dataset.state = 'idle';
    const svgs = this.cards.filter((c) => c.svg).length;
    const errors = this.cards.filter((c) => c.root.classList.contains('has-error')).length;
    this.setStatus(errors);
    if (this.restoreScrollY !== undefined) window.scrollTo(0, this.restoreScrollY);
    if (this.scrollPending !== undefined) this.scrollTo(this.scrollPending);
    this.scrollPending = this.restoreScrollY = undefined;
    this.host.post({ type: 'rendered', svgs, errors });
  }

  /** Redraws every picture (after a theme switch). */
  rerender(): Promise<void> {
    for (const card of this.cards) card.pictureKey = undefined;
    return this.update({ type: 'update', uri: this.uri ?? '', title: document.querySelector('.preview-title')!.textContent ?? '', diagrams: this.cards.map((c) => c.diagram), options: this.options });
  }

  /** Highlights one diagram and, if asked, scrolls it into view (now and again once pictures settle). */
  reveal(index: number | undefined, scroll: boolean): void {
    this.highlighted = index;
    for (const card of this.cards) card.highlight(card.diagram.index === index);
    if (index === undefined || !scroll) return;
    this.scrollTo(index);
    if (this.container.dataset.state === 'rendering') this.scrollPending = index;
  }

  private scrollTo(index: number): void {
    this.cards[index]?.root.scrollIntoView({ block: 'start' });
  }

  private syncCards(message: Update): void {
    const { diagrams } = message;
    for (const card of this.cards.splice(diagrams.length)) card.root.remove();
    diagrams.forEach((diagram, i) => {
      const existing = this.cards[i];
      if (existing) return existing.setDiagram(diagram);
      const card = new DiagramCard(diagram, this.zoom[i] ?? 1, {
        revealSource: (c, line) => this.host.post({ type: 'reveal-source', index: c.diagram.index, line }),
        action: (c, action) => void this.export(c, action),
        zoomed: (c, zoom) => {
          this.zoom[c.diagram.index] = zoom;
          this.saveState();
        },
      });
      this.cards.push(card);
      this.container.append(card.root);
    });
    this.cards.forEach((c) => c.highlight(c.diagram.index === this.highlighted));
    this.container.classList.toggle('empty', diagrams.length === 0);
    if (diagrams.length === 0) this.setStatus(0);
  }

  private async renderCard(card: DiagramCard): Promise<void> {
    const diagram = card.diagram;
    if (diagram.error) return card.showError(diagram.error.line, diagram.error.message);
    const key = this.renderer.key(diagram.text);
    if (card.pictureKey === key) return card.clearError();
    // Typed over before its turn came: skip it; the update carrying the newer text draws that instead.
    const outcome = await this.renderer.render(diagram.text, () => card.diagram === diagram && this.cards.includes(card));
    if (!outcome || card.diagram !== diagram) return; // replaced while rendering; its own update renders it
    const svg = outcome.ok ? svgElementFrom(outcome.svg) : undefined;
    if (svg) {
      card.showPicture(svg, key);
      card.clearError();
    } else if (diagram.pending) {
      // The server has not judged this text yet (usually a half-typed line): keep what is on screen quietly; the
      // update with its verdict shows the error card with the note's line.
      return;
    } else if (!outcome.ok) {
      card.showError(outcome.line === undefined ? diagram.textStartLine : diagram.textStartLine + outcome.line, outcome.message);
    } else {
      card.showError(diagram.textStartLine, l10n.t('mermaid produced no picture for this diagram.'));
    }
  }

  private async export(card: DiagramCard, action: CardAction): Promise<void> {
    const svg = card.svg;
    const index = card.diagram.index;
    if (!svg) {
      this.host.post({ type: 'problem', message: l10n.t('Diagram {0} has no picture to export yet: fix its error first.', index + 1) });
      return;
    }
    const background = themeBackground();
    try {
      if (action === 'save-svg') this.host.post({ type: 'save', index, format: 'svg', data: standaloneSvg(svg, background) });
      else if (action === 'copy-svg') this.host.post({ type: 'copy-svg', index, svg: standaloneSvg(svg, background) });
      else {
        const doc = standaloneSvg(svg, this.options.pngBackground === 'theme' ? background : undefined);
        this.host.post({ type: 'save', index, format: 'png', data: await pngBase64(doc, naturalSize(svg), 2) });
      }
    } catch (error) {
      this.host.post({ type: 'problem', message: l10n.t('Could not export diagram {0}: {1}', index + 1, error instanceof Error ? error.message : String(error)) });
    }
  }

  private setStatus(errors: number): void {
    const status = document.querySelector('.preview-status')!;
    if (this.cards.length === 0) status.textContent = l10n.t('No Mermaid diagrams in this note.');
    else if (errors === 0) status.textContent = this.cards.length === 1 ? l10n.t('1 diagram') : l10n.t('{0} diagrams', this.cards.length);
    else status.textContent = this.cards.length === 1 ? l10n.t('1 diagram, {0} with errors', errors) : l10n.t('{0} diagrams, {1} with errors', this.cards.length, errors);
  }

  saveState(): void {
    this.host.saveState({ uri: this.uri, zoom: this.zoom, scrollY: window.scrollY });
  }
}

/** The editor background VS Code paints behind the preview, or undefined if transparent. */
function themeBackground(): string | undefined {
  const color = getComputedStyle(document.body).backgroundColor;
  return !color || color === 'transparent' || /rgba\(.*,\s*0\)$/.test(color) ? undefined : color;
}
