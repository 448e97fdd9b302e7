import { describe, expect, it } from 'vitest';
import { decideRequest, describeUrlForLog } from '../../../../electron/shared/network-policy';

const prod = { devServerOrigin: null };
const dev = { devServerOrigin: 'http://localhost:5173' };

describe('network filter', () => {
  it.each(['app://kiosk/', 'app://kiosk/assets/index-abc.js'])('lets %s through', (url) => {
    expect(decideRequest(url, prod)).toEqual({ allow: true });
  });

  it.each([
    'https://example.org/',
    'http://127.0.0.1:4173/',
    'http://localhost:5173/',
    'ws://localhost:5173/',
    'wss://example.org/socket',
    'file:///etc/passwd',
    'data:text/plain,hi',
    'blob:app://kiosk/1',
    'ftp://example.org/',
    'devtools://devtools/bundled/inspector.html',
    'chrome-extension://abc/x.js',
    'app://evil/',
    'app://kiosk.evil/',
    'app://x@kiosk/',
    'nonsense',
  ])('cancels %s in production', (url) => {
    const decision = decideRequest(url, prod);
    expect(!decision.allow && decision.reason).toMatch(/./);
  });

  it('in dev lets the dev server, its HMR socket and devtools: through, nothing else', () => {
    expect(decideRequest('http://localhost:5173/src/main.ts', dev).allow).toBe(true);
    expect(decideRequest('ws://localhost:5173/', dev).allow).toBe(true);
    expect(decideRequest('devtools://devtools/bundled/inspector.html', dev).allow).toBe(true);
    expect(decideRequest('http://localhost:5174/', dev).allow).toBe(false);
    expect(decideRequest('https://localhost:5173/', dev).allow).toBe(false);
    expect(decideRequest('http://evil:5173/', dev).allow).toBe(false);
    expect(decideRequest('https://example.org/', dev).allow).toBe(false);
  });

  it('logs scheme and host only, never path or query', () => {
    expect(describeUrlForLog('https://example.org/search?q=my+name')).toBe('https://example.org');
    expect(describeUrlForLog('data:text/plain,secret')).toBe('data:');
    expect(describeUrlForLog('%%%')).toBe('(unparseable URL)');
  });
});
