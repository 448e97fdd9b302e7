// Windows .ico files written by hand: an ICONDIR header, one 16-byte entry per size, then the PNG images as they
// are (Windows Vista and later read PNG-compressed icon images). Pure: buffers in, buffers out.

export type PngImage = { size: number; data: Uint8Array };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from a PNG's IHDR chunk; throws if the bytes are not a PNG. */
export function pngSize(data: Uint8Array): { width: number; height: number } {
  const isPng = PNG_SIGNATURE.every((byte, i) => data[i] === byte);
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  // IHDR is always first: length (4) + "IHDR" (4) after the 8-byte signature.
  if (!isPng || data.byteLength < 24 || String.fromCharCode(...data.subarray(12, 16)) !== 'IHDR') {
    throw new Error('Not a PNG image.');
  }
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** One .ico holding every image (square, 1 to 256 px), smallest first as Windows expects. */
export function buildIco(images: readonly PngImage[]): Uint8Array {
  const sorted = [...images].sort((a, b) => a.size - b.size);
  if (sorted.length === 0) throw new Error('An .ico needs at least one image.');
  for (const { size, data } of sorted) {
    if (!Number.isInteger(size) || size < 1 || size > 256)
      throw new Error(`Icon size ${size} is outside 1–256.`);
    const { width, height } = pngSize(data);
    if (width !== size || height !== size) {
      throw new Error(`The ${size} px icon image is ${width}×${height}.`);
    }
  }
  const headerBytes = 6 + 16 * sorted.length;
  const total = headerBytes + sorted.reduce((sum, image) => sum + image.data.byteLength, 0);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  view.setUint16(0, 0, true); // reserved
  view.setUint16(2, 1, true); // type 1: icon
  view.setUint16(4, sorted.length, true);
  let offset = headerBytes;
  sorted.forEach(({ size, data }, i) => {
    const entry = 6 + 16 * i;
    view.setUint8(entry, size === 256 ? 0 : size); // 0 means 256
    view.setUint8(entry + 1, size === 256 ? 0 : size);
    view.setUint8(entry + 2, 0); // no palette
    view.setUint8(entry + 3, 0); // reserved
    view.setUint16(entry + 4, 1, true); // colour planes
    view.setUint16(entry + 6, 32, true); // bits per pixel
    view.setUint32(entry + 8, data.byteLength, true);
    view.setUint32(entry + 12, offset, true);
    out.set(data, offset);
    offset += data.byteLength;
  });
  return out;
}

/** The sizes an .ico holds, read back from its directory (checks that the file is well formed). */
export function readIco(ico: Uint8Array): { size: number; width: number; height: number }[] {
  const view = new DataView(ico.buffer, ico.byteOffset, ico.byteLength);
  if (ico.byteLength < 6 || view.getUint16(0, true) !== 0 || view.getUint16(2, true) !== 1) {
    throw new Error('Not an .ico file.');
  }
  const count = view.getUint16(4, true);
  const result: { size: number; width: number; height: number }[] = [];
  for (let i = 0; i < count; i++) {
    const entry = 6 + 16 * i;
    if (entry + 16 > ico.byteLength) throw new Error('The .ico directory is cut short.');
    const size = view.getUint8(entry) || 256;
    const length = view.getUint32(entry + 8, true);
    const offset = view.getUint32(entry + 12, true);
    if (offset + length > ico.byteLength)
      throw new Error(`The ${size} px image runs past the end of the .ico.`);
    const { width, height } = pngSize(ico.subarray(offset, offset + length));
    result.push({ size, width, height });
  }
  return result;
}
