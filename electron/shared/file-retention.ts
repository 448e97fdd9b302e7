// Which old files to delete from a folder the kiosk fills by itself (crash dumps, daily exports, corrupt
// copies of the usage file), so months untouched never fill the disk. Pure: main lists the files, this
// decides, main deletes. Files that belong together (a crash dump and its .meta) share a group and go together.

export type RetainedFile = { path: string; group: string; mtimeMs: number; size: number };

export type RetentionRule = {
  /** Groups older than this go (0: no age limit). */
  maxAgeDays: number;
  /** At most this many groups stay, newest first (0: no count limit). */
  maxGroups: number;
  /** At most this many bytes stay in all, newest groups first (0: no size limit). */
  maxBytes?: number;
};

const DAY_MS = 86_400_000;

/** Paths to delete, oldest group first. The newest group always stays, whatever its size or age. */
export function filesToPrune(files: readonly RetainedFile[], nowMs: number, rule: RetentionRule): string[] {
  const groups = new Map<string, { newest: number; bytes: number; paths: string[] }>();
  for (const file of files) {
    const group = groups.get(file.group) ?? { newest: 0, bytes: 0, paths: [] };
    group.newest = Math.max(group.newest, file.mtimeMs);
    group.bytes += file.size;
    group.paths.push(file.path);
    groups.set(file.group, group);
  }
  const ordered = [...groups.entries()].sort((a, b) => b[1].newest - a[1].newest || a[0].localeCompare(b[0]));
  const doomed: string[][] = [];
  let bytes = 0;
  ordered.forEach(([, group], index) => {
    bytes += group.bytes;
    if (index === 0) return;
    const tooOld = rule.maxAgeDays > 0 && nowMs - group.newest > rule.maxAgeDays * DAY_MS;
    const tooMany = rule.maxGroups > 0 && index >= rule.maxGroups;
    const tooBig = (rule.maxBytes ?? 0) > 0 && bytes > (rule.maxBytes ?? 0);
    if (tooOld || tooMany || tooBig) doomed.push([...group.paths].sort());
  });
  return doomed.reverse().flat();
}

/** Crash dumps: a month, ten reports, 200 MB (a Windows minidump is 1–2 MB, a full one far more). */
export const CRASH_DUMP_RETENTION: RetentionRule = {
  maxAgeDays: 30,
  maxGroups: 10,
  maxBytes: 200 * 1024 * 1024,
};
/** Corrupt copies of the usage file set aside: kept for a month, five at most. */
export const CORRUPT_COPY_RETENTION: RetentionRule = { maxAgeDays: 30, maxGroups: 5 };
