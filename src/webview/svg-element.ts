// Turns mermaid's SVG markup into a detached, inert <svg> element. mermaid (securityLevel strict) already
// sanitises with DOMPurify; this is a second, independent line of defence so that even a mermaid bug could not
// make a diagram label run code or reach the network.

// Links are dropped too: in the preview a click on a diagram reveals its source, it never navigates.
const URL_ATTRIBUTES = ['href', 'xlink:href', 'src', 'action', 'formaction'];
const ACTIVE_ELEMENTS = new Set(['script', 'iframe', 'object', 'embed', 'img', 'image', 'audio', 'video']);

/** Parses SVG markup inside an inert <template> and strips anything that could execute or fetch. */
export function svgElementFrom(markup: string): SVGSVGElement | undefined {
  const template = document.createElement('template');
  template.innerHTML = markup;
  const svg = template.content.querySelector('svg');
  if (!svg) return undefined;
  for (const el of [svg, ...svg.querySelectorAll('*')]) {
    if (ACTIVE_ELEMENTS.has(el.localName.toLowerCase())) {
      el.remove();
      continue;
    }
    for (const attr of [...el.attributes]) {
      const name = attr.name.toLowerCase();
      const value = attr.value.trim().toLowerCase();
      if (name.startsWith('on')) el.removeAttribute(attr.name);
      else if (URL_ATTRIBUTES.includes(name) && !value.startsWith('#')) el.removeAttribute(attr.name);
    }
  }
  return svg;
}

/** The size mermaid laid the diagram out at, from its viewBox (falls back to the width/height attributes). */
export function naturalSize(svg: SVGSVGElement): { width: number; height: number } {
  const box = svg.viewBox?.baseVal;
  if (box && box.width > 0 && box.height > 0) return { width: box.width, height: box.height };
  return { width: Number.parseFloat(svg.getAttribute('width') ?? '') || 300, height: Number.parseFloat(svg.getAttribute('height') ?? '') || 150 };
}
