// The anonymous usage counts on disk: `usage-counts.json` in the kiosk's user-data folder. Node only (no
// Electron import) so it is unit-testable; the counting rules themselves live in shared/usage-counts.ts.
//
// Writes are coalesced: record() only changes memory and arms one timer; the timer writes at most once per
// `flushDelayMs` (1 s). close() cancels the timer and writes whatever is pending, so no count is lost on quit.
// Every write is atomic: temp file in the same folder, fsync, rename over the old file, fsync the folder.
import * as nodeFs from 'node:fs';
import * as path from 'node:path';
import { isUsageEvent } from '../shared/ipc-contract';
import type { ExportResult, UsageEvent, UsageSummary } from '../shared/ipc-contract';
import {
  activeNotice,
  applyEvent,
  buildSummary,
  emptyDay,
  localDay,
  parseUsageFile,
  pruneDays,
  usageCsv,
  USAGE_FILE_VERSION,
  countPrint as countPrintIn,
} from '../shared/usage-counts';
import type { DayCounts, ExportIds, StoredNotice, UsageFile } from '../shared/usage-counts';

export const USAGE_FILE_NAME = 'usage-counts.json';

export type UsageStore = {
  record(event: UsageEvent): void;
  /** One take-home summary printed; main counts it itself, after the printer took the job. */
  countPrint(): void;
  summary(): UsageSummary;
  /** Writes `usage-export-<day>.csv` (or `<prefix><day>.csv`) into `targetDir` (default: the data folder). */
  exportCsv(targetDir?: string, prefix?: string): ExportResult;
  /** Writes pending counts now; false if the write failed (the counts stay pending). */
  flush(): boolean;
  close(): void;
};

/** The few fs calls the store makes, so tests can inject failures. Defaults to node:fs. */
export type UsageFs = Pick<
  typeof nodeFs,
  | 'closeSync'
  | 'existsSync'
  | 'fsyncSync'
  | 'mkdirSync'
  | 'openSync'
  | 'readFileSync'
  | 'renameSync'
  | 'unlinkSync'
  | 'writeSync'
>;

/** Arms a one-shot timer; returns its cancel function. */
export type Scheduler = (run: () => void, delayMs: number) => () => void;

export type UsageStoreOptions = {
  dir: string;
  enabled: boolean;
  /** site_id / kiosk_id from the config, written into every exported row. */
  ids?: ExportIds;
  now?: () => Date;
  log?: (line: string) => void;
  /** Longest a count waits in memory before it is written; default 1000 ms. */
  flushDelayMs?: number;
  /** Default: setTimeout, unref'd so a pending write never keeps the process alive (close() writes it). */
  schedule?: Scheduler;
  fs?: UsageFs;
};

const defaultSchedule: Scheduler = (run, delayMs) => {
  const timer = setTimeout(run, delayMs);
  timer.unref();
  return () => clearTimeout(timer);
};

function errorText(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code ? `${code}: ${error.message}` : error.message;
  }
  return String(error);
}

/**
 * Replaces `target` with `data` so that a reader (or a power cut) sees either the whole old file or the
 * whole new one: write a temp file beside it, fsync, rename over, then fsync the folder where the OS allows.
 */
