// The Content-Security-Policy and the other security headers that every app:// response carries (Electron's
// protocol handler and `npm run web` share them through electron/main/app-protocol-handler.ts). Start from
// `default-src 'none'` and grant 'self' only to the resource types the built UI actually loads.

export type CspDirective =
  | 'default-src'
  | 'script-src'
  | 'style-src'
  | 'img-src'
  | 'font-src'
  | 'media-src'
  | 'connect-src'
  | 'object-src'
  | 'frame-src'
  | 'frame-ancestors'
  | 'form-action'
  | 'base-uri';

/** Directive → sources. Order is the order in the header. */
export const CSP_DIRECTIVES: ReadonlyArray<readonly [CspDirective, string]> = [
  // Everything not granted below is refused: fonts (the UI uses system fonts; grant font-src 'self' the day it
  // ships one), workers, manifests, and fetch/XHR/WebSocket (no connect-src: the UI fetches nothing).
  ['default-src', "'none'"],
  // The bundled ES modules from our own origin; no inline script, no eval.
  ['script-src', "'self'"],
  // The bundled stylesheet; no inline <style> or style="" markup (CSSOM property writes are not affected).
  ['style-src', "'self'"],
  // Images shipped with the UI (icons, QR codes are inline SVG elements and need no grant).
  ['img-src', "'self'"],
  // Recorded narration copied from content/<locale>/audio into the built UI; never another origin.
  ['media-src', "'self'"],
  // No plugins (<object>, <embed>).
  ['object-src', "'none'"],
  // No frames of any kind inside the kiosk.
  ['frame-src', "'none'"],
  // Nobody may frame the kiosk (clickjacking); meaningful for `npm run web`.
  ['frame-ancestors', "'none'"],
  // No form may submit anywhere (there are no forms; a stray one must not navigate).
  ['form-action', "'none'"],
  // No <base href> that could re-point relative URLs.
  ['base-uri', "'none'"],
];

/** The header value, e.g. `default-src 'none'; script-src 'self'; …`. */
function buildCsp(directives: ReadonlyArray<readonly [CspDirective, string]> = CSP_DIRECTIVES): string {
  return directives.map(([name, value]) => `${name} ${value}`).join('; ');
}

export const CONTENT_SECURITY_POLICY: string = buildCsp();

/** Features the page may never use; each gets an empty allowlist `()`. Only names Chromium recognises. */
const DENIED_PERMISSIONS_POLICY_FEATURES: readonly string[] = [
  'accelerometer', // motion sensors: nothing to sense on a wall-mounted screen
  'camera', // a kiosk in a clinic must never see its visitors
  'display-capture', // no screen recording
  'geolocation', // location is nobody's business here
  'gyroscope', // motion sensors
  'hid', // no attached devices
  'magnetometer', // motion sensors
  'microphone', // never listen to visitors
  'midi', // no instruments
  'payment', // no payments
  'serial', // no attached devices
  'usb', // no attached devices
];

export const PERMISSIONS_POLICY: string = DENIED_PERMISSIONS_POLICY_FEATURES.map((f) => `${f}=()`).join(', ');

/** Headers on every response, success or error. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  // The policy above.
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  // Browsers must trust our Content-Type, never guess one.
  'X-Content-Type-Options': 'nosniff',
  // Nothing leaks the page a visitor was on.
  'Referrer-Policy': 'no-referrer',
  // No other window shares our browsing context group.
  'Cross-Origin-Opener-Policy': 'same-origin',
  // Our files may be loaded by our own origin only.
  'Cross-Origin-Resource-Policy': 'same-origin',
  // Sensors, cameras and devices: denied to the page outright.
  'Permissions-Policy': PERMISSIONS_POLICY,
});
