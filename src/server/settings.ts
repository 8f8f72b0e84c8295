import type { Connection } from 'vscode-languageserver';
import type { ArchlensSettings } from './archlens-server';
import { DEFAULT_LARGE_NOTE_KB } from '../core/markdown/large-note';

export const DEFAULT_SETTINGS: ArchlensSettings = { diagnostics: { enable: true, untaggedFences: true }, largeNote: { maxSize: DEFAULT_LARGE_NOTE_KB } };

/**
 * Per-document `archlens` settings from the client (`workspace/configuration`), cached until the client reports
 * a change. Clients without configuration support get the defaults.
 */
export class SettingsCache {
  private readonly cache = new Map<string, Promise<ArchlensSettings>>();
  supported = false;

  constructor(private readonly connection: Connection) {}

  get(uri: string): Promise<ArchlensSettings> {
    if (!this.supported) return Promise.resolve(DEFAULT_SETTINGS);
    let settings = this.cache.get(uri);
    if (!settings) {
      settings = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'archlens' })
        .then(normalise, () => DEFAULT_SETTINGS);
      this.cache.set(uri, settings);
    }
    return settings;
  }

  forget(uri?: string): void {
    if (uri === undefined) this.cache.clear();
    else this.cache.delete(uri);
  }
}

/** Fills what the client left out with defaults (the client may send null or a partial object). */
function normalise(value: unknown): ArchlensSettings {
  const diagnostics = (value as { diagnostics?: Partial<ArchlensSettings['diagnostics']> } | null)?.diagnostics ?? {};
  const maxSize = (value as { largeNote?: { maxSize?: unknown } } | null)?.largeNote?.maxSize;
  return {
    largeNote: { maxSize: typeof maxSize === 'number' && Number.isFinite(maxSize) && maxSize >= 0 ? maxSize : DEFAULT_LARGE_NOTE_KB },
    diagnostics: {
      enable: typeof diagnostics.enable === 'boolean' ? diagnostics.enable : DEFAULT_SETTINGS.diagnostics.enable,
      untaggedFences: typeof diagnostics.untaggedFences === 'boolean' ? diagnostics.untaggedFences : DEFAULT_SETTINGS.diagnostics.untaggedFences,
    },
  };
}
