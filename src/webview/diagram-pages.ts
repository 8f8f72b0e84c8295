// The webview's side of paged updates: the host forwards the diagram list page by page (each page only what changed
// since the list the webview holds), and the webview shows the list once it is whole, as one update. A page that
// does not fit (an older refresh than one already seen, a gap, a base the webview does not hold) is dropped.
import { applyDiagramPage, isWholeList } from './apply-diagram-page';
import type { HostMessage, PreviewDiagram } from './protocol';

type Page = Extract<HostMessage, { type: 'page' }>;
type Update = Extract<HostMessage, { type: 'update' }>;

export class DiagramPages {
  /** The last whole list shown from pages, and its refresh. */
  private held: { readonly refresh: number; readonly diagrams: readonly PreviewDiagram[] } | undefined;
  /** The list being put together, and where its next page must start. */
  private assembling: { readonly refresh: number; readonly diagrams: PreviewDiagram[]; covered: number } | undefined;
  private newest = 0;

  /** @param lost called when a page cannot be applied: the host should send the whole list again. */
  constructor(private readonly lost: () => void) {}

  /** A whole list came as one update (not from pages): later pages must not build on the held one. */
  replaced(): void {
    this.held = this.assembling = undefined;
  }

  /** Takes one page; returns the whole list as an update when this page completes it. */
  receive(page: Page): Update | undefined {
    if (page.refresh < this.newest) return undefined; // an older refresh, overtaken
    if (page.refresh > this.newest) {
      this.newest = page.refresh;
      this.assembling = undefined;
      if (page.from !== 0) return this.drop();
      const base = page.base === undefined ? [] : page.base === this.held?.refresh ? this.held.diagrams : undefined;
      if (!base) return this.drop();
      const diagrams = base.slice(0, page.total);
      diagrams.length = page.total;
      this.assembling = { refresh: page.refresh, diagrams, covered: 0 };
    }
    const assembling = this.assembling;
    if (!assembling) return undefined; // this refresh was already dropped
    if (page.from !== assembling.covered || page.total !== assembling.diagrams.length || !applyDiagramPage(assembling.diagrams, page, page.base === undefined ? undefined : this.held?.diagrams)) return this.drop();
    assembling.covered = page.next;
    if (!page.done) return undefined;
    this.assembling = undefined;
    if (assembling.covered !== page.total || !isWholeList(assembling.diagrams)) return this.drop();
    this.held = { refresh: page.refresh, diagrams: assembling.diagrams };
    return { type: 'update', uri: page.uri, title: page.title, diagrams: assembling.diagrams, options: page.options };
  }

  private drop(): undefined {
    this.assembling = undefined;
    this.lost();
    return undefined;
  }
}
