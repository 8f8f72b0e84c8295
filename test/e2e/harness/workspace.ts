// The folder a suite opens in VS Code: a temp copy of the notes and sources a scenario needs, never the repo.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { seedNotesDir } from './paths';

/** Writes files (relative path → content) into `<runRoot>/workspace`; returns the folder. */
export function createWorkspace(runRoot: string, files: Record<string, string>): string {
  const ws = join(runRoot, 'workspace');
  mkdirSync(ws, { recursive: true });
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(ws, rel)), { recursive: true });
    writeFileSync(join(ws, rel), text);
  }
  return ws;
}

/** Copies one of the users' seed notes (or, without ../shared, the bundled example note) into the workspace. */
export function copySeedNote(ws: string, seedName: string, exampleName: string): { file: string; text: string } {
  const { dir, isSeeds } = seedNotesDir();
  const source = join(dir, isSeeds ? seedName : exampleName);
  const file = join(ws, isSeeds ? seedName : exampleName);
  copyFileSync(source, file);
  return { file, text: readFileSync(file, 'utf8') };
}