export function writeFileAtomic(fs: UsageFs, target: string, data: string, mode: number = 0o644): void {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.tmp`);
  let fd: number | null = null;
  try {
    fd = fs.openSync(temp, 'w', mode);
    const bytes = Buffer.from(data, 'utf8');
    let written = 0;
    while (written < bytes.length) written += fs.writeSync(fd, bytes, written, bytes.length - written);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = null;
    fs.renameSync(temp, target);
  } catch (error) {
    if (fd !== null) {
      try {
        fs.closeSync(fd);
      } catch {
        // Already failing; the original error is the one to report.
      }
    }
    try {
      fs.unlinkSync(temp);
    } catch {
      // The temp file may not exist; nothing else to clean.
    }
    throw error;
  }
  try {
    // Makes the rename itself durable; opening a folder fails on Windows, where rename is durable enough.
    const dirFd = fs.openSync(path.dirname(target), 'r');
    try {
      fs.fsyncSync(dirFd);
    } finally {
      fs.closeSync(dirFd);
    }
  } catch {
    // Best effort only (see above).
  }
}

/** `name.corrupt-<ISO time>.json` beside the file, with `-2`, `-3`… so an earlier one is never overwritten. */
function asideName(fs: UsageFs, dir: string, when: Date): string {
  const stamp = when
    .toISOString()
    .replaceAll(':', '-')
    .replace(/\.\d{3}Z$/, 'Z');
  const base = USAGE_FILE_NAME.replace(/\.json$/, '');
  for (let n = 1; ; n += 1) {
    const name = `${base}.corrupt-${stamp}${n === 1 ? '' : `-${n}`}.json`;
    if (!fs.existsSync(path.join(dir, name))) return name;
  }
}

export function openUsageStore(options: UsageStoreOptions): UsageStore {
  const { dir, enabled } = options;
  const now = options.now ?? ((): Date => new Date());
  const log = options.log ?? ((): void => {});
  const fs = options.fs ?? nodeFs;
  const schedule = options.schedule ?? defaultSchedule;
  const flushDelayMs = options.flushDelayMs ?? 1000;
  const file = path.join(dir, USAGE_FILE_NAME);

  const days = new Map<string, DayCounts>();
  let notice: StoredNotice | null = null;
  let dirty = false;
  let cancelTimer: (() => void) | null = null;
  let closed = false;
  /** Set when an unreadable file could not be moved aside: counting goes on in memory, never over it. */
  let writesBlocked = false;
  let droppedInvalid = 0;
  let droppedByCap = 0;

  const today = (): string => localDay(now());

  const setNotice = (text: string): void => {
    notice = { day: today(), text };
    dirty = true; // stored with the counts, so staff still see it after a restart
    log(`usage: ${text}`);
  };

  /** Renames the file out of the way; its new name, or null (and writes blocked) when that failed. */
  const moveAside = (): string | null => {
    try {
      fs.mkdirSync(dir, { recursive: true });
      const name = asideName(fs, dir, now());
      fs.renameSync(file, path.join(dir, name));
      log(`usage: moved ${file} aside as ${name}`);
      return name;
    } catch (error) {
      writesBlocked = true;
      log(`usage: could not move ${file} aside (${errorText(error)}); it will not be written over`);
      return null;
    }
  };

  const blockedText = `so counts are kept only until the kiosk restarts; ask IT to check ${file}.`;

  const load = (): void => {
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      text = '';
      log(`usage: could not read ${file} (${errorText(error)})`);
    }
    const parsed = parseUsageFile(text);
    if (!parsed.ok) {
      log(`usage: ${file} is unreadable: ${parsed.reason}`);
      const name = moveAside();
      setNotice(
        name
          ? `The usage counts file could not be read, so it was kept as ${name} and counting started again on ${today()}.`
          : `The usage counts file could not be read or moved aside, ${blockedText}`,
      );
      return;
    }
    notice = parsed.notice;
    const kept = pruneDays(parsed.days, today());
    for (const day of kept) days.set(day.day, day);
    if (parsed.droppedDays > 0) {
      // The original is kept as found before the cleaned copy replaces it: bad input loses nothing.
      const name = moveAside();
      const dropped = `${parsed.droppedDays} damaged day(s) in the usage counts file were left out`;
      setNotice(
        name
          ? `${dropped}, and the original file was kept as ${name}.`
          : `${dropped}; the file could not be moved aside, ${blockedText}`,
      );
    } else if (kept.length !== parsed.days.length) {
      dirty = true; // pruned on load: rewrite so the file shrinks too
    }
  };

  const write = (): void => {
    const kept = pruneDays([...days.values()], today());
    days.clear();
    for (const day of kept) days.set(day.day, day);
    if (activeNotice(notice, today()) === null) notice = null; // an expired notice leaves the file
    const data: UsageFile = { version: USAGE_FILE_VERSION, days: kept };
    if (notice) data.notice = notice;
    fs.mkdirSync(dir, { recursive: true });
    writeFileAtomic(fs, file, `${JSON.stringify(data, null, 1)}\n`);
  };

  const flush = (): boolean => {
    if (cancelTimer) {
      cancelTimer();
      cancelTimer = null;
    }
    if (droppedInvalid > 0 || droppedByCap > 0) {
      if (droppedInvalid > 0) log(`usage: dropped ${droppedInvalid} invalid event(s)`);
      if (droppedByCap > 0) log(`usage: dropped ${droppedByCap} page view(s) over the per-day page limit`);
      droppedInvalid = 0;
      droppedByCap = 0;
    }
    if (!enabled || !dirty || writesBlocked) return true;
    try {
      write();
      dirty = false;
      return true;
    } catch (error) {
      log(`usage: could not write ${file} (${errorText(error)}); the counts stay in memory and are retried`);
      return false;
    }
  };

  const arm = (): void => {
    if (cancelTimer || closed) return;
    cancelTimer = schedule(() => {
      cancelTimer = null;
      if (!flush()) arm();
    }, flushDelayMs);
  };

  if (enabled) {
    load();
    if (dirty) arm();
  }

  return {
    record(event: UsageEvent): void {
      if (!enabled) return;
      if (closed) {
        log('usage: an event arrived after the store was closed and was not counted');
        return;
      }
      if (!isUsageEvent(event)) {
        // Logged as a count at the next write, not one line per event, so a flood cannot flood the log.
        droppedInvalid += 1;
        arm();
        return;
      }
      const key = today();
      let counts = days.get(key);
      if (!counts) {
        counts = emptyDay(key);
        days.set(key, counts);
      }
      if (applyEvent(counts, event) === 'page-cap') droppedByCap += 1;
      else dirty = true;
      arm();
    },

    countPrint(): void {
      if (!enabled || closed) return;
      const key = today();
      let counts = days.get(key);
      if (!counts) {
        counts = emptyDay(key);
        days.set(key, counts);
      }
      countPrintIn(counts);
      dirty = true;
      arm();
    },

    summary(): UsageSummary {
      const day = today();
      return buildSummary([...days.values()], day, enabled, enabled ? activeNotice(notice, day) : null);
    },

    exportCsv(targetDir = dir, prefix = 'usage-export-'): ExportResult {
      if (!enabled) {
        return { ok: false, reason: 'Usage counts are turned off in the kiosk config (usage_counts).' };
      }
      const day = today();
      const target = path.resolve(targetDir, `${prefix}${day}.csv`);
      try {
        fs.mkdirSync(targetDir, { recursive: true });
        writeFileAtomic(fs, target, usageCsv(pruneDays([...days.values()], day), options.ids ?? null));
        log(`usage: exported the counts to ${target}`);
        return { ok: true, path: target };
      } catch (error) {
        log(`usage: export to ${target} failed (${errorText(error)})`);
        return { ok: false, reason: `The file ${target} could not be written (${errorText(error)}).` };
      }
    },

    flush,

    close(): void {
      if (closed) return;
      flush();
      closed = true;
      if (cancelTimer) {
        cancelTimer();
        cancelTimer = null;
      }
    },
  };
}
