// 3. Memory over 10,000 navigations, sampled every 500. The route (tour.ts) runs IN the page, in chunks of 500 steps per
// page.evaluate: each step clicks the element the route picks (element.click(), so Svelte's handlers run as for
// a tap) and yields a task (MessageChannel) so effects and microtasks settle; every 10th step also waits for an
// animation frame so the screen is laid out and painted. Before every sample an open glossary panel is closed
// and the app is sent Home, so all samples show the same screen. Each sample follows three forced collections (CDP
// HeapProfiler.collectGarbage), then reads CDP Runtime.getHeapUsage (JS heap) and Memory.getDOMCounters (DOM
// nodes, JS event listeners, documents). A plateau verdict compares the heap's slope over the last half of the
// samples with the first half's; then the page is reloaded (the recycle rung, as Chromium does it) and measured
// on the same screen.
import { loadavg } from 'node:os';
import type { CDPSession, Page } from '@playwright/test';
import { waitForStart } from './browser';
import type { TourWindow } from './tour';

type MemorySample = {
  navigations: number;
  heapUsed: number;
  nodes: number;
  listeners: number;
  documents: number;
  /** The machine's 1-minute load average when the sample was taken. */
  load: number;
};
export type MemoryResult = {
  navigations: number;
  warmup: number;
  samples: MemorySample[];
  start: MemorySample;
  end: MemorySample;
  growth: {
    heapPct: number;
    nodesPct: number;
    listenersPct: number;
    heapBytesPerNav: number;
    nodesPerNav: number;
  };
  byScreen: Record<string, number>;
  seconds: number;
  plateau: Plateau;
  /** The recycle rung in Chromium: the page reloaded at the attract screen, then measured like every sample. */
  afterRecycle: MemorySample;
};

/** Least-squares slopes of heap against navigations over the first and the last half of the samples. */
type Plateau = {
  firstHalfBytesPerNav: number;
  lastHalfBytesPerNav: number;
  /** The last half grows at most a quarter as fast as the first, or under 2 B per navigation. */
  flat: boolean;
  verdict: string;
};

/** Heap growth below this many bytes per navigation counts as flat whatever the first half did. */
const FLAT_BYTES_PER_NAV = 2;

function slope(points: readonly MemorySample[]): number {
  const n = points.length;
  const mx = points.reduce((a, p) => a + p.navigations, 0) / n;
  const my = points.reduce((a, p) => a + p.heapUsed, 0) / n;
  let num = 0;
  let den = 0;
  for (const p of points) {
    num += (p.navigations - mx) * (p.heapUsed - my);
    den += (p.navigations - mx) ** 2;
  }
  return den === 0 ? 0 : num / den;
}

function plateauOf(samples: readonly MemorySample[]): Plateau {
  const mid = Math.floor(samples.length / 2);
  // Both halves share the middle sample, so each slope spans half the run.
  const first = slope(samples.slice(0, mid + 1));
  const last = slope(samples.slice(mid));
  const flat = last < FLAT_BYTES_PER_NAV || (first > 0 && last <= first / 4);
  const verdict = flat
    ? `plateaus: ${last.toFixed(1)} B/nav in the last half against ${first.toFixed(1)} B/nav in the first`
    : `still growing: ${last.toFixed(1)} B/nav in the last half against ${first.toFixed(1)} B/nav in the first`;
  return { firstHalfBytesPerNav: first, lastHalfBytesPerNav: last, flat, verdict };
}

/** A text plot of heap (MB) against navigations, one row per sample, for the bench report. */
export function asciiPlot(samples: readonly MemorySample[], width = 50): string {
  const values = samples.map((x) => x.heapUsed / 1048576);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const span = hi - lo || 1;
  return samples
    .map((x, i) => {
      const bar = Math.round(((values[i] - lo) / span) * width);
      return `${String(x.navigations).padStart(6)} │${'█'.repeat(bar)}${' '.repeat(width - bar)}│ ${values[i].toFixed(2)} MB`;
    })
    .concat(
      `${' '.repeat(6)} └ ${lo.toFixed(2)} MB … ${hi.toFixed(2)} MB (navigations, heap after forced GC)`,
    )
    .join('\n');
}

