// `npm run bench`: the production build in Chromium (Playwright), each figure beside an anchor measured in the
// same run, so a ratio survives a noisy machine. Prints a Markdown table and writes bench/results.json.
// BENCH_QUICK=1 shrinks every count for a smoke run; its table says so on the first line and is no result.
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem, type } from 'node:os';
import { join, resolve } from 'node:path';
import { snapshotScreen, writeBootAnchor, writeTapAnchor, type CardText } from './anchors';
import { BOOT_SCREEN, launchBench, openPage, VIEWPORT, waitForBoot, waitForStart } from './browser';
import { measureElectron } from './electron';
import { measureIdle } from './idle';
import { measureMemory } from './memory';
import { measurePaint } from './paint';
import { judge, table, type BenchResults } from './report';
import { ANCHOR_PREFIX, startBenchServer } from './server';
import { measureSizes } from './sizes';
import { measureTaps, prepareTapPages } from './taps';
import { measureTargets } from './targets';
import { installTour } from './tour';

const quick = process.env.BENCH_QUICK === '1';
const COUNTS = quick
  ? { paintRuns: 4, taps: 20, tapBlock: 10, navigations: 1000, warmup: 100, idleSeconds: 5, electronRuns: 2 }
  : {
      paintRuns: 40,
      taps: 240,
      tapBlock: 20,
      navigations: 10_000,
      warmup: 500,
      idleSeconds: 60,
      electronRuns: 10,
    };
const CPU_RATES = [1, 4];
const port = Number(process.env.BENCH_PORT ?? 4185);
const out = resolve(process.env.KIOSK_OUT ?? 'out');
const root = join(out, 'renderer');
const anchorRoot = join(out, 'bench-anchors');
// Every progress line carries the load average: other jobs share the machine and slow every figure.
const log = (line: string): void => console.log(`· ${line} (load ${loadavg()[0].toFixed(1)})`);
// Long visits stay on the route: the idle reset (a site setting) is pushed past any bench run, for runs that
// drive the page with element.click() rather than touches.
const NO_IDLE_RESET = 'globalThis.__KIOSK_TEST_CONFIG__ = { idle_seconds: 3600 };';

/** Runs in the page: the guided tour's cards, as heading + paragraphs, walking Next to the end. */
async function collectCards(): Promise<CardText[]> {
  const frame = (): Promise<void> => new Promise((r) => requestAnimationFrame(() => r()));
  document.querySelector<HTMLElement>('.start-actions button')?.click();
  await frame();
  const cards: CardText[] = [];
  for (let i = 0; i < 1000 && document.querySelector('[data-testid="guide"]'); i++) {
    const card = document.querySelector('article.card');
    cards.push({
      heading: card?.querySelector('h2')?.textContent?.trim() ?? '',
      paragraphs: Array.from(card?.querySelectorAll('.card-body p, .card-body li') ?? []).map(
        (p) => p.textContent?.trim() ?? '',
      ),
    });
    document.querySelector<HTMLElement>('[data-testid="next"]')?.click();
    await frame();
  }
  document.querySelector<HTMLElement>('[data-testid="home"]')?.click();
  return cards;
}

