// What a user does in the VS Code workbench, as Playwright steps: open a file, run a command, move the cursor,
// hover, complete, rename, quick-fix, read the Problems panel and the Outline, look into a webview.
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { FrameLocator, Locator, Page } from 'playwright-core';
import { DOCS_IMAGES } from './paths';

const LONG = 90_000;

/** Playwright helpers bound to one workbench page; screenshots go to shotsDir as `<prefix>-NN-<step>.png`. */
export class Workbench {
  private shotIndex = 0;
  constructor(readonly page: Page, readonly shotsDir: string, readonly prefix: string) {
    mkdirSync(shotsDir, { recursive: true });
    // This suite's screenshots from an earlier run would mislead (a stale *-FAILED.png): start clean
    for (const f of readdirSync(shotsDir)) if (f.startsWith(`${prefix}-`) && f.endsWith('.png')) rmSync(join(shotsDir, f));
    // A shared 2-core CI box can be slow to paint: give every Playwright action the long timeout
    page.setDefaultTimeout(LONG);
    page.setDefaultNavigationTimeout(LONG);
  }

  /** Saves a screenshot of the whole window for this step; returns its path. */
  async screenshot(step: string): Promise<string> {
    const file = join(this.shotsDir, `${this.prefix}-${String(++this.shotIndex).padStart(2, '0')}-${step}.png`);
    await this.page.screenshot({ path: file });
    return file;
  }

  /**
   * Saves the window as the README picture `docs/images/<name>.png` (a stable name: each run replaces it). Call it
   * after the step's assertions passed, so a README never shows a broken state; test/docs checks the names.
   */
  async docsImage(name: string): Promise<string> {
    mkdirSync(DOCS_IMAGES, { recursive: true });
    const file = join(DOCS_IMAGES, `${name}.png`);
    await this.page.screenshot({ path: file });
    return file;
  }

  /** Loads the workbench and waits until the Explorer lists `fileName` (workbench and remote file system up). */
  async load(url: string, fileName: string): Promise<void> {
    await this.page.goto(url, { waitUntil: 'domcontentloaded', timeout: LONG });
    await this.page.locator('.monaco-workbench').waitFor({ timeout: LONG });
    await this.explorerRow(fileName).waitFor({ timeout: LONG });
  }

  explorerRow(name: string): Locator {
    return this.page.locator(`.explorer-folders-view .monaco-list-row[aria-label="${name}"], .explorer-folders-view .monaco-list-row:has-text("${name}")`).first();
  }

  /** Opens a file by double-clicking it in the Explorer (works on every host, unlike Quick Open). */
  async openFile(name: string): Promise<void> {
    await this.explorerRow(name).dblclick();
    await this.page.locator(`.tabs-container .tab.active:has-text("${name}")`).waitFor({ timeout: LONG });
    await this.editor().locator('.view-lines').waitFor({ timeout: LONG });
  }

  /** The active text editor. */
  editor(): Locator {
    return this.page.locator('.editor-instance .monaco-editor:not(.inline-chat)').first();
  }

  /** Runs a command by its palette title through F1 (exact title match preferred). */
  async runCommand(title: string): Promise<void> {
    await this.page.keyboard.press('F1');
    const input = this.page.locator('.quick-input-widget input.input');
    await input.waitFor({ state: 'visible' });
    await input.fill(`>${title}`);
    await this.page.locator(`.quick-input-widget .monaco-list-row:has-text("${title}")`).first().waitFor({ timeout: LONG });
    await this.page.keyboard.press('Enter');
    await input.waitFor({ state: 'hidden' });
  }

