// The real kiosk shell: Electron running the built main, preload and renderer. Launched by run.ts only where
// an Electron binary exists (KIOSK_ELECTRON_BINARY, KIOSK_APP_PATH are set by it).
import { _electron as electron, expect, test } from '@playwright/test';
import type { ElectronApplication, Page } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const binary = process.env.KIOSK_ELECTRON_BINARY;
const appPath = process.env.KIOSK_APP_PATH;

let app: ElectronApplication;
let page: Page;
let configDir: string;

test.beforeAll(() => {
  if (!binary || !appPath) throw new Error('Run this suite through `npm run test:electron`.');
});

test.beforeEach(async () => {
  configDir = mkdtempSync(join(tmpdir(), 'kiosk-electron-'));
  const configPath = join(configDir, 'kiosk-config.json');
  writeFileSync(configPath, JSON.stringify({ idle_seconds: 5, usage_counts: false }));
  const env = { ...process.env } as Record<string, string>;
  delete env.KIOSK_DEV_SERVER;
  // Lets the unpackaged kiosk accept Playwright's --inspect=0 and --remote-debugging-port=0 (and nothing else).
  env.KIOSK_E2E = '1';
  app = await electron.launch({
    executablePath: binary as string,
    args: [appPath as string, `--config=${configPath}`],
    env,
    // Otherwise Playwright adds --no-sandbox, which the kiosk refuses.
    chromiumSandbox: true,
  });
  page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
  await expect(page.locator('#app')).not.toBeEmpty();
});

test.afterEach(async () => {
  // The window refuses to close; end the process from main.
  await app.evaluate(({ app: electronApp }) => electronApp.exit(0)).catch(() => undefined);
  await app.close().catch(() => undefined);
  rmSync(configDir, { recursive: true, force: true });
});

/** The kiosk window's state, read in main. */
async function windowState(): Promise<{
  count: number;
  url: string;
  fullScreen: boolean;
  kiosk: boolean;
  menu: boolean;
  devTools: boolean;
  zoom: number;
  prefs: Record<string, unknown> | null;
}> {
  return app.evaluate(({ BrowserWindow, Menu }) => {
    const windows = BrowserWindow.getAllWindows();
    const w = windows[0];
    return {
      count: windows.length,
      url: w.webContents.getURL(),
      fullScreen: w.isFullScreen(),
      kiosk: w.isKiosk(),
      menu: Menu.getApplicationMenu() !== null,
      devTools: w.webContents.isDevToolsOpened(),
      zoom: w.webContents.getZoomFactor(),
      // getLastWebPreferences() is gone from Electron's typings; use it where the runtime still has it.
      prefs:
        (
          w.webContents as unknown as { getLastWebPreferences?: () => Record<string, unknown> }
        ).getLastWebPreferences?.() ?? null,
    };
  });
}

test('one fullscreen kiosk window on app://kiosk with the locked-down preferences', async () => {
  // Kiosk mode starts once the window has painted (ready-to-show, or the fallback).
  await expect.poll(async () => (await windowState()).fullScreen, { timeout: 10_000 }).toBe(true);
  const state = await windowState();
  expect(state.count).toBe(1);
  expect(state.url).toBe('app://kiosk/');
  expect(state.fullScreen).toBe(true);
  expect(state.kiosk).toBe(true);
  expect(state.menu).toBe(false);
  const page_ = await page.evaluate(() => ({
    kiosk: Object.keys((window as unknown as { kiosk: object }).kiosk).sort(),
    require: typeof (window as unknown as { require?: unknown }).require,
    process: typeof (window as unknown as { process?: unknown }).process,
    ipc: typeof (window as unknown as { ipcRenderer?: unknown }).ipcRenderer,
    // webviewTag: false → <webview> is an unknown element.
    webview: document.createElement('webview').constructor.name,
    frozen: Object.isFrozen((window as unknown as { kiosk: object }).kiosk),
  }));
  expect(page_).toEqual({
    kiosk: [
      'checkPin',
      'exit',
      'exportUsage',
      'getConfig',
      'getUsage',
      'heartbeat',
      'recordUsage',
      'restart',
    ],
    require: 'undefined',
    process: 'undefined',
    ipc: 'undefined',
    webview: 'HTMLUnknownElement',
    frozen: true,
  });
  const loaded = await page.evaluate(() =>
    (
      window as unknown as { kiosk: { getConfig(): Promise<{ config: { idle_seconds: number } }> } }
    ).kiosk.getConfig(),
  );
  expect(loaded.config.idle_seconds).toBe(5);
});

