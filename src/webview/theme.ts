// Maps VS Code's webview theme (the `vscode-*` classes it puts on <body>) to a mermaid theme whose text
// stays readable, and reports theme switches.
import type { MermaidConfig } from 'mermaid';

export type ThemeKind = 'light' | 'dark' | 'high-contrast' | 'high-contrast-light';

/** The theme VS Code currently applies to this webview. */
export function currentTheme(body: HTMLElement = document.body): ThemeKind {
  const c = body.classList;
  if (c.contains('vscode-high-contrast-light')) return 'high-contrast-light';
  if (c.contains('vscode-high-contrast')) return 'high-contrast';
  if (c.contains('vscode-dark')) return 'dark';
  return 'light';
}

// High contrast: mermaid's `base` theme with pure foreground-on-background colours, as VS Code's own
// high-contrast themes do; its `dark`/`default` themes use mid greys that fail contrast there.
function highContrastVariables(fg: string, bg: string): Record<string, string> {
  return {
    background: bg, primaryColor: bg, secondaryColor: bg, tertiaryColor: bg, mainBkg: bg,
    primaryTextColor: fg, secondaryTextColor: fg, tertiaryTextColor: fg, textColor: fg, lineColor: fg,
    primaryBorderColor: fg, secondaryBorderColor: fg, tertiaryBorderColor: fg, nodeBorder: fg,
    actorBkg: bg, actorBorder: fg, actorTextColor: fg, actorLineColor: fg, signalColor: fg, signalTextColor: fg,
    labelBoxBkgColor: bg, labelBoxBorderColor: fg, labelTextColor: fg, loopTextColor: fg,
    noteBkgColor: bg, noteTextColor: fg, noteBorderColor: fg, activationBkgColor: bg, activationBorderColor: fg,
    sequenceNumberColor: bg, edgeLabelBackground: bg, clusterBkg: bg, clusterBorder: fg, titleColor: fg,
  };
}

/** Mermaid settings for a theme. Security settings are fixed here and cannot be changed by a diagram. */
export function mermaidConfig(theme: ThemeKind): MermaidConfig {
  const look: Pick<MermaidConfig, 'theme' | 'themeVariables'> =
    theme === 'dark' ? { theme: 'dark' }
    : theme === 'light' ? { theme: 'default' }
    : theme === 'high-contrast' ? { theme: 'base', themeVariables: highContrastVariables('#ffffff', '#000000') }
    : { theme: 'base', themeVariables: highContrastVariables('#000000', '#ffffff') };
  return {
    ...look,
    startOnLoad: false,
    // strict: no click callbacks, links sanitised, HTML in labels escaped; `securityLevel` is one of mermaid's
    // `secure` keys, so an `%%{init}%%` directive in a note cannot loosen it.
    securityLevel: 'strict',
    // Keys a note's `%%{init}%%` directive or front-matter config may not set (mermaid drops them): mermaid's own
    // list, plus HTML labels (they would let label HTML such as <img src> into the DOM), raw theme CSS, and
    // DOMPurify's settings (a note could otherwise allow tags the sanitiser removes).
    secure: ['secure', 'securityLevel', 'startOnLoad', 'maxTextSize', 'suppressErrorRendering', 'maxEdges', 'htmlLabels', 'themeCSS', 'dompurifyConfig'],
    // SVG <text> instead of <foreignObject> HTML: nothing HTML-shaped from a label reaches the DOM, and the
    // PNG export can draw the SVG onto a canvas without tainting it.
    htmlLabels: false,
    flowchart: { htmlLabels: false },
    // Never print mermaid's own "syntax error" bomb SVG; we show the error with its line instead.
    suppressErrorRendering: true,
  };
}

/** Calls `onChange` whenever VS Code switches the webview to another theme kind. */
export function watchTheme(onChange: (theme: ThemeKind) => void, body: HTMLElement = document.body): void {
  let last = currentTheme(body);
  new MutationObserver(() => {
    const now = currentTheme(body);
    if (now !== last) {
      last = now;
      onChange(now);
    }
  }).observe(body, { attributes: true, attributeFilter: ['class'] });
}
