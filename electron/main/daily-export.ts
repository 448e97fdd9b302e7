// The daily usage export: once a day `<data>/exports/usage-<day>.csv` (every stored day, site and kiosk ids in
// each row), so IT collects counts by copying one folder; exports older than 30 days and corrupt copies of the
// counts file older than 30 days (five at most) are deleted. Runs at start and then every hour.
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { CORRUPT_COPY_RETENTION, DAILY_EXPORT_RETENTION } from '../shared/file-retention';
import { localDay } from '../shared/usage-counts';
import { pruneFolder } from './retention';
import type { Runtime } from './runtime';
import type { UsageStore } from './usage-store';

const EXPORT_FOLDER = 'exports';
const EXPORT_PREFIX = 'usage-';
const HOUR_MS = 3_600_000;

export function setupDailyExport(runtime: Runtime, usage: UsageStore, enabled: boolean): void {
  const dir = join(runtime.data.path, EXPORT_FOLDER);
  const run = (): void => {
    const now = new Date();
    if (enabled && !existsSync(join(dir, `${EXPORT_PREFIX}${localDay(now)}.csv`))) {
      usage.flush();
      const result = usage.exportCsv(dir, EXPORT_PREFIX);
      runtime.log.info(
        result.ok ? `daily export: ${result.path}` : `daily export: failed (${result.reason})`,
      );
    }
    const exports = pruneFolder(
      dir,
      DAILY_EXPORT_RETENTION,
      now,
      (name) => /^usage-\d{4}-\d{2}-\d{2}\.csv$/.test(name),
      (name) => name,
    );
    const corrupt = pruneFolder(
      runtime.data.path,
      CORRUPT_COPY_RETENTION,
      now,
      (name) => /^usage-counts\.corrupt-.*\.json$/.test(name),
      (name) => name,
    );
    if (exports + corrupt > 0)
      runtime.log.info(`daily export: pruned ${exports} old export(s) and ${corrupt} old corrupt copy(ies)`);
  };
  run();
  setInterval(run, HOUR_MS).unref();
}
