// Writes <data folder>/status.json now, every minute, and once more with state "stopped" at a clean quit.
// Each write replaces the file atomically, so a reader never sees half of one.
import * as nodeFs from 'node:fs';
import { createHash } from 'node:crypto';
import { join, relative } from 'node:path';
import { buildStatus, STATUS_FILE_NAME, STATUS_INTERVAL_MS } from '../shared/kiosk-status';
import type { StatusFacts } from '../shared/kiosk-status';
import { writeFileAtomic } from './usage-store';

/** sha256 over every file under `dir`, in sorted path order (path and bytes); null when unreadable. */
export function hashFolder(dir: string): string | null {
  try {
    const hash = createHash('sha256');
    const files = nodeFs
      .readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name))
      .sort();
    for (const file of files) {
      hash.update(relative(dir, file).replaceAll('\\', '/'));
      hash.update('\0');
      hash.update(nodeFs.readFileSync(file));
    }
    return files.length === 0 ? null : hash.digest('hex');
  } catch {
    return null;
  }
}

export type StatusWriter = { write(state: 'running' | 'stopped'): boolean; stop(): void; path: string };

export function startStatusFile(options: {
  dir: string;
  facts: (state: 'running' | 'stopped') => StatusFacts;
  log: (line: string) => void;
  intervalMs?: number;
}): StatusWriter {
  const path = join(options.dir, STATUS_FILE_NAME);
  let failed = false;
  const write = (state: 'running' | 'stopped'): boolean => {
    try {
      writeFileAtomic(nodeFs, path, `${JSON.stringify(buildStatus(options.facts(state)), null, 2)}\n`);
      if (failed) options.log(`status: ${path} written again`);
      failed = false;
      return true;
    } catch (error) {
      // Say it once per outage, not once a minute.
      if (!failed)
        options.log(
          `status: could not write ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
        );
      failed = true;
      return false;
    }
  };
  write('running');
  const timer = setInterval(() => write('running'), options.intervalMs ?? STATUS_INTERVAL_MS);
  timer.unref();
  return { write, stop: () => clearInterval(timer), path };
}