test("the window's webPreferences, read from main, are locked down", async () => {
  const { prefs } = await windowState();
  test.skip(
    prefs === null,
    'getLastWebPreferences() is gone in this Electron: the behaviour checks cover it',
  );
  expect(prefs).toMatchObject({
    sandbox: true,
    contextIsolation: true,
    webSecurity: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    spellcheck: false,
    navigateOnDragDrop: false,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    devTools: false,
  });
});

test('blocked keys do nothing: reload, DevTools, close, zoom', async () => {
  await app.evaluate(({ BrowserWindow }) => {
    const contents = BrowserWindow.getAllWindows()[0].webContents;
    (globalThis as unknown as { loads: number }).loads = 0;
    contents.on('did-start-loading', () => {
      (globalThis as unknown as { loads: number }).loads += 1;
    });
  });
  await page.evaluate(() => {
    const w = window as unknown as { marker: number; seenKeys: string[] };
    w.marker = 42;
    w.seenKeys = [];
    window.addEventListener(
      'keydown',
      (event) => {
        // Modifier keys alone reach the page; what matters is the key they were combined with.
        if (!['Control', 'Shift', 'Alt', 'Meta'].includes(event.key)) w.seenKeys.push(event.key);
      },
      true,
    );
  });
  const logFile = await app.evaluate(
    ({ app: electronApp }) => `${electronApp.getPath('userData')}/logs/kiosk.log`,
  );
  const logStart = existsSync(logFile) ? statSync(logFile).size : 0;
  const blocked = [
    'Control+r',
    'Control+Shift+R',
    'F5',
    'F12',
    'Control+Shift+I',
    'Control+w',
    'Control+q',
    'Alt+F4',
    'F11',
    'Control+=',
    'Control+-',
    'Control+p',
    'Control+u',
    'Control+n',
    'Alt+ArrowLeft',
  ];
  for (const key of blocked) await page.keyboard.press(key);
  // Esc is deliberately let through to the page (panels close with it); fullscreen is restored by main.
  await page.keyboard.press('Escape');
  await page.keyboard.press('a');
  // The page saw only the keys the table lets through.
  expect(await page.evaluate(() => (window as unknown as { seenKeys: string[] }).seenKeys)).toEqual([
    'Escape',
    'a',
  ]);
  // And main logged each block with its rule.
  const log = readFileSync(logFile, 'utf8').slice(logStart);
  for (const rule of [
    'reload',
    'reload-f5',
    'devtools-f12',
    'devtools-ctrl-shift',
    'close-window',
    'quit',
    'close-alt-f4',
    'fullscreen-f11',
    'zoom',
    'print',
    'view-source',
    'new-window',
    'history-alt-arrows',
  ]) {
    expect(log, rule).toContain(`key blocked (${rule})`);
  }
  // A round trip through the page after the keys: any reload would have replaced the marker by now.
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
  const state = await windowState();
  expect(state.count).toBe(1);
  expect(state.devTools).toBe(false);
  expect(state.zoom).toBe(1);
  expect(state.fullScreen).toBe(true);
  expect(await app.evaluate(() => (globalThis as unknown as { loads: number }).loads)).toBe(0);
});

test('window.open and navigation away are refused', async () => {
  const opened = await page.evaluate(() => window.open('app://kiosk/') === null);
  expect(opened).toBe(true);
  const attempt = app.evaluate(
    ({ BrowserWindow }) =>
      new Promise<{ url: string; prevented: boolean }>((done) => {
        BrowserWindow.getAllWindows()[0].webContents.once('will-navigate', (event) => {
          // Our guard ran first (registered at creation): the event is already prevented.
          done({ url: event.url, prevented: event.defaultPrevented });
        });
      }),
  );
  await page.evaluate(() => {
    window.location.href = 'https://example.org/';
  });
  expect(await attempt).toEqual({ url: 'https://example.org/', prevented: true });
  expect((await windowState()).url).toBe('app://kiosk/');
  expect((await windowState()).count).toBe(1);
});

