// `npm run soak`: the long robustness runs, outside the test runner. Inside a Playwright test every API call
// is recorded as a step, and finding each new step's parent walks all earlier steps, so a 50,000-action test
// slowed down quadratically (17 → 4 actions/s by action 4,000 in one measured run); here the same monkey and
// watchers run on Playwright's library API, which records nothing.
//
// Two runs, each bounded in time and resumable from soak/checkpoint.json:
//   monkey — ACTIONS seeded actions on one page, in blocks of 1,000 (block k uses seed SEED + k);
//   visits — VISITS visits: touch to start, 20 monkey actions, walk away, and the reset must equal a fresh start.
// Progress (actions, rate, heap after GC, DOM nodes, listeners) prints every 1,000 actions / 50 visits; the
// results go to soak/results.json. Options: --actions=N --visits=N --minutes=N --seed=N --resume --only=monkey|visits
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import type { CDPSession, Page } from '@playwright/test';
import { launchBench, openPage } from '../bench/browser';
import { startBenchServer } from '../bench/server';
import { Monkey } from '../fixtures/monkey';
import { openWatched, runMonkeyActions, walkAway, type MonkeyWatch } from '../fixtures/monkey-run';

type Sample = { at: number; heapMB: number; nodes: number; listeners: number; rate: number; seconds: number };
type RunRecord = {
  done: number;
  target: number;
  samples: Sample[];
  errors: string[];
  offOrigin: number;
  resumedAt: number[];
  idleResetAtEnd: boolean | null;
  /** Taps on the attract screen that did not start a visit (each tried again). */
  missedStarts: number;
};
type Checkpoint = { seed: number; monkey: RunRecord; visits: RunRecord };

function option(name: string, fallback: number): number {
  const hit = process.argv.find((a) => a.startsWith(`--${name}=`));
  const raw = hit ? hit.slice(name.length + 3) : process.env[`SOAK_${name.toUpperCase()}`];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0)
    throw new Error(`--${name} must be a whole number, not "${raw}".`);
  return value;
}

const ACTIONS = option('actions', 50_000);
const VISITS = option('visits', 500);
const MINUTES = option('minutes', 150);
const SEED = option('seed', 20_261_128);
const BLOCK = 1000;
const VISIT_ACTIONS = 20;
const VISIT_SAMPLE_EVERY = 50;
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);
const resume = process.argv.includes('--resume');
const outDir = resolve(process.env.SOAK_DIR ?? 'soak');
const checkpointPath = join(outDir, 'checkpoint.json');
const root = join(resolve(process.env.KIOSK_OUT ?? 'out'), 'renderer');
const deadline = Date.now() + MINUTES * 60_000;

const emptyRecord = (target: number): RunRecord => ({
  done: 0,
  target,
  samples: [],
  errors: [],
  offOrigin: 0,
  resumedAt: [],
  idleResetAtEnd: null,
  missedStarts: 0,
});

function loadCheckpoint(): Checkpoint {
  if (resume && existsSync(checkpointPath)) {
    const saved = JSON.parse(readFileSync(checkpointPath, 'utf8')) as Checkpoint;
    if (saved.seed === SEED && saved.monkey.target === ACTIONS && saved.visits.target === VISITS)
      return saved;
    console.log('soak: the checkpoint is for another seed or size; starting afresh.');
  }
  return { seed: SEED, monkey: emptyRecord(ACTIONS), visits: emptyRecord(VISITS) };
}

function save(state: Checkpoint): void {
  mkdirSync(outDir, { recursive: true });
  writeFileSync(checkpointPath, JSON.stringify(state, null, 2));
}

/** Heap after three forced collections, and the DOM counters: what a leak would grow. */
async function measure(cdp: CDPSession): Promise<{ heapMB: number; nodes: number; listeners: number }> {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  return { heapMB: heap.usedSize / 1e6, nodes: dom.nodes, listeners: dom.jsEventListeners };
}

