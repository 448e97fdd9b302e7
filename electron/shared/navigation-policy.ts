// Where the kiosk's web contents may navigate: its own app:// origin and nothing else (plus the Vite dev
// server in `npm run dev`). Decisions use the WHATWG URL parser, never string prefixes, so
// `app://kiosk.evil/`, `app://kiosk@evil/` and friends are refused.
import { APP_HOST, APP_SCHEME } from './ipc-contract';
import { parseUrl } from './web-url';

export type NavigationOptions = {
  /** The Vite dev server origin (`http://localhost:5173`) in `npm run dev`; null in production. */
  devServerOrigin: string | null;
};

/** True only for `app://kiosk/...` with no user, password or port. */
export function isAppUrl(url: string): boolean {
  const parsed = parseUrl(url);
  return (
    parsed !== null &&
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname === APP_HOST &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/** True when `url` is on the dev server's origin (http(s) only, exact origin match). */
export function isDevServerUrl(url: string, devServerOrigin: string | null): boolean {
  if (devServerOrigin === null) return false;
  const parsed = parseUrl(url);
  const dev = parseUrl(devServerOrigin);
  if (parsed === null || dev === null) return false;
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
  return parsed.origin === dev.origin && parsed.username === '' && parsed.password === '';
}

/** will-navigate / will-frame-navigate / will-redirect: allow only the app's own origin. */
export function isNavigationAllowed(url: string, options: NavigationOptions): boolean {
  return isAppUrl(url) || isDevServerUrl(url, options.devServerOrigin);
}

/** The start screen the kiosk (re)loads. */
export const START_URL = `${APP_SCHEME}://${APP_HOST}/`;
