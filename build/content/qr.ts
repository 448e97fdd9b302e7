// QR codes for source URLs, made once per URL at build time and checked to be inert SVG before they are stored.
import QRCode from 'qrcode';

const cache = new Map<string, Promise<string>>();

/** Throws if the SVG could carry script, style or foreign content; the compiler reports that as a build error. */
export function assertInertSvg(svg: string): string {
  const trimmed = svg.trim();
  if (!trimmed.startsWith('<svg') || !trimmed.endsWith('</svg>'))
    throw new Error('QR output is not a single <svg> element');
  if (/<script|<style|foreignObject|\son[a-z]+\s*=|href\s*=|javascript:|<!|<\?/i.test(trimmed)) {
    throw new Error('QR output contains script, style, links or foreign content');
  }
  const elements = [...trimmed.matchAll(/<([a-zA-Z][\w:-]*)/g)].map((m) => m[1]);
  if (elements.some((e) => e !== 'svg' && e !== 'path'))
    throw new Error('QR output contains unexpected elements');
  return trimmed;
}

export function qrSvg(url: string): Promise<string> {
  let p = cache.get(url);
  if (!p) {
    p = QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }).then(assertInertSvg);
    cache.set(url, p);
  }
  return p;
}