function progress(kind: string, record: RunRecord, sample: Sample): void {
  console.log(
    `soak ${kind}: ${sample.at}/${record.target}, ${sample.rate.toFixed(1)}/s, heap ${sample.heapMB.toFixed(2)} MB, ` +
      `nodes ${sample.nodes}, listeners ${sample.listeners}, ${Math.round(sample.seconds)} s`,
  );
}

/** The visitor state of a fresh start, to compare every reset against. */
function snapshot(page: Page): Promise<string> {
  return page.evaluate(() => {
    const win = window as Window & { __KIOSK_SNAPSHOT__?: () => unknown };
    if (!win.__KIOSK_SNAPSHOT__) throw new Error('The snapshot hook is missing.');
    return JSON.stringify(win.__KIOSK_SNAPSHOT__());
  });
}

/** What is showing, for a failure message: the screen, open dialogs and the last actions' targets. */
function onScreen(page: Page): Promise<string> {
  return page.evaluate(() => {
    const screen = document.querySelector('.app')?.getAttribute('data-screen') ?? 'no .app';
    const dialogs = Array.from(
      document.querySelectorAll('dialog[open], [role="dialog"], [role="alertdialog"]'),
    )
      .map((d) => d.getAttribute('data-testid') ?? d.getAttribute('aria-label') ?? d.tagName)
      .join(', ');
    return `screen ${screen}; dialogs: ${dialogs || 'none'}`;
  });
}

/**
 * A touch on the attract screen must start the visit. A tap that does not is counted (missedStarts) and
 * tried again, as a visitor would; three in a row are an error.
 */
async function startVisit(page: Page, record: RunRecord): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await page.getByTestId('attract-touch').tap();
    const started = await page
      .locator('.app')
      .waitFor({ state: 'visible', timeout: 5000 })
      .then(() => true)
      .catch(() => false);
    if (started) return;
    record.missedStarts += 1;
    if (attempt === 3) throw new Error('three taps on the attract screen did not start a visit');
  }
}

async function soakMonkey(page: Page, watch: MonkeyWatch, record: RunRecord): Promise<boolean> {
  const started = Date.now();
  let lap = Date.now();
  let lapFrom = record.done;
  while (record.done < record.target) {
    if (Date.now() > deadline) return false;
    const block = Math.floor(record.done / BLOCK);
    const count = Math.min(BLOCK - (record.done % BLOCK), record.target - record.done);
    const monkey = new Monkey(page, watch.cdp, SEED + block);
    try {
      await runMonkeyActions(page, watch, monkey, count);
    } catch (error) {
      record.errors.push(`block ${block} (seed ${SEED + block}): ${String(error)}`);
      record.offOrigin = watch.offOrigin.length;
      return true;
    }
    record.done += count;
    if (record.done % BLOCK === 0 || record.done === record.target) {
      const now = Date.now();
      const sample = {
        at: record.done,
        ...(await measure(watch.cdp)),
        rate: (record.done - lapFrom) / ((now - lap) / 1000),
        seconds: (now - started) / 1000,
      };
      record.samples.push(sample);
      progress('monkey', record, sample);
      lap = Date.now();
      lapFrom = record.done;
    }
  }
  record.offOrigin = watch.offOrigin.length;
  record.idleResetAtEnd = await walkAway(page);
  if (!record.idleResetAtEnd) record.errors.push('the idle reset did not bring back the attract screen');
  return true;
}

