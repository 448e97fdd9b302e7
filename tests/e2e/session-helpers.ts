// Helpers for the visitor-session and staff specs: boot with a test config (and test PIN), begin a visit,
// hold the hidden corner, type on the PIN pad, scan with axe. Timers are driven by Playwright's clock API.
import { type Page, expect } from '@playwright/test';
import { AxeBuilder } from '@axe-core/playwright';
import type { KioskConfig } from '../../electron/shared/config-schema';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The PIN the browser fallback accepts in these tests (never used by the Electron path). */
export const TEST_PIN = '2468';
/** A well-formed hash the validator accepts; the browser fallback checks TEST_PIN instead of scrypt. */
export const TEST_PIN_HASH =
  'scrypt$16384$8$1$c2FsdHNhbHRzYWx0c2FsdA==$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g=';

type BootOptions = { config?: Partial<KioskConfig>; pin?: string };

/** The fake clock's start: midday, so no test crosses midnight (usage counts are per day). */
const T0 = new Date('2026-03-10T12:00:00');

/**
 * Installs the fake clock, sets the test hooks, opens the kiosk, waits for the attract screen, then pauses
 * the clock: from here on time moves only by runFor/fastForward, however slow the machine is.
 */
export async function boot(page: Page, options: BootOptions = {}): Promise<void> {
  await page.clock.install({ time: T0 });
  await page.addInitScript((hooks) => {
    const win = window as Window & { __KIOSK_TEST_CONFIG__?: unknown; __KIOSK_TEST_PIN__?: string };
    if (hooks.config) win.__KIOSK_TEST_CONFIG__ = hooks.config;
    if (hooks.pin !== undefined) win.__KIOSK_TEST_PIN__ = hooks.pin;
  }, options);
  await page.goto('/');
  await expect(page.getByTestId('attract')).toBeVisible();
  // The attract screen has no idle timer, so jumping ahead here fires nothing a test looks at.
  await page.clock.pauseAt(new Date(T0.getTime() + 10 * 60_000));
}

/** A touch on the attract screen: the visit begins on the start screen. */
export async function begin(page: Page): Promise<void> {
  await page.getByTestId('attract-touch').tap();
  await expect(page.locator('.app[data-screen="start"]')).toBeVisible();
}

/** Presses the top-left corner for `ms` of fake time, then lifts the finger. */
export async function holdCorner(page: Page, ms: number, at = { x: 10, y: 10 }): Promise<void> {
  await page.mouse.move(at.x, at.y);
  await page.mouse.down();
  await page.clock.runFor(ms);
  await page.mouse.up();
}

/** Opens the PIN pad with the full 5-second hold. */
export async function openPad(page: Page): Promise<void> {
  await holdCorner(page, 5000);
  await expect(page.getByTestId('pin-pad')).toBeVisible();
}

export async function typePin(page: Page, pin: string): Promise<void> {
  const pad = page.getByTestId('pin-pad');
  for (const digit of pin) await pad.getByRole('button', { name: digit, exact: true }).tap();
  await pad.getByRole('button', { name: 'Enter', exact: true }).tap();
}

/** Right PIN → the staff panel. */
export async function openPanel(page: Page): Promise<void> {
  await openPad(page);
  await typePin(page, TEST_PIN);
  await expect(page.getByTestId('staff-panel')).toBeVisible();
}

/**
 * axe schedules its own work with timers, so the paused clock is resumed first (time then flows naturally:
 * call this last in a test, after every assertion that counts seconds).
 */
export async function expectNoAxeViolations(page: Page, what: string): Promise<void> {
  await page.clock.resume();
  // Colours mid-transition (a button's fill just after a theme or toggle change) are not what a visitor sees.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a instanceof CSSTransition)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, `axe violations on ${what}`).toEqual([]);
}
