// The daily usage export's names and folder rules: which file a kiosk writes, which files in a folder are its
// own (only those are ever pruned, so a folder shared by many kiosks or holding other files is safe), and which
// folder values the config accepts.

/** The folder inside the data folder used when `usage_export_folder` is null or cannot be written. */
export const DEFAULT_EXPORT_FOLDER_NAME = 'exports';
/** Longest folder path accepted: Windows' classic MAX_PATH less room for the file name. */
export const EXPORT_FOLDER_MAX_LENGTH = 200;

const DAY_PART = String.raw`\d{4}-\d{2}-\d{2}`;

function escapeForRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
}

/** `usage-<kiosk id>-<day>.csv`, or `usage-<day>.csv` without a kiosk id. */
export function exportFileName(kioskId: string | null, day: string): string {
  return kioskId === null ? `usage-${day}.csv` : `usage-${kioskId}-${day}.csv`;
}

/** True for a file this kiosk wrote under its current kiosk id, and for nothing else. */
export function isOwnExportFile(name: string, kioskId: string | null): boolean {
  const id = kioskId === null ? '' : `${escapeForRegex(kioskId)}-`;
  return new RegExp(`^usage-${id}${DAY_PART}\\.csv$`).test(name);
}

/** True for any daily export name (any kiosk id): used only inside the kiosk's own data folder. */
export function isAnyExportFile(name: string): boolean {
  return new RegExp(`^usage-(?:[A-Za-z0-9][A-Za-z0-9._-]*-)?${DAY_PART}\\.csv$`).test(name);
}

/** An absolute folder: `C:\…`, a UNC share `\\server\share\…`, or `/…`; no `..` step and no control characters. */
export function isExportFolder(value: string): boolean {
  if (value.length === 0 || value.length > EXPORT_FOLDER_MAX_LENGTH) return false;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(value)) return false;
  if (value.split(/[\\/]/).includes('..')) return false;
  const windowsDrive = /^[A-Za-z]:[\\/]/.test(value);
  const unc = /^\\\\[^\\/]+[\\/][^\\/]+/.test(value);
  const posix = value.startsWith('/') && !value.startsWith('//');
  return windowsDrive || unc || posix;
}
