// A QR code as rows of dark runs, from the encoder's module matrix: the renderer draws them as SVG rects, so
// no SVG markup ever travels as a string. Made on the kiosk from the config, no network.
import QRCode from 'qrcode';

/** Modules of light border on every side, as the QR standard asks (ISO/IEC 18004 quiet zone). */
const QUIET_ZONE = 4;

type QrRun = { x: number; y: number; width: number };
export type QrDrawing = { size: number; runs: QrRun[] };

/** The code for `text` at error-correction level M, as horizontal dark runs in a square of `size` modules. */
export function qrDrawing(text: string): QrDrawing {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = modules.size;
  const runs: QrRun[] = [];
  for (let row = 0; row < n; row += 1) {
    let start = -1;
    for (let col = 0; col <= n; col += 1) {
      const dark = col < n && modules.get(row, col) !== 0;
      if (dark && start < 0) start = col;
      if (!dark && start >= 0) {
        runs.push({ x: start + QUIET_ZONE, y: row + QUIET_ZONE, width: col - start });
        start = -1;
      }
    }
  }
  return { size: n + 2 * QUIET_ZONE, runs };
}
