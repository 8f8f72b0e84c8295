// Every message archlens shows has a translation in every locale it ships, and no locale keeps translations
// nobody asks for: the runtime bundles (l10n/bundle.l10n.<locale>.json) against the source's l10n.t calls and the
// lint rules' message templates, and the manifest's package.nls.<locale>.json against package.json's %keys%.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { plugin } from '../../src/core/lint/plugin';
import { sourceMessages } from './source-messages';

const json = (path: string): Record<string, string> => JSON.parse(readFileSync(path, 'utf8'));
const bundleFiles = readdirSync('l10n').filter((f) => /^bundle\.l10n\.[\w-]+\.json$/.test(f));
const nlsFiles = readdirSync('.').filter((f) => /^package\.nls\.[\w-]+\.json$/.test(f));
const { messages, dynamic } = sourceMessages();
const ruleTemplates = Object.values(plugin.rules).flatMap((rule) => Object.values(rule.meta.messages as Record<string, string>));

/** The placeholders a translation must keep: l10n's {0}/{name} and ESLint's {{name}}. */
function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*\w+\s*\}\}|\{\w+\}/g)].map((m) => m[0].replace(/\s/g, '')).sort();
}

test('the source was scanned: client, server, webview, core and CLI messages and every lint rule template', () => {
  const files = new Set(messages.values());
  for (const area of ['src/client/', 'src/server/', 'src/webview/', 'src/core/', 'src/cli/']) {
    assert.ok([...files].some((f) => f.startsWith(area)), `no l10n.t call found under ${area}`);
  }
  assert.ok(messages.size > 100, `${messages.size} messages`);
  assert.ok(ruleTemplates.length >= 20, `${ruleTemplates.length} rule templates`);
  assert.deepEqual(dynamic, [], 'every l10n.t call passes its English message as a literal (or is marked "// l10n: dynamic")');
});

test('zh-cn is shipped, for the runtime and for the manifest', () => {
  assert.ok(bundleFiles.includes('bundle.l10n.zh-cn.json'));
  assert.ok(nlsFiles.includes('package.nls.zh-cn.json'));
});

for (const file of bundleFiles) {
  const bundle = json(`l10n/${file}`);

  test(`${file}: every message the source translates has a translation`, () => {
    const missing = [...messages].filter(([message]) => !bundle[message]).map(([message, source]) => `${source}: ${JSON.stringify(message)}`);
    assert.deepEqual(missing, []);
  });

  test(`${file}: every lint rule message has a translation with the same {{placeholders}}`, () => {
    assert.deepEqual(ruleTemplates.filter((template) => !bundle[template]), []);
  });

  test(`${file}: every translation keeps its message's placeholders`, () => {
    const broken = Object.entries(bundle).filter(([message, translation]) => placeholders(message).join() !== placeholders(translation).join());
    assert.deepEqual(broken, []);
  });

  test(`${file}: no stale translations (every key is a message the source or a rule still uses)`, () => {
    const used = new Set([...messages.keys(), ...ruleTemplates]);
    assert.deepEqual(Object.keys(bundle).filter((key) => !used.has(key)), []);
  });
}

test('package.json: every %key% is in package.nls.json and every locale, and no nls file has unused keys', () => {
  const manifest = readFileSync('package.json', 'utf8');
  const keys = new Set([...manifest.matchAll(/"%([\w.-]+)%"/g)].map((m) => m[1]!));
  assert.ok(keys.size >= 15, `${keys.size} manifest keys`);
  for (const file of ['package.nls.json', ...nlsFiles]) {
    const nls = json(file);
    assert.deepEqual([...keys].filter((key) => !nls[key]), [], `${file} misses keys`);
    assert.deepEqual(Object.keys(nls).filter((key) => !keys.has(key)), [], `${file} has stale keys`);
  }
});

test('package.json: commands, settings and their enum descriptions are all localized (no English left inline)', () => {
  const { contributes } = json('package.json') as unknown as {
    contributes: {
      commands: { title: string; category: string }[];
      configuration: { title: string; properties: Record<string, { description?: string; markdownDescription?: string; enumDescriptions?: string[] }> };
    };
  };
  const isKey = (text: string | undefined) => text === undefined || /^%[\w.-]+%$/.test(text);
  for (const command of contributes.commands) assert.ok(isKey(command.title) && isKey(command.category), JSON.stringify(command));
  assert.ok(isKey(contributes.configuration.title));
  for (const [id, setting] of Object.entries(contributes.configuration.properties)) {
    assert.ok(setting.description !== undefined || setting.markdownDescription !== undefined, `${id} has a description`);
    assert.ok(isKey(setting.description) && isKey(setting.markdownDescription), id);
    for (const text of setting.enumDescriptions ?? []) assert.ok(isKey(text), `${id}: ${text}`);
  }
});
