import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { changesPreview } from '../../src/client/preview/preview-settings';

/** A change event as VS Code makes one: a section is affected when it is a changed key or a prefix of one. */
const changed = (...keys: string[]) => ({
  affectsConfiguration: (section: string) => keys.some((key) => key === section || key.startsWith(`${section}.`)),
});

const settings = Object.keys((JSON.parse(readFileSync('package.json', 'utf8')) as { contributes: { configuration: { properties: Record<string, unknown> } } }).contributes.configuration.properties);

test('the settings the preview reads redraw it: which fences are diagrams, their checks, the PNG background', () => {
  for (const key of ['archlens.diagnostics.untaggedFences', 'archlens.diagnostics.enable', 'archlens.preview.pngBackground']) {
    assert.ok(settings.includes(key), `${key} is a contributed setting`);
    assert.equal(changesPreview(changed(key)), true, key);
  }
});

test('a change to a setting the preview does not read leaves it alone (a huge note would be re-listed for nothing)', () => {
  const others = settings.filter((key) => !key.startsWith('archlens.diagnostics.') && key !== 'archlens.preview.pngBackground');
  assert.ok(others.includes('archlens.lint.maxFileSize') && others.includes('archlens.preview.codeLens'), 'the lint and CodeLens settings are among them');
  for (const key of others) assert.equal(changesPreview(changed(key)), false, key);
  assert.equal(changesPreview(changed('editor.fontSize')), false);
  assert.equal(changesPreview(changed('archlens.lint.rules', 'archlens.diagnostics.untaggedFences')), true, 'one of several changed keys');
});
