/** Palette commands of the language client (contributed in package.json). */
export const RESTART_SERVER_COMMAND = 'archlens.restartServer';
export const TAG_ALL_FENCES_COMMAND = 'archlens.tagAllFences';
/** The server-side command that computes and applies the tag-all edit (src/server/handlers/code-actions.ts). */
export const SERVER_TAG_ALL_FENCES_COMMAND = 'archlens.server.tagAllFences';
