import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  CSP_DIRECTIVES,
  PERMISSIONS_POLICY,
  SECURITY_HEADERS,
} from '../../../../electron/shared/csp';

const directives = new Map(
  CONTENT_SECURITY_POLICY.split('; ').map((part) => {
    const [name, ...values] = part.split(' ');
    return [name, values.join(' ')] as const;
  }),
);

describe('CSP', () => {
  it('starts from nothing', () => {
    expect(CONTENT_SECURITY_POLICY.startsWith("default-src 'none'")).toBe(true);
  });
  it('grants only self, never inline, eval, data: or remote hosts', () => {
    for (const [name, value] of directives) {
      expect(["'self'", "'none'"], name).toContain(value);
    }
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe|data:|blob:|https?:|\*/);
  });
  it.each(['object-src', 'frame-src', 'form-action', 'base-uri', 'frame-ancestors'])('%s is none', (name) => {
    expect(directives.get(name)).toBe("'none'");
  });
  it('grants no connect-src (the UI fetches nothing) and no font-src (system fonts only)', () => {
    expect(directives.has('connect-src')).toBe(false);
    expect(directives.has('font-src')).toBe(false);
  });
  it("grants media-src 'self' only: recorded narration is copied into the built UI, never streamed", () => {
    expect(directives.get('media-src')).toBe("'self'");
  });
  it('has each directive once', () => {
    expect(directives.size).toBe(CSP_DIRECTIVES.length);
  });
  it('the exact header', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; media-src 'self'; object-src 'none'; frame-src 'none'; frame-ancestors 'none'; form-action 'none'; base-uri 'none'",
    );
  });
});

describe('other headers', () => {
  it('are all present', () => {
    expect(SECURITY_HEADERS).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cross-Origin-Opener-Policy': 'same-origin',
    });
  });
  it.each(['camera', 'microphone', 'geolocation', 'usb', 'serial', 'hid', 'payment'])(
    'Permissions-Policy denies %s',
    (feature) => {
      expect(PERMISSIONS_POLICY.split(', ')).toContain(`${feature}=()`);
    },
  );
});
