// Serves `virtual:kiosk-content` (default export: CompiledContent) from the content compiler. In a build, any
// content error stops the build with one message listing every problem; in dev, the same message shows in
// Vite's overlay and edits under content/ reload the page.
import { resolve, sep } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { compileContent } from './compile.ts';
import { formatBuildFailure, formatIssues } from './format-errors.ts';
import { readTree } from './read-tree.ts';
import { buildManifest, MANIFEST_FILE_NAME } from './manifest.ts';
import type { ContentManifest } from './manifest.ts';

export type KioskContentOptions = {
  contentDir: string;
  /** ISO date for review-due checks (tests); default the real date. */
  today?: string;
};

const VIRTUAL_ID = 'virtual:kiosk-content';
const RECORDING_TYPES: Readonly<Record<string, string>> = {
  ogg: 'audio/ogg',
  opus: 'audio/ogg',
  mp3: 'audio/mpeg',
  wav: 'audio/wav',
};
const RESOLVED_ID = '\0' + VIRTUAL_ID;

export function kioskContent(options: KioskContentOptions): Plugin {
  // Relative to where npm runs (the project root), not Vite's `root` (renderer/).
  const dir = resolve(options.contentDir);
  let server: ViteDevServer | null = null;
  let manifest: ContentManifest | null = null;
  // Fresh recordings (built path → bytes): copied beside the UI, so app:// serves them from 'self'.
  let recordings = new Map<string, Uint8Array>();
  const inContent = (file: string): boolean => resolve(file).startsWith(dir + sep) || resolve(file) === dir;

  return {
    name: 'kiosk-content',
    configureServer(s) {
      server = s;
      s.watcher.add(dir);
      const reload = (file: string): void => {
        if (!inContent(file)) return;
        const mod = s.moduleGraph.getModuleById(RESOLVED_ID);
        if (mod) s.moduleGraph.invalidateModule(mod);
        s.ws.send({ type: 'full-reload' });
      };
      // One listener for edits, new files and deletions; handleHotUpdate below only stops Vite's own HMR pass.
      s.watcher.on('change', reload);
      s.watcher.on('add', reload);
      s.watcher.on('unlink', reload);
      // The dev server serves the same recording files the build copies.
      s.middlewares.use((req, res, next) => {
        const path = decodeURIComponent((req.url ?? '').split('?')[0] ?? '').replace(/^\/+/, '');
        const data = recordings.get(path);
        if (data === undefined) return next();
        res.setHeader('Content-Type', RECORDING_TYPES[path.slice(path.lastIndexOf('.') + 1)] ?? 'audio/ogg');
        res.end(Buffer.from(data));
      });
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : null;
    },
    async load(id) {
      if (id !== RESOLVED_ID) return null;
      const files = await readTree(dir);
      for (const rel of files.keys()) this.addWatchFile(resolve(dir, rel));
      const result = await compileContent(files, {
        root: options.contentDir.replace(/\/+$/, ''),
        ...(options.today ? { today: options.today } : {}),
      });
      if (result.errors.length > 0) {
        // A plain Error without a stack: Rolldown would otherwise append its own stack to what educators read.
        const failure = new Error(formatBuildFailure(result.errors));
        failure.stack = '';
        throw failure;
      }
      manifest = buildManifest(result.content, files);
      recordings = new Map(result.recordings.map((r) => [r.out, files.get(r.source) ?? new Uint8Array()]));
      if (result.warnings.length > 0 && server === null) {
        this.warn(`${result.warnings.length} content warning(s):\n${formatIssues(result.warnings)}`);
      }
      // V8 parses a JSON string much faster than the same object literal in JavaScript (large data modules).
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(result.content))});`;
    },
    generateBundle() {
      for (const [fileName, source] of recordings) this.emitFile({ type: 'asset', fileName, source });
      // Read by main for status.json (reviews due) and by the release step (content hash).
      if (manifest !== null) {
        this.emitFile({
          type: 'asset',
          fileName: MANIFEST_FILE_NAME,
          source: `${JSON.stringify(manifest, null, 2)}\n`,
        });
      }
    },
    handleHotUpdate(ctx) {
      // Content is not a module Vite can hot-swap: the watcher listener above reloads the page instead.
      return inContent(ctx.file) ? [] : undefined;
    },
  };
}
