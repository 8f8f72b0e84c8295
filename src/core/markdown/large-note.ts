// Which notes are too large for the per-diagram editor extras (outline entries, folding ranges, Preview CodeLens): VS Code ships
// every entry to the window in one message, so a note with thousands of diagrams freezes the editor for seconds.

/** Default `archlens.largeNote.maxSize` in KB: far above hand-written notes (the users' largest is ~130 KB). */
export const DEFAULT_LARGE_NOTE_KB = 1024;

/**
 * Whether `text` is more than `maxKb` KB of UTF-8 (`0` = no limit). Counts only until the limit is passed, so a
 * 10 MB note costs as much as a 1 MB one.
 */
export function isOverSize(text: string, maxKb: number): boolean {
  const byLength = sizeVerdictByLength(text.length, maxKb);
  if (byLength !== undefined) return byLength;
  const limit = maxKb * 1024;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4; // a surrogate pair: one 4-byte character
      i++;
    } else bytes += 3;
    if (bytes > limit) return true;
  }
  return false;
}

/**
 * Whether a text of `units` UTF-16 units is over `maxKb` KB of UTF-8 when its length alone decides, else undefined:
 * lets an editor decide for a huge document without copying its text.
 */
export function sizeVerdictByLength(units: number, maxKb: number): boolean | undefined {
  if (!(maxKb > 0)) return false;
  const limit = maxKb * 1024;
  if (units > limit) return true; // every UTF-16 unit is at least one UTF-8 byte
  if (units * 3 <= limit) return false; // and at most three
  return undefined;
}

/** `2.0 MB` / `740 KB`, as the skip message shows a size. */
export function shownSize(text: string): string {
  const kb = new TextEncoder().encode(text).length / 1024;
  return kb >= 1024 ? `${(kb / 1024).toFixed(1)} MB` : `${Math.ceil(kb)} KB`;
}