  /**
   * Opens the palette on `query` and returns the rows' labels once one contains `expect`, leaving it open. The palette
   * lists the commands known when it opened, so while extensions are still loading it is closed and opened again.
   */
  async paletteRows(query: string, expect: string): Promise<string[]> {
    const input = this.page.locator('.quick-input-widget input.input');
    const rows = this.page.locator('.quick-input-widget .monaco-list-row');
    for (let attempt = 0; ; attempt++) {
      await this.page.keyboard.press('F1');
      await input.waitFor({ state: 'visible' });
      await input.fill(query);
      if (await rows.filter({ hasText: expect }).first().waitFor({ timeout: 15_000 }).then(() => true, () => attempt >= 5)) break;
      await this.page.keyboard.press('Escape');
    }
    return rows.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? (e as HTMLElement).innerText));
  }

  /** Whether the palette offers a command with this title (e.g. to see that archlens contributed it). */
  async hasCommand(title: string): Promise<boolean> {
    await this.page.keyboard.press('F1');
    const input = this.page.locator('.quick-input-widget input.input');
    await input.fill(`>${title}`);
    const row = this.page.locator(`.quick-input-widget .monaco-list-row:has-text("${title}")`).first();
    const found = await row.waitFor({ timeout: 10_000 }).then(() => true, () => false);
    await this.page.keyboard.press('Escape');
    return found;
  }

  /** Moves the cursor to a 1-based line and column with "Go to Line/Column". */
  async goTo(line: number, column = 1): Promise<void> {
    await this.page.keyboard.press('Control+G');
    const input = this.page.locator('.quick-input-widget input.input');
    await input.waitFor({ state: 'visible' });
    await input.fill(`:${line}:${column}`);
    await this.page.keyboard.press('Enter');
    await input.waitFor({ state: 'hidden' });
    await this.waitForCursor(line, column);
  }

  /**
   * The cursor position the status bar shows ("Ln 12, Col 5"); when a webview has focus the status bar shows none,
   * then the text editor's highlighted line number gives the line.
   */
  async cursor(): Promise<{ line: number; column?: number }> {
    const status = this.page.locator('#status\\.editor\\.selection');
    if (await status.count()) {
      const m = /Ln (\d+), Col (\d+)/.exec(await status.innerText());
      if (m) return { line: Number(m[1]), column: Number(m[2]) };
    }
    const active = this.page.locator('.editor-instance .monaco-editor .line-numbers.active-line-number').first();
    const line = Number((await active.innerText()).trim());
    if (!line) throw new Error('no cursor position visible');
    return { line };
  }

  async waitForCursor(line: number, column?: number, timeout = 15_000): Promise<void> {
    const until = Date.now() + timeout;
    for (;;) {
      const at = await this.cursor().catch(() => undefined);
      if (at && at.line === line && (column === undefined || at.column === undefined || at.column === column)) return;
      if (Date.now() > until) throw new Error(`cursor is at ${JSON.stringify(at)}, expected line ${line}${column ? ` col ${column}` : ''}`);
      await this.page.waitForTimeout(100);
    }
  }

  /** Rests the mouse on the text right of the cursor, as a user hovering a word, and returns the hover's text. */
  async hoverAtCursor(expect: string | RegExp): Promise<string> {
    const hover = this.page.locator('.monaco-editor .monaco-hover:not(.hidden) .monaco-hover-content').filter({ hasText: expect }).first();
    for (let attempt = 0; attempt < 4; attempt++) {
      const box = await this.editor().locator('.cursors-layer .cursor').first().boundingBox();
      if (!box) throw new Error('no cursor in the editor');
      await this.page.mouse.move(box.x + 200, box.y - 60); // away first, so the hover starts afresh
      await this.page.mouse.move(box.x + 4, box.y + box.height / 2, { steps: 4 });
      if (await hover.waitFor({ timeout: 20_000 }).then(() => true, () => false)) break;
    }
    return hover.innerText();
  }

  /** Opens the suggest widget at the cursor (Ctrl+Space) and returns the labels it lists. */
  async completionLabels(expect: string): Promise<string[]> {
    const widget = this.page.locator('.editor-widget.suggest-widget.visible');
    for (let attempt = 0; attempt < 3; attempt++) {
      await this.page.keyboard.press('Control+Space');
      const ok = await widget.locator(`.monaco-list-row:has-text("${expect}")`).first().waitFor({ timeout: 20_000 }).then(() => true, () => false);
      if (ok) break;
      await this.page.keyboard.press('Escape');
    }
    return widget.locator('.monaco-list-row .label-name').allInnerTexts();
  }

  /** Renames the symbol at the cursor with F2. */
  async renameAtCursor(newName: string): Promise<void> {
    await this.page.keyboard.press('F2');
    const input = this.page.locator('.rename-box input, .rename-box textarea').first();
    await input.waitFor({ state: 'visible', timeout: LONG });
    await input.fill(newName);
    await this.page.keyboard.press('Enter');
    await input.waitFor({ state: 'hidden', timeout: LONG });
  }

  /**
   * Opens the quick-fix menu at the cursor (Ctrl+.), moves to the action whose title starts with `title`, applies it;
   * `whileOpen` runs with the menu open on that action (e.g. a picture of it).
   */
  async quickFix(title: string, whileOpen?: () => Promise<unknown>): Promise<void> {
    const row = this.page.locator(`.action-widget .monaco-list-row.action[aria-label^="${title}"]`).first();
    for (let attempt = 0; attempt < 4; attempt++) {
      await this.page.keyboard.press('Control+.');
      if (await row.waitFor({ timeout: 20_000 }).then(() => true, () => false)) break;
      await this.page.keyboard.press('Escape');
    }
    const focused = this.page.locator('.action-widget .monaco-list-row.action.focused');
    for (let i = 0; i < 20 && !((await focused.getAttribute('aria-label')) ?? '').startsWith(title); i++) await this.page.keyboard.press('ArrowDown');
    await whileOpen?.();
    await this.page.keyboard.press('Enter');
    await row.waitFor({ state: 'detached', timeout: LONG });
  }

  /** Saves the active editor (Ctrl+S) once the edit a step made has reached it (the tab shows it as dirty). */
  async save(): Promise<void> {
    await this.page.locator('.tabs-container .tab.active.dirty').waitFor({ timeout: 30_000 });
    await this.page.keyboard.press('Control+S');
    await this.page.locator('.tabs-container .tab.active.dirty').waitFor({ state: 'detached', timeout: LONG });
  }

  /**
   * Marker rows of the Problems panel, once at least `count` rows satisfy `match` and the list stopped changing
   * for a second (so late extra markers are seen too).
   */
  async problems(match: (p: ProblemRow) => boolean, count: number): Promise<ProblemRow[]> {
    await this.runCommand('Problems: Focus on Problems View');
    const until = Date.now() + LONG;
    let last = '';
    let stableSince = Date.now();
    for (;;) {
      const rows = (await this.page.locator('.markers-panel .monaco-list-row').evaluateAll((els) => els.map((el) => ({
        text: (el as HTMLElement).innerText,
        icon: el.querySelector('.codicon-error') ? 'error' : el.querySelector('.codicon-warning') ? 'warning' : 'info',
      })))).flatMap(parseProblemRow);
      const key = JSON.stringify(rows);
      if (key !== last) { last = key; stableSince = Date.now(); }
      const matching = rows.filter(match);
      if ((matching.length >= count && Date.now() - stableSince > 1000) || Date.now() > until) return matching;
      await this.page.waitForTimeout(250);
    }
  }

  /** Rows of the Outline view as [depth, label] (aria-level: 1 = top), once a row with `expect` shows. */
  async outline(expect: string): Promise<[number, string][]> {
    await this.runCommand('Explorer: Focus on Outline View');
    // The tree is virtualized: collapse the Explorer's folder section so the Outline gets the side bar's height
    // (a handle, not a locator: once collapsed, the folder view it is found by leaves the DOM)
    const foldersHeader = await this.page.locator('.split-view-view:has(.explorer-folders-view) .pane-header').first().elementHandle();
    const collapsed = (await foldersHeader?.getAttribute('aria-expanded')) === 'true';
    if (collapsed) await foldersHeader!.click();
    const rows = this.page.locator('.pane-body.outline-pane .monaco-list-row');
    await rows.filter({ hasText: expect }).first().waitFor({ timeout: LONG });
    await this.page.waitForTimeout(500); // let the tree finish laying out after the resize
    // Group rows ("archlens diagrams") have no .label-name: fall back to the row text
    const out = await rows.evaluateAll((els) => els.map((el): [number, string] => [
      Number(el.getAttribute('aria-level')),
      (el.querySelector('.label-name')?.textContent ?? (el as HTMLElement).innerText).trim(),
    ]));
    if (collapsed) await foldersHeader!.click(); // expand the folders again for the next step
    return out;
  }

  /** The content frame of an extension's webview (outer iframe.webview.ready → iframe#active-frame). */
  webview(extensionId: string): FrameLocator {
    return this.page.frameLocator(`iframe.webview.ready[src*="extensionId=${extensionId}"]`).frameLocator('iframe#active-frame');
  }

  /** Texts of the visible editor lines, top to bottom. */
  async visibleLines(): Promise<string[]> {
    const lines = await this.editor().locator('.view-lines .view-line').evaluateAll((els) =>
      els.map((e) => ({ top: parseFloat((e as HTMLElement).style.top), text: (e.textContent ?? '').replace(/\u00a0/g, ' ') })));
    return lines.sort((a, b) => a.top - b.top).map((l) => l.text);
  }
}

/** One marker as the Problems panel shows it. */
export interface ProblemRow {
  severity: 'error' | 'warning' | 'info';
  message: string;
  source: string;
  line: number;
  column: number;
}

/** Parses a marker row ("message\nsource\n[Ln 5, Col 17]"); file header rows yield nothing. */
function parseProblemRow(row: { text: string; icon: string }): ProblemRow[] {
  const m = /\[Ln (\d+), Col (\d+)\]\s*$/.exec(row.text);
  if (!m) return [];
  const parts = row.text.slice(0, m.index).split('\n').map((t) => t.trim()).filter(Boolean);
  const severity = row.icon === 'error' || row.icon === 'warning' ? row.icon : 'info';
  return [{ severity, message: parts[0] ?? '', source: parts.slice(1).join(' '), line: Number(m[1]), column: Number(m[2]) }];
}
