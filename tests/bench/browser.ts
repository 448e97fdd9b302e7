// Chromium for the bench: the same executable and flags as the e2e tests, one fresh context per measured load.
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../fixtures/chromium';

/** The kiosk's screen for the bench: a common 1080p landscape touchscreen. */
export const VIEWPORT = { width: 1920, height: 1080 };

export async function launchBench(): Promise<Browser> {
  const executablePath = chromiumExecutable();
  return chromium.launch({ args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) });
}

export type BenchPage = { context: BrowserContext; page: Page; cdp: CDPSession };

/**
 * A fresh context (empty cache, fresh storage) with touch, and a CDP session for throttling and counters.
 * tsx compiles this bench with esbuild's keepNames, which wraps nested functions of page.evaluate callbacks in
 * `__name(…)`; the init script gives the page a no-op of it (same for app and anchors, so no bias).
 */
export async function openPage(
  browser: Browser,
  options: { cpuRate?: number; viewport?: { width: number; height: number } } = {},
): Promise<BenchPage> {
  const context = await browser.newContext({ viewport: options.viewport ?? VIEWPORT, hasTouch: true });
  await context.addInitScript('globalThis.__name = (f) => f;');
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: options.cpuRate ?? 1 });
  return { context, page, cdp };
}

/** The screen the kiosk boots into and returns to between visits (since the sessions work: the attract screen). */
export const BOOT_SCREEN = '[data-testid="attract"] #screen-title, .app[data-screen="start"] #screen-title';

/** Waits until the app shows the screen it boots into (attract, or start where there is none). */
export async function waitForBoot(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForSelector(BOOT_SCREEN, { timeout, state: 'attached' });
}

/** From the boot screen to the start screen: a touch on the attract screen, if there is one. */
export async function waitForStart(page: Page, timeout = 30_000): Promise<void> {
  await waitForBoot(page, timeout);
  const attract = page.locator('[data-testid="attract-touch"]');
  if (await attract.count()) await attract.tap();
  await page.waitForSelector('.app[data-screen="start"] #screen-title', { timeout });
}
