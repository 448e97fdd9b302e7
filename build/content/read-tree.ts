// The thin disk side of the compiler: read content/ into a file map (relative, forward-slash paths → bytes).
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { FileMap } from './types.ts';

export async function readTree(dir: string): Promise<FileMap> {
  const files: FileMap = new Map();
  const walk = async (abs: string, rel: string): Promise<void> => {
    for (const entry of await readdir(abs, { withFileTypes: true })) {
      const childAbs = join(abs, entry.name);
      const childRel = rel ? `${rel}/${entry.name}` : entry.name;
      // Follow symlinks by stat'ing them; directories recurse, everything file-like is read.
      const isDir = entry.isDirectory() || (entry.isSymbolicLink() && (await stat(childAbs)).isDirectory());
      if (isDir) await walk(childAbs, childRel);
      else files.set(childRel, new Uint8Array(await readFile(childAbs)));
    }
  };
  try {
    await walk(dir, '');
  } catch (error) {
    // A missing content folder is reported by the compiler as "no pages"; other errors are real.
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  return files;
}