async function main(): Promise<void> {
  const started = Date.now();
  const loadStart = loadavg()[0];
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(`No build at ${root}. Run \`npm run build\` first (npm run bench does).`);
  }
  console.log(`Bench of ${root}${quick ? ' (QUICK MODE: reduced counts)' : ''}`);
  const sizes = measureSizes(root);
  rmSync(anchorRoot, { recursive: true, force: true });
  mkdirSync(anchorRoot, { recursive: true });
  const server = await startBenchServer({ root, anchorRoot, port });
  const browser = await launchBench();
  try {
    const appUrl = `${server.origin}/`;
    // The static anchor: the boot screen exactly as the app painted it.
    {
      const { context, page } = await openPage(browser);
      await page.goto(appUrl);
      await waitForBoot(page);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      writeBootAnchor(anchorRoot, await page.evaluate(snapshotScreen));
      await context.close();
    }
    const paint = [];
    for (const rate of CPU_RATES) {
      paint.push(
        await measurePaint(
          browser,
          { app: appUrl, anchor: `${server.origin}${ANCHOR_PREFIX}boot.html` },
          rate,
          COUNTS.paintRuns,
          log,
        ),
      );
    }

    // Taps: the plain page gets the guide's own card texts.
    const tapApp = await openPage(browser);
    await tapApp.page.goto(appUrl);
    await waitForStart(tapApp.page);
    const cards = await tapApp.page.evaluate(collectCards);
    await waitForStart(tapApp.page);
    const stylesheets = (await tapApp.page.evaluate(snapshotScreen)).stylesheets;
    writeTapAnchor(anchorRoot, cards, stylesheets);
    const tapAnchor = await openPage(browser);
    await tapAnchor.page.goto(`${server.origin}${ANCHOR_PREFIX}taps.html`);
    await tapAnchor.page.waitForSelector('#card-heading:not(:empty)');
    await tapApp.page.evaluate(installTour);
    const tapPages = { app: tapApp, anchor: tapAnchor };
    await prepareTapPages(tapPages);
    const taps = [];
    for (const rate of CPU_RATES)
      taps.push(await measureTaps(tapPages, rate, COUNTS.taps, COUNTS.tapBlock, log));
    await tapApp.context.close();
    await tapAnchor.context.close();

    // Memory: a page of its own, nothing else open.
    const memPage = await openPage(browser);
    await memPage.context.addInitScript(NO_IDLE_RESET);
    await memPage.page.goto(appUrl);
    await waitForStart(memPage.page);
    await memPage.page.evaluate(installTour);
    const memory = await measureMemory(
      memPage.page,
      memPage.cdp,
      {
        navigations: COUNTS.navigations,
        warmup: COUNTS.warmup,
        chunk: 500,
        sampleEvery: 500,
      },
      log,
    );
    await memPage.context.close();

    // Idle: the app as it sits between visitors, then the static copy of that screen, each in its own browser.
    const idleAppResult = await measureIdle(appUrl, BOOT_SCREEN, COUNTS.idleSeconds);
    log(`idle: app ${idleAppResult.rendererProcessPct.toFixed(2)}% of a core`);
    const idleAnchorResult = await measureIdle(
      `${server.origin}${ANCHOR_PREFIX}boot.html`,
      'body',
      COUNTS.idleSeconds,
    );

    const targets = [];
    for (const viewport of [VIEWPORT, { width: 1280, height: 800 }]) {
      targets.push(await measureTargets(browser, appUrl, viewport));
      log(`targets ${viewport.width}×${viewport.height}: done`);
    }

    let electron: BenchResults['electron'];
    try {
      electron = await measureElectron(out, COUNTS.electronRuns);
    } catch (error) {
      electron = {
        skipped: true,
        reason: `the Electron run failed: ${error instanceof Error ? error.message : String(error)}`,
      };
    }

    const machine = {
      cpu: cpus()[0]?.model ?? 'unknown',
      cores: cpus().length,
      memoryGB: totalmem() / 1024 ** 3,
      os: `${type()} ${release()}`,
      chromium: browser.version(),
      node: process.version,
      date: new Date().toISOString(),
      quick,
      loadStart,
      loadEnd: loadavg()[0],
    };
    const partial = {
      machine,
      paint,
      taps,
      memory,
      idle: { app: idleAppResult, anchor: idleAnchorResult },
      sizes,
      targets,
      electron,
    };
    const results: BenchResults = {
      ...partial,
      goals: judge(partial),
      seconds: (Date.now() - started) / 1000,
    };
    mkdirSync('bench', { recursive: true });
    writeFileSync('bench/results.json', JSON.stringify(results, null, 2) + '\n');
    console.log('\n' + table(results) + '\n');
    console.log('Wrote bench/results.json.');
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(`Bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
