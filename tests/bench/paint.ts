// 1. First paint, first contentful paint and largest contentful paint of the screen the kiosk boots into (the
// attract screen; the start screen where there is none), against the static anchor (the same screen frozen into
// HTML + the same stylesheet, no script), interleaved run by run, at each CPU throttling rate. Each run gets a
// fresh context (empty cache) whose renderer process is started first on a blank page of the same origin, so
// neither side pays for spawning a process (the kiosk's window has its process before it loads the UI).
import type { Browser } from '@playwright/test';
import { openPage, waitForBoot } from './browser';
import { summarize, type Summary } from './stats';

type PaintSample = { fp: number; fcp: number; lcp: number; screen: string };
export type PaintResult = {
  cpuRate: number;
  /** Which screen the app booted into. */
  screen: string;
  runs: number;
  app: { fp: Summary; fcp: Summary; lcp: Summary };
  anchor: { fp: Summary; fcp: Summary; lcp: Summary };
};

/** Runs in the page once the screen is up: paint timings and the last LCP candidate, all since navigation. */
async function readPaints(): Promise<PaintSample> {
  await new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
  const paint = (name: string): number =>
    performance.getEntriesByType('paint').find((entry) => entry.name === name)?.startTime ?? Number.NaN;
  const lcp = await new Promise<number>((resolve) => {
    const timer = setTimeout(() => resolve(Number.NaN), 2000);
    new PerformanceObserver((list, observer) => {
      const last = list.getEntries().at(-1);
      clearTimeout(timer);
      observer.disconnect();
      resolve(last ? last.startTime : Number.NaN);
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
  const screen = document.querySelector('[data-testid="attract"]')
    ? 'attract'
    : (document.querySelector<HTMLElement>('.app')?.dataset.screen ?? 'static');
  return { fp: paint('first-paint'), fcp: paint('first-contentful-paint'), lcp, screen };
}

/** A same-origin empty page, to start the renderer process before the measured load. */
const blankUrl = (url: string): string => new URL('/__bench__/blank.html', url).href;

async function loadOnce(
  browser: Browser,
  url: string,
  cpuRate: number,
  isApp: boolean,
): Promise<PaintSample> {
  const { context, page } = await openPage(browser, { cpuRate });
  try {
    await page.goto(blankUrl(url), { waitUntil: 'load' });
    await page.goto(url, { waitUntil: 'load' });
    if (isApp) await waitForBoot(page);
    return await page.evaluate(readPaints);
  } finally {
    await context.close();
  }
}

function check(sample: PaintSample, what: string): PaintSample {
  if (![sample.fp, sample.fcp, sample.lcp].every(Number.isFinite)) {
    throw new Error(`${what}: a paint timing is missing (${JSON.stringify(sample)}).`);
  }
  return sample;
}

export async function measurePaint(
  browser: Browser,
  urls: { app: string; anchor: string },
  cpuRate: number,
  runs: number,
  log: (line: string) => void,
): Promise<PaintResult> {
  const app: PaintSample[] = [];
  const anchor: PaintSample[] = [];
  // One warm-up load of each, not counted: the first launch of a page pays for disk reads and code caching.
  await loadOnce(browser, urls.app, cpuRate, true);
  await loadOnce(browser, urls.anchor, cpuRate, false);
  for (let i = 0; i < runs; i++) {
    // Interleaved, and the order flips every run so neither side always goes first.
    const order = i % 2 === 0 ? (['app', 'anchor'] as const) : (['anchor', 'app'] as const);
    for (const which of order) {
      const sample = check(await loadOnce(browser, urls[which], cpuRate, which === 'app'), which);
      (which === 'app' ? app : anchor).push(sample);
    }
  }
  const sum = (samples: PaintSample[]): PaintResult['app'] => ({
    fp: summarize(samples.map((s) => s.fp)),
    fcp: summarize(samples.map((s) => s.fcp)),
    lcp: summarize(samples.map((s) => s.lcp)),
  });
  const screens = [...new Set(app.map((s) => s.screen))].join('+');
  const result = { cpuRate, screen: screens, runs, app: sum(app), anchor: sum(anchor) };
  log(
    `paint ${cpuRate}x: app LCP median ${result.app.lcp.median.toFixed(1)} ms, anchor ${result.anchor.lcp.median.toFixed(1)} ms`,
  );
  return result;
}
