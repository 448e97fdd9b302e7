// The one request handler that serves the built UI: Electron's `protocol.handle('app', …)` and `npm run web`'s
// HTTP server (build/scripts/serve.ts) both call it, so the path checks and headers the tests see are the ones
// visitors get. Node's fs + web Request/Response only: no Electron import, so unit tests load it directly.
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { SECURITY_HEADERS } from '../shared/csp';

/** File extension → Content-Type. Anything else is refused with 404 (never sniffed, never octet-stream). */
const MIME_TYPES: Readonly<Record<string, string>> = Object.freeze({
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  // Recorded narration (content/<locale>/audio), played by the UI's <audio> element.
  '.ogg': 'audio/ogg',
  '.opus': 'audio/ogg',
  '.mp3': 'audio/mpeg',
  '.wav': 'audio/wav',
});

export type AppHandlerOptions = {
  /** The folder to serve (the built renderer). */
  root: string;
  /** Origins this handler answers for, e.g. `app://kiosk` or `http://127.0.0.1:4173`. */
  origins: readonly string[];
};

export type AppRequestHandler = (request: Request) => Promise<Response>;

function respond(
  status: number,
  body: Uint8Array<ArrayBuffer> | string | null,
  headers: Record<string, string> = {},
): Response {
  return new Response(body, {
    status,
    headers: { ...SECURITY_HEADERS, 'Cache-Control': 'no-cache', ...headers },
  });
}

function plain(status: number, text: string): Response {
  return respond(status, text, { 'Content-Type': 'text/plain; charset=utf-8' });
}

/** One decoded path segment, or null when it could name something outside the root. */
function safeSegment(raw: string): string | null {
  let segment: string;
  try {
    segment = decodeURIComponent(raw);
  } catch {
    return null; // malformed percent-encoding
  }
  if (segment === '' || segment === '.' || segment === '..') return null;
  // Separators, NUL, drive letters / alternate data streams, and dotfiles never name a served file.
  if (/[/\\:]/.test(segment) || segment.startsWith('.')) return null;
  // NUL and other control characters have no business in our file names.
  for (let i = 0; i < segment.length; i++) {
    const code = segment.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return null;
  }
  return segment;
}

function isInside(root: string, candidate: string): boolean {
  const rel = relative(root, candidate);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) && !rel.split(sep).includes('..');
}

export function createAppProtocolHandler(options: AppHandlerOptions): AppRequestHandler {
  const root = resolve(options.root);
  const origins = new Set(options.origins);
  let realRoot: Promise<string> | null = null;

  return async (request: Request): Promise<Response> => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return plain(400, 'Bad request.');
    }
    if (url.username !== '' || url.password !== '' || !origins.has(`${url.protocol}//${url.host}`)) {
      return plain(403, 'Wrong origin.');
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return respond(405, 'Only GET and HEAD.', {
        'Content-Type': 'text/plain; charset=utf-8',
        Allow: 'GET, HEAD',
      });
    }
    // Parsers normalise "/../" and "/%2e%2e/" away already; anything still odd in the raw path is refused.
    const path = url.pathname;
    if (path.includes('\\') || path.includes('\0') || !path.startsWith('/')) return plain(400, 'Bad path.');
    let segments: string[];
    if (path === '/') {
      // Only the root serves index.html; other directories are not listed or redirected.
      segments = ['index.html'];
    } else {
      const parts = path.slice(1).split('/');
      const safe = parts.map(safeSegment);
      if (safe.some((s) => s === null)) return plain(400, 'Bad path.');
      segments = safe as string[];
    }
    const type = MIME_TYPES[extname(segments[segments.length - 1]).toLowerCase()];
    if (type === undefined) return plain(404, 'Not found.');

    const file = resolve(root, ...segments);
    if (!isInside(root, file)) return plain(400, 'Bad path.');
    try {
      // A symlink inside the root may point anywhere: compare real paths too.
      realRoot ??= realpath(root);
      const [realBase, realFile] = await Promise.all([realRoot, realpath(file)]);
      if (!isInside(realBase, realFile)) return plain(404, 'Not found.');
      const info = await stat(realFile);
      if (!info.isFile()) return plain(404, 'Not found.');
      const headers = { 'Content-Type': type, 'Content-Length': String(info.size) };
      if (request.method === 'HEAD') return respond(200, null, headers);
      // A copy typed as a plain ArrayBuffer view, which both Node's and the DOM's Response accept.
      const body = Uint8Array.from(await readFile(realFile));
      return respond(200, body, headers);
    } catch {
      realRoot = null; // the root itself may appear later (a build in progress)
      return plain(404, 'Not found.');
    }
  };
}
