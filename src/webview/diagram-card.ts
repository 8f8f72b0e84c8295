// The DOM of one diagram in the preview: its heading, a toolbar, the error (if any) and the picture.
// Every piece of note text goes in through textContent; the only markup inserted is mermaid's sanitised SVG.
import * as l10n from '../core/l10n/translations';
import type { PreviewDiagram } from './protocol';
import { naturalSize } from './svg-element';
import { ZoomPan } from './zoom-pan';

export type CardAction = 'save-svg' | 'save-png' | 'copy-svg';

export interface CardEvents {
  /** The user asked to see document line `line` (clicked the picture or the error). */
  revealSource(card: DiagramCard, line: number): void;
  action(card: DiagramCard, action: CardAction): void;
  zoomed(card: DiagramCard, zoom: number): void;
}

/** The toolbar, translated when a card is built (the page sets its translations before the first card). */
const buttons = (): ReadonlyArray<readonly [action: string, label: string, title: string]> => [
  ['zoom-out', '−', l10n.t('Zoom out (Ctrl/Cmd + wheel)')],
  ['zoom-in', '+', l10n.t('Zoom in (Ctrl/Cmd + wheel)')],
  ['fit-width', l10n.t('Fit width'), l10n.t('Scale the diagram to the width of the preview')],
  ['actual-size', l10n.t('Actual size'), l10n.t('Show the diagram at its actual size')],
  ['save-svg', l10n.t('Save as SVG'), l10n.t('Save this diagram as an SVG file')],
  ['save-png', l10n.t('Save as PNG'), l10n.t('Save this diagram as a PNG image at twice its size')],
  ['copy-svg', l10n.t('Copy SVG'), l10n.t('Copy this diagram as SVG markup')],
];

export class DiagramCard {
  readonly root: HTMLElement;
  private readonly heading: HTMLElement;
  private readonly kind: HTMLElement;
  private readonly zoomLabel: HTMLElement;
  private readonly error: HTMLElement;
  private readonly viewport: HTMLElement;
  private readonly zoomPan: ZoomPan;
  private size: { width: number; height: number } | undefined;
  /** The diagram this card shows now (the latest from the host). */
  diagram: PreviewDiagram;
  /** Render key of the picture on screen: the last good picture survives errors. */
  pictureKey: string | undefined;

  constructor(diagram: PreviewDiagram, zoom: number, private readonly events: CardEvents) {
    this.diagram = diagram;
    this.root = el('section', 'diagram');
    const header = el('div', 'diagram-header');
    this.heading = el('span', 'diagram-heading');
    this.kind = el('span', 'diagram-kind');
    const toolbar = el('span', 'diagram-toolbar');
    this.zoomLabel = el('span', 'zoom-level');
    toolbar.append(this.zoomLabel);
    for (const [action, label, title] of buttons()) {
      const button = el('button', 'toolbar-button');
      button.type = 'button';
      button.dataset.action = action;
      button.textContent = label;
      button.title = title;
      button.addEventListener('click', (e) => {
        e.stopPropagation();
        this.onButton(action);
      });
      toolbar.append(button);
    }
    header.append(this.heading, this.kind, toolbar);
    this.error = el('div', 'diagram-error');
    this.error.hidden = true;
    this.viewport = el('div', 'viewport');
    this.viewport.tabIndex = 0;
    this.viewport.title = l10n.t('Click to show the source of this diagram');
    this.viewport.addEventListener('click', () => {
      if (!this.zoomPan.wasDrag) this.events.revealSource(this, this.diagram.textStartLine);
    });
    this.root.append(header, this.error, this.viewport);
    this.zoomPan = new ZoomPan(this.viewport, () => this.size, (z) => {
      this.showZoom(z);
      this.events.zoomed(this, z);
    }, zoom);
    this.showZoom(this.zoomPan.level);
    this.setDiagram(diagram);
  }

  get zoom(): number {
    return this.zoomPan.level;
  }

  /** The picture on screen, if any. */
  get svg(): SVGSVGElement | null {
    return this.viewport.querySelector('svg');
  }

  setDiagram(diagram: PreviewDiagram): void {
    this.diagram = diagram;
    this.root.dataset.index = String(diagram.index);
    this.root.dataset.line = String(diagram.textStartLine);
    this.root.dataset.kind = diagram.kind ?? '';
    this.heading.textContent = diagram.heading ?? l10n.t('(no heading)');
    this.kind.textContent = diagram.kind ?? '';
  }

  /** Replaces the picture; keeps the zoom level. */
  showPicture(svg: SVGSVGElement, key: string): void {
    this.size = naturalSize(svg);
    // Mermaid caps the width to its container with an inline max-width; we size the picture ourselves.
    svg.style.removeProperty('max-width');
    svg.classList.add('diagram-svg');
    this.viewport.replaceChildren(svg);
    this.pictureKey = key;
    this.root.classList.remove('no-picture');
    this.zoomPan.apply();
  }

  /** Shows an error under the heading, pointing at document line `line`; the last picture stays. */
  showError(line: number | undefined, message: string): void {
    this.root.classList.add('has-error');
    if (!this.svg) this.root.classList.add('no-picture');
    const link = el('button', 'error-link');
    link.type = 'button';
    link.textContent = line === undefined ? message : l10n.t('Line {0}: {1}', line + 1, message);
    if (line !== undefined) {
      link.dataset.line = String(line);
      link.title = l10n.t('Go to the error in the note');
      link.addEventListener('click', () => this.events.revealSource(this, line));
    }
    const hint = el('span', 'error-hint');
    hint.textContent = this.svg ? l10n.t('Showing the last picture that rendered.') : l10n.t('No picture yet: fix the diagram to see it.');
    this.error.replaceChildren(link, hint);
    this.error.hidden = false;
  }

  clearError(): void {
    this.root.classList.remove('has-error', 'no-picture');
    this.error.hidden = true;
    this.error.replaceChildren();
  }

  highlight(on: boolean): void {
    this.root.classList.toggle('highlighted', on);
  }

  setZoom(zoom: number): void {
    this.zoomPan.set(zoom);
  }

  private showZoom(zoom: number): void {
    this.zoomLabel.textContent = `${Math.round(zoom * 100)}%`;
  }

  private onButton(action: string): void {
    switch (action) {
      case 'zoom-in': return this.zoomPan.zoomIn();
      case 'zoom-out': return this.zoomPan.zoomOut();
      case 'fit-width': return this.zoomPan.fitWidth();
      case 'actual-size': return this.zoomPan.actualSize();
      case 'save-svg': case 'save-png': case 'copy-svg': return this.events.action(this, action);
    }
  }
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  return node;
}
