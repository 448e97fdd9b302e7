// When "Print this" may print, and how. Pure: main's IPC handler asks here, then calls webContents.print.

/** One summary per this gap: a child tapping "Print this" ten times prints once. */
export const PRINT_MIN_GAP_MS = 20_000;
/** webContents.print's callback has been known not to fire (electron/electron#16792): give up after this. */
export const PRINT_TIMEOUT_MS = 60_000;

/** Fired on window in the browser preview where the kiosk would print: a test renders the print view to PDF. */
export const PREVIEW_PRINT_EVENT = 'kiosk-preview-print';

export type PrinterSetting = { enabled: boolean; device_name: string };

export type PrintDecision = 'print' | 'disabled' | 'too-soon';

export function printDecision(
  printer: PrinterSetting,
  lastPrintAt: number | null,
  now: number,
  minGapMs: number = PRINT_MIN_GAP_MS,
): PrintDecision {
  if (!printer.enabled) return 'disabled';
  if (lastPrintAt !== null && now - lastPrintAt >= 0 && now - lastPrintAt < minGapMs) return 'too-soon';
  return 'print';
}

/** The options main passes to webContents.print: silent, to the configured printer, one copy (no header or footer: Chromium adds them only when asked). */
export function printOptions(printer: PrinterSetting): {
  silent: true;
  deviceName: string;
  printBackground: boolean;
  copies: number;
  margins: { marginType: 'default' };
} {
  return {
    silent: true,
    deviceName: printer.device_name,
    printBackground: false,
    copies: 1,
    margins: { marginType: 'default' },
  };
}

/** Whether the operating system lists the configured printer (names compared exactly, as Chromium does). */
export function printerListed(name: string, printers: readonly { name: string }[]): boolean {
  return printers.some((printer) => printer.name === name);
}
