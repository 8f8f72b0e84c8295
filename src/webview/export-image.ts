// Produces stand-alone files from a rendered diagram: an SVG document that opens anywhere (explicit size,
// namespaces, the theme background so light text stays readable) and a PNG at twice the natural size.
import { naturalSize } from './svg-element';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** A well-formed, self-contained SVG document of the diagram at its natural size. */
export function standaloneSvg(svg: SVGSVGElement, background: string | undefined): string {
  const { width, height } = naturalSize(svg);
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', SVG_NS);
  copy.setAttribute('xmlns:xlink', 'http://www.w3.org/1999/xlink');
  copy.setAttribute('width', String(Math.ceil(width)));
  copy.setAttribute('height', String(Math.ceil(height)));
  copy.style.removeProperty('max-width');
  copy.classList.remove('selected');
  if (background) {
    // A rect rather than a CSS background: every SVG viewer and rasteriser honours it.
    const box = copy.viewBox.baseVal;
    const rect = document.createElementNS(SVG_NS, 'rect');
    rect.setAttribute('x', String(box && box.width ? box.x : 0));
    rect.setAttribute('y', String(box && box.width ? box.y : 0));
    rect.setAttribute('width', '100%');
    rect.setAttribute('height', '100%');
    if (box && box.width) {
      rect.setAttribute('width', String(box.width));
      rect.setAttribute('height', String(box.height));
    }
    rect.setAttribute('fill', background);
    rect.setAttribute('class', 'archlens-background');
    copy.insertBefore(rect, copy.firstChild);
  }
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(copy);
}

/** PNG bytes (base64) of the SVG document at `scale`× its natural size. */
export async function pngBase64(svgDocument: string, size: { width: number; height: number }, scale = 2): Promise<string> {
  const image = new Image();
  // A data: URL (allowed by the CSP's img-src) keeps the canvas untainted, so toDataURL works.
  image.src = 'data:image/svg+xml;base64,' + base64Utf8(svgDocument);
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(size.width * scale);
  canvas.height = Math.ceil(size.height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This webview cannot draw on a canvas.');
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return canvas.toDataURL('image/png').slice('data:image/png;base64,'.length);
}

function base64Utf8(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
