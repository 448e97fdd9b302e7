// Lists a folder for the retention policy (shared/file-retention.ts) and deletes what it picks. Node only.
import { readdirSync, rmSync, statSync } from 'node:fs';
import type { Dirent } from 'node:fs';
import { basename, join } from 'node:path';
import { filesToPrune } from '../shared/file-retention';
import type { RetainedFile, RetentionRule } from '../shared/file-retention';

/** A file's group: its name up to the first dot (a crash report's .dmp and .meta go together). */
const stem = (name: string): string => name.split('.')[0];

/** Every file under `dir` (recursively) that `accept` keeps, grouped by `groupOf` its name. */
function listRetained(
  dir: string,
  accept: (name: string) => boolean = () => true,
  groupOf: (name: string) => string = stem,
): RetainedFile[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  } catch {
    return [];
  }
  const files: RetainedFile[] = [];
  for (const entry of entries) {
    if (!entry.isFile() || !accept(entry.name)) continue;
    const path = join(entry.parentPath, entry.name);
    try {
      const info = statSync(path);
      files.push({ path, group: groupOf(basename(path)), mtimeMs: info.mtimeMs, size: info.size });
    } catch {
      // Gone meanwhile: nothing to prune.
    }
  }
  return files;
}

/** Deletes what the rule prunes; returns how many files went. Never throws (a locked file stays). */
export function pruneFolder(
  dir: string,
  rule: RetentionRule,
  now: Date,
  accept?: (name: string) => boolean,
  groupOf?: (name: string) => string,
): number {
  let removed = 0;
  for (const path of filesToPrune(listRetained(dir, accept, groupOf), now.getTime(), rule)) {
    try {
      rmSync(path, { force: true });
      removed += 1;
    } catch {
      // Windows may hold a dump open a moment longer; the next pass takes it.
    }
  }
  return removed;
}
