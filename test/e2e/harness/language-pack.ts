// VS Code switches its display language only to a locale that an installed language pack provides, and Microsoft's
// Chinese pack comes from the marketplace, which an offline machine cannot reach. This stub pack declares zh-cn with
// no translation of VS Code's own strings: `--locale zh-cn` then takes effect as with the real pack
// (vscode.env.language is "zh-cn", extensions get package.nls.zh-cn.json and l10n/bundle.l10n.zh-cn.json), while
// the workbench's own labels fall back to English.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createVSIX } from '@vscode/vsce';

/** Packs a translation-free language pack for `locale` into `<dir>/language-pack-<locale>.vsix`; returns its path. */
export async function stubLanguagePack(dir: string, locale: string): Promise<string> {
  const root = join(dir, `language-pack-${locale}`);
  mkdirSync(join(root, 'translations'), { recursive: true });
  writeFileSync(join(root, 'package.json'), JSON.stringify({
    name: `e2e-language-pack-${locale}`, publisher: 'archlens-e2e', version: '0.0.1', license: 'MIT',
    description: `Declares the ${locale} display language for the e2e suite (no translations of VS Code itself)`,
    engines: { vscode: '^1.100.0' }, categories: ['Language Packs'],
    contributes: { localizations: [{ languageId: locale, languageName: locale, localizedLanguageName: locale,
      translations: [{ id: 'vscode', path: './translations/main.i18n.json' }] }] },
  }, null, 2));
  writeFileSync(join(root, 'translations', 'main.i18n.json'), JSON.stringify({ version: '1.0.0', contents: {} }));
  const packagePath = join(dir, `language-pack-${locale}.vsix`);
  await createVSIX({ cwd: root, packagePath, dependencies: false, skipLicense: true, allowMissingRepository: true });
  return packagePath;
}

/**
 * Writes `<userDataDir>/languagepacks.json` for the language packs installed in `extensionsDir`. VS Code's language
 * pack service writes this index when it installs a pack, but code-server's `--install-extension` (a separate CLI
 * process) does not, and without the index the server resolves every `--locale` to English.
 */
export function indexLanguagePacks(extensionsDir: string, userDataDir: string): void {
  const index: Record<string, unknown> = {};
  for (const folder of readdirSync(extensionsDir, { withFileTypes: true })) {
    if (!folder.isDirectory()) continue;
    const root = join(extensionsDir, folder.name);
    let manifest;
    try { manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')); } catch { continue; }
    for (const loc of manifest.contributes?.localizations ?? []) {
      index[loc.languageId] = {
        hash: `${manifest.publisher}.${manifest.name}-${manifest.version}`,
        extensions: [{ extensionIdentifier: { id: `${manifest.publisher}.${manifest.name}` }, version: manifest.version }],
        translations: Object.fromEntries(loc.translations.map((t: { id: string; path: string }) => [t.id, join(root, t.path)])),
        label: loc.localizedLanguageName ?? loc.languageId,
      };
    }
  }
  writeFileSync(join(userDataDir, 'languagepacks.json'), JSON.stringify(index, null, 2));
}
