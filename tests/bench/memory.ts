// 3. Memory over 10,000 navigations. The route (tour.ts) runs IN the page, in chunks of 1,000 steps per
// page.evaluate: each step clicks the element the route picks (element.click(), so Svelte's handlers run as for
// a tap) and yields a task (MessageChannel) so effects and microtasks settle; every 10th step also waits for an
// animation frame so the screen is laid out and painted. Before every sample an open glossary panel is closed
// and the app is sent Home, so all samples show the same screen. Each sample follows three forced collections (CDP
// HeapProfiler.collectGarbage), then reads CDP Runtime.getHeapUsage (JS heap) and Memory.getDOMCounters (DOM
// nodes, JS event listeners, documents).
import type { CDPSession, Page } from '@playwright/test';
import type { TourWindow } from './tour';

type MemorySample = {
  navigations: number;
  heapUsed: number;
  nodes: number;
  listeners: number;
  documents: number;
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
};

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
  };
}
