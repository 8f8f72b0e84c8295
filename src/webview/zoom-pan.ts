// Zoom and pan of one diagram. Zoom resizes the SVG (its width/height attributes, so text stays crisp) inside a
// scrolling viewport; a wide sequence diagram therefore keeps its size and scrolls instead of being squeezed.
// Pan is the viewport's own scrolling, plus dragging with the mouse.

export const MIN_ZOOM = 0.1;
export const MAX_ZOOM = 8;
const STEP = 1.25;
const DRAG_THRESHOLD = 4;

export class ZoomPan {
  private zoom: number;
  private dragged = false;

  constructor(
    private readonly viewport: HTMLElement,
    private readonly size: () => { width: number; height: number } | undefined,
    private readonly onZoom: (zoom: number) => void,
    initialZoom = 1,
  ) {
    this.zoom = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, initialZoom));
    viewport.addEventListener('wheel', (e) => this.onWheel(e), { passive: false });
    viewport.addEventListener('pointerdown', (e) => this.onPointerDown(e));
  }

  get level(): number {
    return this.zoom;
  }

  /** True if the last pointer gesture was a drag (so it must not count as a click). */
  get wasDrag(): boolean {
    return this.dragged;
  }

  /** Sizes a new picture at the current zoom (no state change to report). */
  apply(): void {
    const svg = this.viewport.querySelector('svg');
    const size = this.size();
    if (!svg || !size) return;
    svg.setAttribute('width', String(Math.round(size.width * this.zoom)));
    svg.setAttribute('height', String(Math.round(size.height * this.zoom)));
  }

  set(zoom: number, anchor?: { x: number; y: number }): void {
    const next = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom));
    const previous = this.zoom;
    this.zoom = next;
    this.apply();
    if (this.size()) {
      if (anchor && previous !== next) {
        // Keep the point under the pointer where it was.
        const ratio = next / previous;
        this.viewport.scrollLeft = (this.viewport.scrollLeft + anchor.x) * ratio - anchor.x;
        this.viewport.scrollTop = (this.viewport.scrollTop + anchor.y) * ratio - anchor.y;
      }
    }
    this.onZoom(next);
  }

  zoomIn(): void {
    this.set(this.zoom * STEP);
  }

  zoomOut(): void {
    this.set(this.zoom / STEP);
  }

  /** Scale so the whole width fits the viewport. */
  fitWidth(): void {
    const size = this.size();
    if (size) this.set((this.viewport.clientWidth - 2) / size.width);
  }

  actualSize(): void {
    this.set(1);
  }

  private onWheel(e: WheelEvent): void {
    if (!e.ctrlKey && !e.metaKey) return;
    e.preventDefault();
    const rect = this.viewport.getBoundingClientRect();
    this.set(this.zoom * (e.deltaY < 0 ? STEP : 1 / STEP), { x: e.clientX - rect.left, y: e.clientY - rect.top });
  }

  private onPointerDown(e: PointerEvent): void {
    if (e.button !== 0) return;
    this.dragged = false;
    const start = { x: e.clientX, y: e.clientY, left: this.viewport.scrollLeft, top: this.viewport.scrollTop };
    const move = (m: PointerEvent) => {
      const dx = m.clientX - start.x;
      const dy = m.clientY - start.y;
      if (!this.dragged && Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
      this.dragged = true;
      this.viewport.scrollLeft = start.left - dx;
      this.viewport.scrollTop = start.top - dy;
    };
    const up = () => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
  }
}
