/** The module text with its tab-stop markers removed. */
export function withoutMarkers(text: string): string;
/** Renders marked module text as snippet body lines. */
export function renderSnippet(text: string, fileName: string): string[];
/** The two lines of the module's leading doc comment. */
export function docLines(text: string, fileName: string): [string, string];
