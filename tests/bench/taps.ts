// 2. Tap → next screen painted, two ways, for the app and for the plain-JS anchor, interleaved in blocks:
// - Event Timing API: a PerformanceObserver of type 'event' (durationThreshold 16) collects every entry with an
//   interactionId; a tap's latency is the longest entry of its interaction (pointerdown/pointerup/click), i.e.
//   from the hardware timestamp to the next paint after the handlers. Chromium rounds these to 8 ms and does
//   not report interactions under 16 ms at all: those count as "<16 ms".
// - requestAnimationFrame: in-page, from the pointerdown event's timeStamp to the second animation frame after
//   the first DOM mutation that follows the click (the first frame paints the change, the second starts once it
//   has been produced).
// Taps are real touch input (CDP Input.dispatchTouchEvent touchStart + touchEnd, sent back to back), so the
// browser's gesture recognizer turns them into pointer events and a click exactly as for a finger.
import type { CDPSession, Page } from '@playwright/test';
import { summarize, type Summary } from './stats';
import type { TourWindow } from './tour';

type TapWindow = TourWindow & {
  __tapBench?: {
    entries: { id: number; start: number; duration: number; name: string }[];
    downs: number[];
    results: Map<number, number>;
    seq: number;
  };
};

type TapSide = { eventTiming: Summary; eventTimingBelow16: number; raf: Summary; taps: number };
export type TapResult = { cpuRate: number; app: TapSide; anchor: TapSide; screens: Record<string, number> };

/** Installs the observers (runs in the page). */
function instrument(): void {
  const w = window as TapWindow;
  const state = { entries: [], downs: [], results: new Map<number, number>(), seq: 0 } as NonNullable<
    TapWindow['__tapBench']
  >;
  w.__tapBench = state;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as PerformanceEventTiming[]) {
      if (entry.interactionId > 0) {
        state.entries.push({
          id: entry.interactionId,
          start: entry.startTime,
          duration: entry.duration,
          name: entry.name,
        });
      }
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
  let downAt = 0;
  window.addEventListener(
    'pointerdown',
    (event) => {
      downAt = event.timeStamp;
      state.downs.push(event.timeStamp);
    },
    { capture: true },
  );
  // Armed at the click (capture phase, before the page's own handlers), so the mutation it waits for is the
  // one the tap caused.
  window.addEventListener(
    'click',
    () => {
      const seq = state.seq;
      const start = downAt;
      const observer = new MutationObserver(() => {
        observer.disconnect();
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            state.results.set(seq, performance.now() - start);
          }),
        );
      });
      observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
    },
    { capture: true },
  );
}

async function tapOnce(
  page: Page,
  cdp: CDPSession,
  pick: () => Promise<{ x: number; y: number } | null>,
): Promise<number> {
  const seq = await page.evaluate(() => {
    const s = (window as TapWindow).__tapBench;
    if (!s) throw new Error('not instrumented');
    s.seq += 1;
    return s.seq;
  });
  const point = await pick();
  if (!point)
    throw new Error(
      `No tap target (where: ${await page.evaluate(() => (window as TapWindow).__benchTour?.where())}).`,
    );
  await Promise.all([
    cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: point.x, y: point.y }] }),
    cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] }),
  ]);
  return page.evaluate(
    (n) =>
      new Promise<number>((resolve, reject) => {
        const s = (window as TapWindow).__tapBench;
        const started = performance.now();
        const poll = (): void => {
          const value = s?.results.get(n);
          if (value !== undefined) resolve(value);
          else if (performance.now() - started > 10_000) reject(new Error(`tap ${n}: no DOM change seen`));
          else requestAnimationFrame(poll);
        };
        poll();
      }),
    seq,
  );
}

function centre(el: Element | null): { x: number; y: number } | null {
  if (!el) return null;
  const r = el.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
}

async function pickApp(page: Page): Promise<{ x: number; y: number } | null> {
  return page.evaluate(async () => {
    const el = (window as TourWindow).__benchTour?.pick() ?? null;
    // Let the scroll settle into a frame before the finger lands.
    await new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));
    if (!el) return null;
    const r = el.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
}

async function pickAnchor(page: Page): Promise<{ x: number; y: number } | null> {
  return page.evaluate(centre, await page.$('#next'));
}

/** Per-tap Event Timing latency: the longest entry of the interaction that started at that tap's pointerdown. */
async function eventTimings(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const s = (window as TapWindow).__tapBench;
    if (!s) return [];
    return s.downs.map((down, i) => {
      const end = s.downs[i + 1] ?? Number.POSITIVE_INFINITY;
      const mine = s.entries.filter((e) => e.start >= down - 1 && e.start < end - 1);
      return mine.reduce((max, e) => Math.max(max, e.duration), 0);
    });
  });
}

export type TapPages = {
  app: { page: Page; cdp: CDPSession };
  anchor: { page: Page; cdp: CDPSession };
};

export async function prepareTapPages(pages: TapPages): Promise<void> {
  await pages.app.page.evaluate(instrument);
  await pages.anchor.page.evaluate(instrument);
}

export async function measureTaps(
  pages: TapPages,
  cpuRate: number,
  taps: number,
  block: number,
  log: (line: string) => void,
): Promise<TapResult> {
  const raf = { app: [] as number[], anchor: [] as number[] };
  const screens: Record<string, number> = {};
  for (const side of ['app', 'anchor'] as const) {
    await pages[side].cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
    await pages[side].page.evaluate(() => {
      const s = (window as TapWindow).__tapBench;
      if (s) {
        s.entries.length = 0;
        s.downs.length = 0;
      }
    });
  }
  for (let done = 0; done < taps; done += block) {
    for (const side of ['app', 'anchor'] as const) {
      const { page, cdp } = pages[side];
      for (let i = 0; i < block && done + i < taps; i++) {
        if (side === 'app') {
          const where = await page.evaluate(() => (window as TourWindow).__benchTour?.where() ?? 'unknown');
          screens[where] = (screens[where] ?? 0) + 1;
        }
        raf[side].push(await tapOnce(page, cdp, () => (side === 'app' ? pickApp(page) : pickAnchor(page))));
      }
    }
  }
  const side = async (name: 'app' | 'anchor'): Promise<TapSide> => {
    const et = await eventTimings(pages[name].page);
    if (et.length !== raf[name].length) {
      throw new Error(`${name}: ${et.length} pointerdowns seen for ${raf[name].length} taps.`);
    }
    return {
      eventTiming: summarize(et),
      eventTimingBelow16: et.filter((v) => v < 16).length,
      raf: summarize(raf[name]),
      taps: raf[name].length,
    };
  };
  const result = { cpuRate, app: await side('app'), anchor: await side('anchor'), screens };
  log(
    `taps ${cpuRate}x: app rAF p95 ${result.app.raf.p95.toFixed(1)} ms, anchor ${result.anchor.raf.p95.toFixed(1)} ms`,
  );
  return result;
}
