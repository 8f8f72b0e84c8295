// Headless Debian Chromium driven by playwright-core, with every console error and failed request recorded so a
// suite can assert that archlens caused none (the known, harmless code-server noise is filtered out).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** Console errors and bad requests seen by the page, its workers and its webview frames. */
export interface PageProblems {
  consoleErrors: string[];
  badRequests: string[];
  /** Every console line (extension-host output reaches the page console as "[Extension Host] …"). */
  consoleLines: string[];
}

// Present in every code-server run, unrelated to archlens (see shared/recipes/real-vscode.md):
// vsda is a Microsoft-only module absent from OSS builds; the marketplace (open-vsx) is unreachable offline.
const KNOWN_NOISE = [/vsda(_bg\.wasm|\.js)/, /open-vsx\.org/, /marketplace\.visualstudio\.com/, /update\.code\.visualstudio\.com/];

/** Drops the known noise; what remains is worth a look. */
export function withoutNoise(lines: string[]): string[] {
  return lines.filter((l) => !KNOWN_NOISE.some((re) => re.test(l)));
}

/**
 * The lines that concern archlens: its extension id, its bundle paths or its webview. A request the page itself
 * cancelled (net::ERR_ABORTED, e.g. a webview whose document was replaced while loading) is not a failure to serve.
 */
export function archlensLines(lines: string[]): string[] {
  return withoutNoise(lines).filter((l) => /archlens/i.test(l) && !/net::ERR_ABORTED$/.test(l));
}

/** Launches Chromium with a fresh profile in dir (third-party cookies allowed: test-web webviews need them). */
export async function launchBrowser(dir: string): Promise<{ context: BrowserContext; page: Page; problems: PageProblems }> {
  const profile = join(dir, 'chromium-profile');
  mkdirSync(join(profile, 'Default'), { recursive: true });
  writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify({ profile: { cookie_controls_mode: 0, block_third_party_cookies: false } }));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    // A common laptop size: the README pictures are these screenshots, uncropped
    viewport: { width: 1280, height: 800 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic',
      '--no-first-run', '--disable-component-update', '--disable-sync'],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const problems: PageProblems = { consoleErrors: [], badRequests: [], consoleLines: [] };
  page.on('console', (m) => {
    // "Failed to load resource" names no URL in its text: append where it came from
    const text = m.location().url ? `${m.text()} @ ${m.location().url}` : m.text();
    problems.consoleLines.push(text);
    if (m.type() === 'error') problems.consoleErrors.push(text);
  });
  page.on('pageerror', (e) => problems.consoleErrors.push(`pageerror: ${e.message}`));
  context.on('requestfailed', (r) => problems.badRequests.push(`FAILED ${r.url()} ${r.failure()?.errorText ?? ''}`));
  context.on('response', (r) => { if (r.status() >= 400) problems.badRequests.push(`${r.status()} ${r.url()}`); });
  return { context, page, problems };
}
