// The session's request filter: the kiosk makes no network requests at all. Only the app:// origin is
// served; in `npm run dev` the Vite dev server (http + its HMR websocket) and DevTools' own devtools:
// scheme are let through as well. Every refusal is logged by main with the reason returned here.
import { isAppUrl } from './navigation-policy';
import { parseUrl } from './web-url';
import type { ParsedUrl } from './web-url';

export type NetworkOptions = {
  /** `http://localhost:5173` in `npm run dev`; null in production. */
  devServerOrigin: string | null;
};

export type NetworkDecision = { allow: true } | { allow: false; reason: string };

function sameHostAndPort(a: ParsedUrl, b: ParsedUrl): boolean {
  return a.hostname === b.hostname && a.port === b.port && a.username === '' && a.password === '';
}

export function decideRequest(url: string, options: NetworkOptions): NetworkDecision {
  const parsed = parseUrl(url);
  if (parsed === null) return { allow: false, reason: 'unparseable URL' };
  if (isAppUrl(url)) return { allow: true };
  if (options.devServerOrigin !== null) {
    const dev = parseUrl(options.devServerOrigin);
    // DevTools' own front-end, only when DevTools may be open at all (dev).
    if (parsed.protocol === 'devtools:') return { allow: true };
    if (dev !== null && sameHostAndPort(parsed, dev)) {
      // The dev server's pages and modules, and Vite's hot-reload websocket.
      const http = dev.protocol === 'https:' ? 'https:' : 'http:';
      const ws = dev.protocol === 'https:' ? 'wss:' : 'ws:';
      if (parsed.protocol === http || parsed.protocol === ws) return { allow: true };
    }
  }
  if (parsed.protocol === 'app:')
    return { allow: false, reason: 'app: ParsedUrl on a host other than the kiosk' };
  return { allow: false, reason: `scheme ${parsed.protocol} is not served in the kiosk` };
}

/** What a log line may say about a refused URL: scheme and host only, never a path or query. */
export function describeUrlForLog(url: string): string {
  const parsed = parseUrl(url);
  if (parsed === null) return '(unparseable URL)';
  return parsed.host === '' ? parsed.protocol : `${parsed.protocol}//${parsed.host}`;
}
