// 7. Electron figures, only where a real Electron binary exists: cold start to first contentful paint of the
// kiosk against an empty Electron app (one window, one paragraph), and the kiosk's process memory (sum of
// app.getAppMetrics() working sets) after 10,000 in-page navigations. Where the binary is missing (the
// `electron` package fetches it on first launch, which fails offline), this returns the reason instead.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { _electron as electron } from '@playwright/test';
import { BOOT_SCREEN } from './browser';
import { summarize, type Summary } from './stats';
import { installTour } from './tour';
import type { TourWindow } from './tour';

export type ElectronResult =
  | { skipped: true; reason: string }
  | {
      skipped: false;
      binary: string;
      coldStart: { kiosk: Summary; empty: Summary };
      processMemoryMB: number;
      navigations: number;
    };

/** The binary the `electron` package would run, without triggering its download. */
function findElectronBinary(): string | null {
  const dir = resolve('node_modules/electron');
  const pathFile = join(dir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : 'electron';
  const candidates = [
    process.env.ELECTRON_OVERRIDE_DIST_PATH ? join(process.env.ELECTRON_OVERRIDE_DIST_PATH, relative) : '',
    join(dir, 'dist', relative),
  ].filter(Boolean);
  return candidates.find((c) => existsSync(c)) ?? null;
}

const EMPTY_MAIN = `const { app, BrowserWindow } = require('electron');
app.whenReady().then(() => {
  const win = new BrowserWindow({ width: 1280, height: 800 });
  win.loadFile(require('node:path').join(__dirname, 'index.html'));
});
`;

/** The environment for a launched app: ours plus `extra` (Playwright wants plain strings). */
function launchEnv(extra: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
  return { ...env, ...extra };
}

async function coldStart(binary: string, args: string[], env: Record<string, string>): Promise<number> {
  const t0 = Date.now();
  const app = await electron.launch({
    executablePath: binary,
    args,
    env: launchEnv(env),
  });
  try {
    const win = await app.firstWindow();
    const paintedAt = await win.evaluate(
      () =>
        new Promise<number>((resolveFcp) => {
          new PerformanceObserver((list) => {
            const fcp = list.getEntries().find((e) => e.name === 'first-contentful-paint');
            if (fcp) resolveFcp(performance.timeOrigin + fcp.startTime);
          }).observe({ type: 'paint', buffered: true });
        }),
    );
    return paintedAt - t0;
  } finally {
    await app.close();
  }
}

export async function measureElectron(outDir: string, runs: number): Promise<ElectronResult> {
  const binary = findElectronBinary();
  if (!binary) {
    return {
      skipped: true,
      reason:
        'no Electron binary on this machine (node_modules/electron/dist is empty and ELECTRON_OVERRIDE_DIST_PATH is unset)',
    };
  }
  const emptyDir = resolve(outDir, 'bench-empty-electron');
  mkdirSync(emptyDir, { recursive: true });
  writeFileSync(join(emptyDir, 'package.json'), JSON.stringify({ name: 'empty', main: 'main.cjs' }));
  writeFileSync(join(emptyDir, 'main.cjs'), EMPTY_MAIN);
  writeFileSync(join(emptyDir, 'index.html'), '<!doctype html><p>ALL Chemo Guide</p>');
  const kioskMain = resolve(outDir, 'main/index.js');
  const env = { KIOSK_OUT: outDir };
  const kiosk: number[] = [];
  const empty: number[] = [];
  for (let i = 0; i < runs; i++) {
    kiosk.push(await coldStart(binary, [kioskMain], env));
    empty.push(await coldStart(binary, [emptyDir], {}));
  }
  // Process memory after the same 10,000-navigation route the Chromium memory run takes.
  const app = await electron.launch({
    executablePath: binary,
    args: [kioskMain],
    env: launchEnv(env),
  });
  let processMemoryMB: number;
  const navigations = 10_000;
  try {
    const win = await app.firstWindow();
    await win.waitForSelector(BOOT_SCREEN, { state: 'attached' });
    await win.evaluate(installTour);
    await win.evaluate(async (count) => {
      const tour = (window as TourWindow).__benchTour;
      for (let i = 0; i < count; i++) {
        tour?.pick()?.click();
        if (i % 10 === 9) await new Promise<void>((r) => requestAnimationFrame(() => r()));
        else await Promise.resolve();
      }
    }, navigations);
    const metrics = await app.evaluate(({ app: a }) => a.getAppMetrics());
    processMemoryMB = metrics.reduce((sum, m) => sum + m.memory.workingSetSize, 0) / 1024;
  } finally {
    await app.close();
  }
  return {
    skipped: false,
    binary,
    coldStart: { kiosk: summarize(kiosk), empty: summarize(empty) },
    processMemoryMB,
    navigations,
  };
}
