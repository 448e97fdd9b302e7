// The daily usage export: once a day one CSV (every stored day, site and kiosk ids in each row) in the configured
// folder or `<data>/exports`, so IT collects counts by copying one folder. If the configured folder cannot be
// written, that day's file goes to `<data>/exports` with a warning (no day is lost). Only this kiosk's own export
// files older than `usage_export_days`, and corrupt copies of the counts file past 30 days (five at most), are
// deleted. Runs at start and then every hour.
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { CORRUPT_COPY_RETENTION, type RetentionRule } from '../shared/file-retention';
import type { KioskConfig } from '../shared/config-schema';
import { localDay } from '../shared/usage-counts';
import {
  DEFAULT_EXPORT_FOLDER_NAME,
  exportFileName,
  isAnyExportFile,
  isOwnExportFile,
} from '../shared/usage-export';
import { pruneFolder } from './retention';
import type { Runtime } from './runtime';
import type { UsageStore } from './usage-store';

const HOUR_MS = 3_600_000;

type ExportSettings = Pick<
  KioskConfig,
  'usage_counts' | 'kiosk_id' | 'usage_export_folder' | 'usage_export_days'
>;

export function setupDailyExport(runtime: Runtime, usage: UsageStore, settings: ExportSettings): void {
  const fallback = join(runtime.data.path, DEFAULT_EXPORT_FOLDER_NAME);
  const chosen = settings.usage_export_folder ?? fallback;
  const kioskId = settings.kiosk_id;
  const retention: RetentionRule = { maxAgeDays: settings.usage_export_days, maxGroups: 0 };
  // The file name minus the day, as exportCsv takes it.
  const prefix = exportFileName(kioskId, '').slice(0, -'.csv'.length);

  const write = (day: string): void => {
    const name = exportFileName(kioskId, day);
    if (existsSync(join(chosen, name)) || existsSync(join(fallback, name))) return;
    usage.flush();
    const result = usage.exportCsv(chosen, prefix);
    if (result.ok) {
      runtime.log.info(`daily export: ${result.path}`);
      return;
    }
    if (chosen === fallback) {
      runtime.log.warn(`daily export: failed (${result.reason})`);
      return;
    }
    const rescue = usage.exportCsv(fallback, prefix);
    runtime.log.warn(
      rescue.ok
        ? `daily export: usage_export_folder ${chosen} could not be written (${result.reason}); wrote ${rescue.path} instead`
        : `daily export: failed in usage_export_folder ${chosen} (${result.reason}) and in ${fallback} (${rescue.reason})`,
    );
  };

  const run = (): void => {
    const now = new Date();
    if (settings.usage_counts) write(localDay(now));
    // The data folder is the kiosk's own: any export name there is its own (an earlier kiosk id, a rescue).
    let exports = pruneFolder(fallback, retention, now, isAnyExportFile, String);
    if (chosen !== fallback) {
      exports += pruneFolder(chosen, retention, now, (name) => isOwnExportFile(name, kioskId), String);
    }
    const corrupt = pruneFolder(
      runtime.data.path,
      CORRUPT_COPY_RETENTION,
      now,
      (name) => /^usage-counts\.corrupt-.*\.json$/.test(name),
      String,
    );
    if (exports + corrupt > 0)
      runtime.log.info(`daily export: pruned ${exports} old export(s) and ${corrupt} old corrupt copy(ies)`);
  };
  run();
  setInterval(run, HOUR_MS).unref();
}
