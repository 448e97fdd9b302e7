import { describe, expect, it } from 'vitest';
import { buildIco, pngSize, readIco } from '../../../../build/packaging/ico.ts';

/** The smallest bytes pngSize accepts: signature + IHDR length, type, width, height (no pixels needed). */
function fakePng(width: number, height: number, extra = 0): Uint8Array {
  const bytes = new Uint8Array(24 + extra);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const view = new DataView(bytes.buffer);
  view.setUint32(8, 13);
  bytes.set([0x49, 0x48, 0x44, 0x52], 12); // IHDR
  view.setUint32(16, width);
  view.setUint32(20, height);
  return bytes;
}

describe('pngSize', () => {
  it('reads width and height', () => {
    expect(pngSize(fakePng(48, 32))).toEqual({ width: 48, height: 32 });
  });
  it('refuses bytes that are not a PNG', () => {
    expect(() => pngSize(new TextEncoder().encode('<svg></svg> and more bytes here'))).toThrow('Not a PNG');
  });
});

describe('buildIco / readIco', () => {
  it('writes a directory Windows reads, smallest first, 256 as 0', () => {
    const ico = buildIco([
      { size: 256, data: fakePng(256, 256, 5) },
      { size: 16, data: fakePng(16, 16) },
      { size: 32, data: fakePng(32, 32, 2) },
    ]);
    const view = new DataView(ico.buffer);
    expect([view.getUint16(0, true), view.getUint16(2, true), view.getUint16(4, true)]).toEqual([0, 1, 3]);
    expect(ico[6]).toBe(16);
    expect(ico[6 + 32]).toBe(0); // 256 px is written as 0
    expect(view.getUint16(6 + 6, true)).toBe(32); // bits per pixel
    expect(view.getUint32(6 + 12, true)).toBe(6 + 16 * 3); // first image right after the directory
    expect(readIco(ico)).toEqual([
      { size: 16, width: 16, height: 16 },
      { size: 32, width: 32, height: 32 },
      { size: 256, width: 256, height: 256 },
    ]);
    expect(ico.byteLength).toBe(6 + 48 + 24 + 26 + 29);
  });

  it('refuses an image whose pixels do not match its size', () => {
    expect(() => buildIco([{ size: 32, data: fakePng(16, 16) }])).toThrow('The 32 px icon image is 16×16.');
  });

  it('refuses sizes an .ico cannot hold, and an empty list', () => {
    expect(() => buildIco([{ size: 512, data: fakePng(512, 512) }])).toThrow('outside 1–256');
    expect(() => buildIco([])).toThrow('at least one image');
  });

  it('refuses a cut-short file', () => {
    const ico = buildIco([{ size: 16, data: fakePng(16, 16) }]);
    expect(() => readIco(ico.subarray(0, ico.byteLength - 1))).toThrow('runs past the end');
    expect(() => readIco(new Uint8Array([1, 0, 1, 0]))).toThrow('Not an .ico');
  });
});