async function soakVisits(page: Page, watch: MonkeyWatch, record: RunRecord): Promise<boolean> {
  const fresh = await snapshot(page);
  const started = Date.now();
  let lap = Date.now();
  let lapFrom = record.done;
  while (record.done < record.target) {
    if (Date.now() > deadline) return false;
    const visit = record.done + 1;
    try {
      await startVisit(page, record);
      const monkey = new Monkey(page, watch.cdp, SEED + 100_000 + visit);
      await runMonkeyActions(page, watch, monkey, VISIT_ACTIONS);
      if (!(await walkAway(page))) {
        throw new Error(
          `the idle reset did not bring back the attract screen; on screen: ${await onScreen(page)}; ` +
            `state: ${await snapshot(page)}; last actions:\n${monkey.recent(VISIT_ACTIONS)}`,
        );
      }
      const after = await snapshot(page);
      if (after !== fresh) throw new Error(`the state after the reset differs from a fresh start: ${after}`);
    } catch (error) {
      const seen = await onScreen(page).catch(() => 'unknown');
      const state = await snapshot(page).catch(() => 'unknown');
      record.errors.push(`visit ${visit}: ${String(error)}\non screen: ${seen}; state: ${state}`);
      record.offOrigin = watch.offOrigin.length;
      return true;
    }
    record.done = visit;
    if (visit % VISIT_SAMPLE_EVERY === 0 || visit === record.target) {
      const now = Date.now();
      const sample = {
        at: visit,
        ...(await measure(watch.cdp)),
        rate: (visit - lapFrom) / ((now - lap) / 1000),
        seconds: (now - started) / 1000,
      };
      record.samples.push(sample);
      progress('visits', record, sample);
      lap = Date.now();
      lapFrom = visit;
    }
  }
  record.offOrigin = watch.offOrigin.length;
  record.idleResetAtEnd = true;
  return true;
}

async function main(): Promise<void> {
  if (!existsSync(join(root, 'index.html')))
    throw new Error(`No build at ${root}. Run \`npm run build\` first.`);
  const state = loadCheckpoint();
  console.log(
    `soak: seed ${SEED}, ${ACTIONS} actions and ${VISITS} visits, at most ${MINUTES} min; ` +
      `${cpus().length} cores, load ${loadavg()[0].toFixed(1)}` +
      (resume ? `; resuming at ${state.monkey.done} actions, ${state.visits.done} visits` : ''),
  );
  const server = await startBenchServer({ root, anchorRoot: root, port: 0 });
  const browser = await launchBench();
  let finished = true;
  try {
    for (const [kind, record, run] of [
      ['monkey', state.monkey, soakMonkey],
      ['visits', state.visits, soakVisits],
    ] as const) {
      if ((only && only !== kind) || record.done >= record.target || record.errors.length > 0) continue;
      // A resumed run continues the same seeded stream on a fresh page; the record says where.
      if (record.done > 0) record.resumedAt.push(record.done);
      const { context, page } = await openPage(browser, { viewport: { width: 1280, height: 800 } });
      const watch = await openWatched(page, `${server.origin}/`);
      const start = await measure(watch.cdp);
      if (record.done === 0) record.samples.push({ at: 0, ...start, rate: 0, seconds: 0 });
      const complete = await run(page, watch, record);
      await context.close();
      save(state);
      if (!complete) {
        finished = false;
        console.log(
          `soak ${kind}: stopped at ${record.done}/${record.target} (time bound); resume with --resume`,
        );
        break;
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  save(state);
  writeFileSync(join(outDir, 'results.json'), JSON.stringify(state, null, 2));
  const errors = [...state.monkey.errors, ...state.visits.errors];
  for (const [kind, r] of [
    ['monkey', state.monkey],
    ['visits', state.visits],
  ] as const) {
    const first = r.samples[0];
    const last = r.samples.at(-1);
    console.log(
      `soak ${kind}: ${r.done}/${r.target}, errors ${r.errors.length}, off-origin requests ${r.offOrigin}, ` +
        `heap ${first?.heapMB.toFixed(2) ?? '–'} → ${last?.heapMB.toFixed(2) ?? '–'} MB, ` +
        `nodes ${first?.nodes ?? '–'} → ${last?.nodes ?? '–'}, idle reset at end: ${r.idleResetAtEnd ?? 'not reached'}, missed starts ${r.missedStarts}`,
    );
  }
  for (const e of errors) console.log(`soak error: ${e}`);
  console.log(finished ? 'soak: complete' : 'soak: incomplete (time bound)');
  process.exitCode = errors.length > 0 ? 1 : 0;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