test('every fetch fails, the app origin too (the CSP has no connect-src)', async () => {
  const results = await page.evaluate(async () => {
    const tryFetch = (url: string): Promise<string> =>
      fetch(url).then(
        () => 'fetched',
        () => 'failed',
      );
    return Promise.all([
      tryFetch('https://example.org/'),
      tryFetch('http://127.0.0.1:9/'),
      tryFetch('file:///etc/passwd'),
      tryFetch('app://kiosk/'),
    ]);
  });
  expect(results).toEqual(['failed', 'failed', 'failed', 'failed']);
});

test('the CSP is in force in the page: an inline script is refused and reported', async () => {
  const outcome = await page.evaluate(
    () =>
      new Promise<{ ran: boolean; directive: string }>((done) => {
        document.addEventListener(
          'securitypolicyviolation',
          (event) => {
            const ran = (window as unknown as { inlineRan?: boolean }).inlineRan === true;
            done({ ran, directive: event.effectiveDirective });
          },
          { once: true },
        );
        const script = document.createElement('script');
        script.textContent = 'window.inlineRan = true;';
        document.head.append(script);
      }),
  );
  expect(outcome).toEqual({ ran: false, directive: 'script-src-elem' });
});

test('the OS speech engine lists local voices (read-aloud has a voice to choose)', async () => {
  // Some engines list voices only after 'voiceschanged' (Linux speech-dispatcher, Windows on first use).
  const voices = await page.evaluate(
    () =>
      new Promise<{ name: string; lang: string; local: boolean }[]>((done) => {
        const read = (): { name: string; lang: string; local: boolean }[] =>
          speechSynthesis.getVoices().map((v) => ({ name: v.name, lang: v.lang, local: v.localService }));
        if (read().length > 0) return done(read());
        speechSynthesis.addEventListener('voiceschanged', () => done(read()), { once: true });
        setTimeout(() => done(read()), 10_000);
      }),
  );
  const local = voices.filter((v) => v.local);
  const count = (prefix: string): number =>
    local.filter((v) => v.lang.toLowerCase().startsWith(prefix)).length;
  test.info().annotations.push({
    type: 'voices',
    description: `${voices.length} listed, ${local.length} local (en ${count('en')}, es ${count('es')})`,
  });
  expect(
    local.length,
    'no local voice: install a speech pack (Windows) or speech-dispatcher (Linux)',
  ).toBeGreaterThan(0);
});

test("main's app:// responses carry the CSP header", async () => {
  const header = await app.evaluate(async ({ net }) => {
    const response = await net.fetch('app://kiosk/');
    return response.headers.get('content-security-policy');
  });
  expect(header).toContain("default-src 'none'");
  expect(header).not.toContain('connect-src');
  expect(header).toContain("media-src 'self'");
});

test('a crashed renderer is back on the start screen within 3 s', async () => {
  const result = await app.evaluate(
    ({ BrowserWindow }) =>
      new Promise<{ ms: number; url: string }>((done) => {
        const contents = BrowserWindow.getAllWindows()[0].webContents;
        const started = Date.now();
        contents.once('did-finish-load', () => done({ ms: Date.now() - started, url: contents.getURL() }));
        contents.forcefullyCrashRenderer();
      }),
  );
  expect(result.url).toBe('app://kiosk/');
  expect(result.ms).toBeLessThan(3_000);
  const children: unknown = await app.evaluate(({ BrowserWindow }) =>
    BrowserWindow.getAllWindows()[0].webContents.executeJavaScript(
      'document.querySelector("#app") ? document.querySelector("#app").childElementCount : 0',
    ),
  );
  expect(children).toBeGreaterThan(0);
});

test('named by package.json, not as Electron', async () => {
  const named = await app.evaluate(({ app: electronApp }) => ({
    name: electronApp.getName(),
    version: electronApp.getVersion(),
    userData: electronApp.getPath('userData'),
  }));
  expect(named.name).toBe('ALL Chemo Guide');
  const pkg = JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8')) as { version: string };
  expect(named.version).toBe(pkg.version);
  expect(named.userData).toMatch(/ALL Chemo Guide$/);
});

test('SIGTERM quits the kiosk (the close guard gives way to a real quit)', async () => {
  const closed = new Promise<void>((done) => app.once('close', () => done()));
  const exited = new Promise<number | null>((done) => app.process().once('exit', (code) => done(code)));
  app.process().kill('SIGTERM');
  await closed;
  expect(await exited).toBe(0);
});
