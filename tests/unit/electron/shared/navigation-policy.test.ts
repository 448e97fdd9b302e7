import { describe, expect, it } from 'vitest';
import { isAppUrl, isNavigationAllowed, START_URL } from '../../../../electron/shared/navigation-policy';

const prod = { devServerOrigin: null };
const dev = { devServerOrigin: 'http://localhost:5173' };

describe('navigation allowlist', () => {
  it.each(['app://kiosk/', 'app://kiosk/index.html', 'app://kiosk/index.html#/page/fever', START_URL])(
    'allows %s',
    (url) => {
      expect(isNavigationAllowed(url, prod)).toBe(true);
    },
  );

  it.each([
    'app://kiosk.evil/',
    'app://evil/',
    'app://x@evil/',
    'app://kiosk@evil/',
    'app://kiosk:80@evil/',
    'app://kiosk:80/',
    'app://user:pw@kiosk/',
    'app://KIOSK.evil/',
    'app:kiosk/index.html',
    'app:///kiosk/',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'http://kiosk/',
    'https://kiosk/',
    'http://localhost:5173/',
    'blob:app://kiosk/1234',
    'about:blank',
    'chrome://settings',
    'devtools://devtools/bundled/inspector.html',
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(isNavigationAllowed(url, prod)).toBe(false);
  });

  it('in dev allows the dev server origin only', () => {
    expect(isNavigationAllowed('http://localhost:5173/', dev)).toBe(true);
    expect(isNavigationAllowed('http://localhost:5173/src/main.ts', dev)).toBe(true);
    expect(isNavigationAllowed('http://localhost:5174/', dev)).toBe(false);
    expect(isNavigationAllowed('http://localhost:5173@evil/', dev)).toBe(false);
    expect(isNavigationAllowed('http://evil:5173/', dev)).toBe(false);
    expect(isNavigationAllowed('ws://localhost:5173/', dev)).toBe(false);
    expect(isNavigationAllowed('https://example.org/', dev)).toBe(false);
  });

  it('isAppUrl needs the exact host with no credentials or port', () => {
    expect(isAppUrl('app://kiosk/assets/x.js')).toBe(true);
    expect(isAppUrl('app://kiosk:443/')).toBe(false);
  });
});
