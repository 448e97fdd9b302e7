// content-manifest.json, written beside the built UI: the content's hash and each page's review date, so the
// main process (status.json) and the release step (version per content change) can read them without loading
// the UI bundle. Nothing in it is secret; app:// may serve it like any other built file.
import { createHash } from 'node:crypto';
import type { CompiledContent } from '../../electron/shared/content-types.ts';
import type { FileMap } from './types.ts';

export const MANIFEST_FILE_NAME = 'content-manifest.json';

export type ContentManifest = {
  schema: 1;
  /** sha256 over every content file (sorted path, NUL, bytes): changes whenever any content file does. */
  content_sha256: string;
  pages: { locale: string; id: string; title: string; reviewDue: string; file: string }[];
};

export function contentSha256(files: FileMap): string {
  const hash = createHash('sha256');
  for (const path of [...files.keys()].sort()) {
    hash.update(path);
    hash.update('\0');
    hash.update(files.get(path) ?? new Uint8Array());
    hash.update('\0');
  }
  return hash.digest('hex');
}

export function buildManifest(content: CompiledContent, files: FileMap): ContentManifest {
  return {
    schema: 1,
    content_sha256: contentSha256(files),
    pages: Object.values(content.locales).flatMap((locale) =>
      locale.pages.map((page) => ({
        locale: locale.locale,
        id: page.id,
        title: page.title,
        reviewDue: page.reviewDue,
        file: page.file,
      })),
    ),
  };
}