async function sample(page: Page, cdp: CDPSession, navigations: number): Promise<MemorySample> {
  await page.evaluate(() => {
    // The same screen for every sample: no glossary panel open, then Home.
    document.querySelector<HTMLElement>('dialog[open] [data-testid="glossary-close"]')?.click();
    document.querySelector<HTMLElement>('[data-testid="home"]')?.click();
    return new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));
  });
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  return {
    navigations,
    heapUsed: heap.usedSize,
    nodes: dom.nodes,
    listeners: dom.jsEventListeners,
    documents: dom.documents,
    load: loadavg()[0],
  };
}

/** Runs `count` route steps in the page; returns how many steps were taken on each screen. */
function runSteps(count: number): Promise<Record<string, number>> {
  const tour = (window as TourWindow).__benchTour;
  if (!tour) throw new Error('tour not installed');
  const channel = new MessageChannel();
  const yieldTask = (): Promise<void> =>
    new Promise((resolve) => {
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    });
  const seen: Record<string, number> = {};
  return (async () => {
    for (let i = 0; i < count; i++) {
      const where = tour.where();
      const el = tour.pick();
      if (!el) throw new Error(`route lost at step ${i} on ${where}`);
      seen[where] = (seen[where] ?? 0) + 1;
      el.click();
      await yieldTask();
      if (i % 10 === 9) await new Promise<void>((r) => requestAnimationFrame(() => r()));
    }
    channel.port1.close();
    return seen;
  })();
}

export async function measureMemory(
  page: Page,
  cdp: CDPSession,
  options: { navigations: number; warmup: number; chunk: number; sampleEvery: number },
  log: (line: string) => void,
): Promise<MemoryResult> {
  await cdp.send('HeapProfiler.enable');
  await page.evaluate(runSteps, options.warmup);
  const samples = [await sample(page, cdp, 0)];
  const byScreen: Record<string, number> = {};
  const started = Date.now();
  for (let done = 0; done < options.navigations;) {
    const n = Math.min(options.chunk, options.navigations - done);
    const seen = await page.evaluate(runSteps, n);
    for (const [k, v] of Object.entries(seen)) byScreen[k] = (byScreen[k] ?? 0) + v;
    done += n;
    if (done % options.sampleEvery === 0 || done === options.navigations) {
      samples.push(await sample(page, cdp, done));
      log(
        `memory: ${done} navigations, heap ${(samples.at(-1)!.heapUsed / 1048576).toFixed(2)} MB, nodes ${samples.at(-1)!.nodes}`,
      );
    }
  }
  const seconds = (Date.now() - started) / 1000;
  // The recycle rung: a reload boots into the attract screen; a touch then shows the start screen every sample
  // was taken on.
  await page.reload();
  await waitForStart(page);
  const afterRecycle = await sample(page, cdp, options.navigations);
  log(
    `memory: after a reload at the attract screen, heap ${(afterRecycle.heapUsed / 1048576).toFixed(2)} MB`,
  );
  const start = samples[0];
  const end = samples[samples.length - 1];
  const pct = (a: number, b: number): number => (a === 0 ? 0 : ((b - a) / a) * 100);
  return {
    navigations: options.navigations,
    warmup: options.warmup,
    samples,
    start,
    end,
    growth: {
      heapPct: pct(start.heapUsed, end.heapUsed),
      nodesPct: pct(start.nodes, end.nodes),
      listenersPct: pct(start.listeners, end.listeners),
      heapBytesPerNav: (end.heapUsed - start.heapUsed) / options.navigations,
      nodesPerNav: (end.nodes - start.nodes) / options.navigations,
    },
    byScreen,
    seconds,
    plateau: plateauOf(samples),
    afterRecycle,
  };
}
