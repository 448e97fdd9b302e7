// WHATWG URL parsing for the pure policies. Every runtime we ship to (Node, Electron, Chromium) has the
// global URL class, but electron/shared compiles with no platform types, so the few fields we read are
// typed here once.

export type ParsedUrl = {
  readonly href: string;
  readonly protocol: string;
  readonly username: string;
  readonly password: string;
  readonly host: string;
  readonly hostname: string;
  readonly port: string;
  readonly origin: string;
  readonly pathname: string;
};

type UrlConstructor = new (url: string) => ParsedUrl;

const UrlClass = (globalThis as unknown as { URL: UrlConstructor }).URL;

/** The parsed URL, or null when it does not parse. */
export function parseUrl(url: string): ParsedUrl | null {
  try {
    return new UrlClass(url);
  } catch {
    return null;
  }
}
