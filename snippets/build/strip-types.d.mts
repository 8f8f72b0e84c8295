/** Returns TypeScript `source` with every piece of type syntax deleted in place. */
export function stripTypes(source: string, fileName: string): string;
