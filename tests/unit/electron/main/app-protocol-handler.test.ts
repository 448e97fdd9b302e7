import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAppProtocolHandler } from '../../../../electron/main/app-protocol-handler';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../../../../electron/shared/csp';

let base: string;
let root: string;
let handler: (request: Request) => Promise<Response>;

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'kiosk-handler-'));
  root = join(base, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>kiosk</title>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(root, 'assets', 'app.css'), 'body{}');
  writeFileSync(join(root, 'assets', 'icon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(root, 'assets', 'font.woff2'), 'wOF2');
  mkdirSync(join(root, 'audio', 'en', 'welcome'), { recursive: true });
  writeFileSync(join(root, 'audio', 'en', 'welcome', 'hello.ogg'), 'OggS');
  writeFileSync(join(root, 'audio', 'en', 'welcome', 'hello.mp3'), 'ID3');
  writeFileSync(join(root, 'audio', 'en', 'welcome', 'hello.wav'), 'RIFF');
  writeFileSync(join(root, 'assets', 'data.bin'), 'binary');
  writeFileSync(join(root, 'assets', 'name with space.js'), 'ok');
  writeFileSync(join(root, '.hidden.js'), 'secret');
  // Outside the root: must never be served.
  writeFileSync(join(base, 'secret.js'), 'TOP SECRET');
  mkdirSync(join(base, 'renderer-evil'));
  writeFileSync(join(base, 'renderer-evil', 'x.js'), 'TOP SECRET');
  symlinkSync(join(base, 'secret.js'), join(root, 'assets', 'link-out.js'));
  symlinkSync(base, join(root, 'dir-link'));
  symlinkSync(join(root, 'assets', 'app.js'), join(root, 'assets', 'link-in.js'));
  handler = createAppProtocolHandler({ root, origins: ['app://kiosk', 'http://127.0.0.1:4173'] });
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

const get = (url: string, method = 'GET'): Promise<Response> => handler(new Request(url, { method }));

async function expectRefused(url: string): Promise<Response> {
  const response = await get(url);
  expect(response.status, url).toBeGreaterThanOrEqual(400);
  const body = await response.text();
  expect(body).not.toContain('SECRET');
  expect(body).not.toContain('secret');
  expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  return response;
}

describe('app:// handler: files and MIME types', () => {
  it.each([
    ['app://kiosk/', 'text/html; charset=utf-8', '<!doctype html>'],
    ['app://kiosk/index.html', 'text/html; charset=utf-8', '<!doctype html>'],
    ['app://kiosk/assets/app.js', 'text/javascript; charset=utf-8', 'console.log(1)'],
    ['app://kiosk/assets/app.css', 'text/css; charset=utf-8', 'body{}'],
    ['app://kiosk/assets/icon.svg', 'image/svg+xml', '<svg'],
    ['app://kiosk/assets/font.woff2', 'font/woff2', 'wOF2'],
    ['app://kiosk/audio/en/welcome/hello.ogg', 'audio/ogg', 'OggS'],
    ['app://kiosk/audio/en/welcome/hello.mp3', 'audio/mpeg', 'ID3'],
    ['app://kiosk/audio/en/welcome/hello.wav', 'audio/wav', 'RIFF'],
    ['app://kiosk/assets/name%20with%20space.js', 'text/javascript; charset=utf-8', 'ok'],
    ['app://kiosk/assets/app.js?v=1#x', 'text/javascript; charset=utf-8', 'console.log(1)'],
    ['app://kiosk/assets/link-in.js', 'text/javascript; charset=utf-8', 'console.log(1)'],
    ['http://127.0.0.1:4173/assets/app.js', 'text/javascript; charset=utf-8', 'console.log(1)'],
  ])('%s → 200 %s', async (url, type, start) => {
    const response = await get(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expect((await response.text()).startsWith(start)).toBe(true);
  });

  it('HEAD answers headers without a body', async () => {
    const response = await get('app://kiosk/assets/app.js', 'HEAD');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-length')).toBe('14');
    expect(await response.text()).toBe('');
  });

  it.each(['POST', 'PUT', 'DELETE', 'OPTIONS'])('%s → 405', async (method) => {
    const response = await get('app://kiosk/index.html', method);
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
  });

  it('an unknown extension is 404 with nosniff, never served as octet-stream', async () => {
    const response = await get('app://kiosk/assets/data.bin');
    expect(response.status).toBe(404);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
  });

  it('a missing file is 404', async () => {
    expect((await get('app://kiosk/assets/missing.js')).status).toBe(404);
  });
});

describe('app:// handler: directories', () => {
  it.each(['app://kiosk/assets/', 'app://kiosk/assets', 'app://kiosk/dir-link/'])(
    '%s is not listed',
    async (url) => {
      const response = await expectRefused(url);
      expect([400, 404]).toContain(response.status);
    },
  );
});

describe('app:// handler: nothing outside the root', () => {
  it.each([
    'app://kiosk/../secret.js',
    'app://kiosk/assets/../../secret.js',
    'app://kiosk/%2e%2e/secret.js',
    'app://kiosk/%2E%2E/secret.js',
    'app://kiosk/assets/%2e%2e/%2e%2e/secret.js',
    'app://kiosk/..%2fsecret.js',
    'app://kiosk/..%2Fsecret.js',
    'app://kiosk/assets/..%2f..%2fsecret.js',
    'app://kiosk/..%5csecret.js',
    'app://kiosk/..%5Csecret.js',
    'app://kiosk/..\\secret.js',
    'app://kiosk/assets\\..\\..\\secret.js',
    'app://kiosk/%2e%2e%2fsecret.js',
    'app://kiosk/secret.js%00.js',
    'app://kiosk/index.html%00',
    'app://kiosk//etc/passwd.js',
    'app://kiosk/%2fetc%2fpasswd.js',
    'app://kiosk/C:/Windows/win.ini.txt',
    'app://kiosk/C:%5cWindows%5cwin.ini.txt',
    'app://kiosk/c%3a/secret.js',
    'app://kiosk/assets/link-out.js',
    'app://kiosk/dir-link/secret.js',
    'app://kiosk/dir-link/renderer-evil/x.js',
    'app://kiosk/../renderer-evil/x.js',
    'app://kiosk/.hidden.js',
    'app://kiosk/%E0%A4%A.js',
    'http://127.0.0.1:4173/..%2fsecret.js',
  ])('%s is refused', async (url) => {
    await expectRefused(url);
  });
});

describe('app:// handler: origin', () => {
  it.each([
    'app://evil/index.html',
    'app://kiosk.evil/index.html',
    'app://kiosk:8080/index.html',
    'http://127.0.0.1:4174/index.html',
    'http://localhost:4173/index.html',
    'https://127.0.0.1:4173/index.html',
    'file:///etc/passwd',
  ])('%s → 403', async (url) => {
    const response = await expectRefused(url);
    expect(response.status).toBe(403);
  });
});

describe('app:// handler: headers on every response', () => {
  it.each([
    'app://kiosk/',
    'app://kiosk/assets/app.js',
    'app://kiosk/assets/missing.js',
    'app://kiosk/..%2fsecret.js',
    'app://evil/',
    'app://kiosk/assets/data.bin',
  ])('%s carries CSP and the security headers', async (url) => {
    const response = await get(url);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      expect(response.headers.get(name), name).toBe(value);
    }
  });
});
