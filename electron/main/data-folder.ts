// Picks the first data folder this account can write to (see electron/shared/data-folder.ts for the order).
// Node only: creates the folder if its parent allows, then proves it writable with a probe file.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataFolderCandidates } from '../shared/data-folder';
import type { DataFolderCandidate } from '../shared/data-folder';

export type DataFolder = DataFolderCandidate & {
  /** Candidates tried before this one and why each was refused (for the start-up log). */
  skipped: { path: string; reason: string }[];
};

function isWritableFolder(path: string): string | null {
  try {
    mkdirSync(path, { recursive: true });
    const probe = join(path, `.write-probe-${process.pid}`);
    writeFileSync(probe, '');
    rmSync(probe, { force: true });
    return null;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code ?? 'not writable';
  }
}

export function chooseDataFolder(
  userData: string,
  options: {
    platform?: string;
    env?: Readonly<Record<string, string | undefined>>;
    probe?: (path: string) => string | null;
  } = {},
): DataFolder {
  const candidates = dataFolderCandidates({
    platform: options.platform ?? process.platform,
    env: options.env ?? process.env,
    userData,
    join,
  });
  const probe = options.probe ?? isWritableFolder;
  const skipped: { path: string; reason: string }[] = [];
  for (const candidate of candidates) {
    const problem = probe(candidate.path);
    if (problem === null) return { ...candidate, skipped };
    skipped.push({ path: candidate.path, reason: problem });
  }
  // Nothing writable at all (a read-only disk): keep the per-user path; every writer there copes with failure.
  const last = candidates[candidates.length - 1];
  return { ...last, skipped };
}
