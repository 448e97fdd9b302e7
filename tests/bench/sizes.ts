// 5. Transfer sizes: what index.html loads before any content (its scripts, module preloads and stylesheets),
// and the content data chunk(s) loaded after, raw, gzip (level 9) and brotli (quality 11), via node:zlib.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

type FileSize = { file: string; raw: number; gzip: number; brotli: number };
export type SizeResult = {
  initial: FileSize[];
  initialTotal: FileSize;
  content: FileSize[];
  other: FileSize[];
};

function sizeOf(root: string, file: string): FileSize {
  const data = readFileSync(join(root, file));
  return {
    file,
    raw: data.length,
    gzip: gzipSync(data, { level: 9 }).length,
    brotli: brotliCompressSync(data, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
    }).length,
  };
}

function total(files: FileSize[], name: string): FileSize {
  return files.reduce(
    (sum, f) => ({
      file: name,
      raw: sum.raw + f.raw,
      gzip: sum.gzip + f.gzip,
      brotli: sum.brotli + f.brotli,
    }),
    { file: name, raw: 0, gzip: 0, brotli: 0 },
  );
}

/** `root` is the built renderer folder ($KIOSK_OUT/renderer). */
export function measureSizes(root: string): SizeResult {
  const html = readFileSync(join(root, 'index.html'), 'utf8');
  // What the HTML itself asks for: <script src>, <link rel=modulepreload|stylesheet href>.
  const refs = new Set<string>();
  for (const match of html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) refs.add(match[1]);
  for (const match of html.matchAll(/<link[^>]*\shref="([^"]+)"[^>]*>/g)) {
    if (/rel="(stylesheet|modulepreload)"/.test(match[0])) refs.add(match[1]);
  }
  const initialFiles = [...refs].map((ref) => ref.replace(/^\.?\//, ''));
  const initial = ['index.html', ...initialFiles].map((file) => sizeOf(root, file));
  const assets = readdirSync(join(root, 'assets')).map((name) => `assets/${name}`);
  const rest = assets.filter((file) => !initialFiles.includes(file) && /\.(js|css)$/.test(file));
  // The compiler's virtual module becomes its own chunk, named after it.
  const content = rest.filter((file) => /kiosk-content/.test(file)).map((file) => sizeOf(root, file));
  const other = rest.filter((file) => !/kiosk-content/.test(file)).map((file) => sizeOf(root, file));
  const jsCss = initial.filter((f) => /\.(js|css)$/.test(f.file));
  return { initial, initialTotal: total(jsCss, 'initial JS+CSS'), content, other };
}
