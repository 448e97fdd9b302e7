// Starts the BUILT main bundle against the fake Electron, one fresh module graph per test.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { vi } from 'vitest';
import type * as FakeElectron from './fake-electron';

export type Fake = typeof FakeElectron;

export const MAIN_BUNDLE = resolve(process.env.KIOSK_OUT ?? 'out', 'main', 'index.js');
const PROJECT = resolve('.');

export type StartOptions = {
  /** Extra command-line arguments after the app path. */
  args?: string[];
  env?: Record<string, string>;
  packaged?: boolean;
  singleInstance?: boolean;
  platform?: string;
  /** false: stop before 'ready' (to look at what main did first). */
  ready?: boolean;
  /** Runs with the temp app-data folder before main starts (to seed files in the data folder). */
  beforeStart?: (appData: string) => void;
};

export type Kiosk = {
  fake: Fake;
  appData: string;
  /** The kiosk's own log file so far ('' before the first line). */
  log(): string;
  /** The one window main created. */
  window(): InstanceType<typeof FakeElectron.BrowserWindow>;
  /** The kiosk page as an IPC sender. */
  page(): FakeElectron.FakeSender;
  stop(): void;
};

/** Lets main's promise continuations run (not timers: those are fake and advanced by the test). */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise<void>((done) => setImmediate(done));
}

/** Kiosks started and not yet stopped (each-test.ts stops them after every test). */
const running = new Set<Kiosk>();

/** Stops every kiosk still running. */
export function stopKiosks(): void {
  for (const kiosk of running) kiosk.stop();
}

export async function startKiosk(options: StartOptions = {}): Promise<Kiosk> {
  vi.resetModules();
  const appData = mkdtempSync(join(tmpdir(), 'kiosk-harness-'));
  const savedArgv = process.argv;
  process.argv = ['/opt/electron/electron', PROJECT, ...(options.args ?? [])];
  for (const name of ['KIOSK_DEV_SERVER', 'KIOSK_CONFIG', 'KIOSK_E2E', 'APPIMAGE', 'NODE_OPTIONS']) {
    vi.stubEnv(name, undefined);
  }
  // Logs, counts and status go to the per-user folder inside the temp app-data, never to the machine-wide
  // /var/lib folder (writable here, since tests run as root).
  vi.stubEnv('KIOSK_DATA_DIR', join(appData, 'ALL Chemo Guide'));
  for (const [name, value] of Object.entries(options.env ?? {})) vi.stubEnv(name, value);
  options.beforeStart?.(appData);

  const fake = await import('./fake-electron');
  // Main's process-wide error handlers are captured, not installed in the test runner's own process.
  const realOn = process.on.bind(process);
  vi.spyOn(process, 'on').mockImplementation(((name: string, handler: (error: unknown) => void) => {
    if (name === 'uncaughtException' || name === 'unhandledRejection') {
      const list = fake.uncaught.handlers.get(name) ?? [];
      list.push(handler);
      fake.uncaught.handlers.set(name, list);
      return process;
    }
    return realOn(name, handler);
  }) as typeof process.on);
  fake.app.configure({
    appData,
    packaged: options.packaged,
    singleInstance: options.singleInstance,
    platform: options.platform,
  });

  await import(/* @vite-ignore */ MAIN_BUNDLE);
  await settle();
  if (options.ready !== false && fake.app.exitCode === null) {
    fake.app.emitReady();
    await settle();
  }
  const logFile = join(appData, 'ALL Chemo Guide', 'logs', 'kiosk.log');
  const kiosk: Kiosk = {
    fake,
    appData,
    log: () => (existsSync(logFile) ? readFileSync(logFile, 'utf8') : ''),
    window: () => {
      const [window] = fake.BrowserWindow.created;
      if (window === undefined) throw new Error('main created no window');
      return window;
    },
    page: () => ({ contents: fake.BrowserWindow.created[0].webContents }),
    stop: () => {
      if (!running.delete(kiosk)) return;
      process.argv = savedArgv;
      vi.unstubAllEnvs();
      vi.restoreAllMocks();
      rmSync(appData, { recursive: true, force: true });
    },
  };
  running.add(kiosk);
  return kiosk;
}
