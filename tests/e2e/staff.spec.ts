// The staff side: the hidden corner hold, the PIN pad (right, wrong, locked, unlocked, not
// configured), the staff panel and its self-close, cleaning mode. Time is Playwright's fake clock.
import { expect, test } from '@playwright/test';
import { REPEAT_IGNORE_MS } from '../../renderer/lib/repeat-guard';
import {
  begin,
  boot,
  expectNoAxeViolations,
  holdCorner,
  openPad,
  openPanel,
  TEST_PIN,
  TEST_PIN_HASH,
  typePin,
} from './session-helpers';

test.use({ viewport: { width: 1280, height: 800 } });

const WITH_PIN = { config: { staff_pin_hash: TEST_PIN_HASH }, pin: TEST_PIN };

test('the corner needs the full 5-second hold; 4 seconds does nothing', async ({ page }) => {
  await boot(page, WITH_PIN);
  await holdCorner(page, 4000);
  await expect(page.getByTestId('pin-pad')).toHaveCount(0);
  await expect(page.getByTestId('attract')).toBeVisible();
  // The full hold works on the attract screen, and its release does not start a visit.
  await openPad(page);
  await page.getByRole('button', { name: 'Cancel' }).tap();
  await expect(page.getByTestId('pin-pad')).toHaveCount(0);
  await expect(page.getByTestId('attract')).toBeVisible();
  // A long hold anywhere else opens nothing.
  await begin(page);
  const intro = await page.locator('.app[data-screen="start"] h1').boundingBox();
  if (!intro) throw new Error('no start-screen title');
  await holdCorner(page, 6000, { x: intro.x + 20, y: intro.y + 10 });
  await expect(page.getByTestId('pin-pad')).toHaveCount(0);
  // On a visitor screen the hold opens the pad (the corner is kept clear of Home) and does not go Home.
  await page.getByRole('button', { name: /Choose a topic/ }).tap();
  await openPad(page);
  await expect(page.locator('.app[data-screen="topics"]')).toBeAttached();
  await page.getByRole('button', { name: 'Cancel' }).tap();
  await expect(page.locator('.app[data-screen="topics"]')).toBeVisible();
});

test('axe: the PIN pad and the staff panel', async ({ page }) => {
  await boot(page, WITH_PIN);
  await openPad(page);
  await expectNoAxeViolations(page, 'the PIN pad');
  await boot(page, WITH_PIN);
  await openPanel(page);
  await expectNoAxeViolations(page, 'the staff panel');
});

test('right PIN opens the staff panel; the pad shows dots, never digits', async ({ page }) => {
  await boot(page, WITH_PIN);
  await begin(page);
  await openPad(page);
  const pad = page.getByTestId('pin-pad');
  for (const digit of '246') await pad.getByRole('button', { name: digit, exact: true }).tap();
  await expect(page.getByTestId('pin-dots').locator('.dot')).toHaveCount(3);
  await expect(page.getByTestId('pin-dots')).not.toContainText('2');
  await pad.getByRole('button', { name: 'Delete' }).tap();
  await expect(page.getByTestId('pin-dots').locator('.dot')).toHaveCount(2);
  await pad.getByRole('button', { name: 'Enter' }).tap();
  await expect(page.getByTestId('pin-message')).toHaveText('Enter 4 to 12 digits.');
  await pad.getByRole('button', { name: 'Cancel' }).tap();

  await openPanel(page);
  const panel = page.getByTestId('staff-panel');
  await expect(panel.getByRole('heading', { name: 'Staff panel' })).toBeVisible();
  // Usage: this visit was counted today; the table has 30 days and the chart 30 bars.
  await expect(page.getByTestId('usage-table').locator('tbody tr')).toHaveCount(30);
  await expect(page.getByTestId('usage-table').locator('tbody tr').first().locator('td').first()).toHaveText(
    '1',
  );
  await expect(page.getByTestId('usage-chart').locator('rect')).toHaveCount(30);
  await page.getByTestId('export-csv').tap();
  await expect(page.getByTestId('export-result')).toContainText(
    'Not exported: Not available in the browser preview',
  );
  await expect(page.getByTestId('content-status')).toContainText('content warning');
  // Changed pages wait for a clinician: listed by file, and marked in the table.
  const signOff = page.getByTestId('sign-off');
  await expect(signOff).toContainText("changed and need a clinician's sign-off");
  await expect(signOff).toContainText(
    /content\/en\/03-reference\/01-call-now\.md, changed \d{4}-\d{2}-\d{2}/,
  );
  await expect(
    page.getByTestId('content-status').getByRole('cell', { name: 'Needs sign-off' }).first(),
  ).toBeVisible();
  await expect(page.getByTestId('config-status')).toContainText('browser preview uses the defaults');
  await expect(page.getByTestId('restart-unavailable')).toHaveText(
    'Restart and exit work only in the kiosk app.',
  );
  // No style attribute anywhere (the CSP forbids them).
  expect(await page.locator('[style]').count()).toBe(0);
  await page.getByTestId('staff-close').tap();
  await expect(panel).toHaveCount(0);
});

test('the usage charts: QR codes shown and prints per day as bars, paths and audiences as totals, all as text too', async ({
  page,
}, testInfo) => {
  await boot(page, {
    config: {
      staff_pin_hash: TEST_PIN_HASH,
      take_home_base_url: 'https://www.example-hospital.org/guide',
      printer: { enabled: true, device_name: 'Lobby' },
    },
    pin: TEST_PIN,
  });
  await begin(page);
  await page.getByTestId('audience-child').tap();
  await page.getByRole('button', { name: /^Where are you/ }).tap();
  await page.getByRole('button', { name: /^Induction/ }).tap();
  await expect(page.getByTestId('guide')).toHaveAttribute('data-path', 'induction');
  await page.getByTestId('home').tap();
  await page.getByRole('button', { name: /Choose a topic/ }).tap();
  await page
    .getByRole('button', { name: /^Steroids/ })
    .first()
    .tap();
  const sources = page.getByTestId('sources-toggle');
  while (!(await sources.isVisible())) {
    const card = await page.locator('article.card').getAttribute('data-card-id');
    // Next ignores a second press within the repeat guard's window, and this clock is paused.
    await page.clock.runFor(REPEAT_IGNORE_MS + 50);
    await page.getByTestId('next').tap();
    await expect(page.locator('article.card')).not.toHaveAttribute('data-card-id', card ?? '');
  }
  await page.getByTestId('take-home-open').tap();
  await page.getByTestId('print-this').tap();
  await expect(page.getByTestId('print-status')).toHaveText('Printed. Take your page from the printer.');
  await page.getByTestId('take-home-close').tap();

  await openPanel(page);
  const today = page.getByTestId('usage-table').locator('tbody tr').first();
  const headings = await page.getByTestId('usage-table').locator('thead th').allInnerTexts();
  const cell = (name: string) => today.locator('td').nth(headings.indexOf(name) - 1);
  await expect(cell('QR codes shown')).toHaveText('1');
  await expect(cell('Prints')).toHaveText('1');
  for (const [chart, what] of [
    ['usage-qr-chart', 'take-home QR codes shown'],
    ['usage-prints-chart', 'summaries printed'],
  ] as const) {
    const svg = page.getByTestId(chart);
    await expect(svg).toHaveAttribute('role', 'img');
    await expect(svg).toHaveAttribute(
      'aria-label',
      `Bar chart of ${what} per day for the last 30 days: 1 in all, at most 1 on one day.`,
    );
    await expect(svg.locator('rect')).toHaveCount(30);
    // Today's bar (the last) is full height; the other 29 days have none.
    await expect(svg.locator('rect').last()).toHaveAttribute('height', '80');
    await expect(svg.locator('rect[height="0"]')).toHaveCount(29);
  }
  const paths = page.getByTestId('usage-paths');
  await expect(paths.getByRole('row', { name: /^Induction 1$/ })).toBeVisible();
  await expect(paths.getByRole('row', { name: /^The essentials 0$/ })).toBeVisible();
  const audiences = page.getByTestId('usage-audiences');
  await expect(audiences.getByRole('row', { name: /^My child 1$/ })).toBeVisible();
  await expect(audiences.getByRole('row', { name: /^Me 0$/ })).toBeVisible();
  await expect(audiences.locator('tr[data-key="child"] rect')).toHaveAttribute('width', '100');
  await expect(audiences.locator('tr[data-key="self"] rect')).toHaveAttribute('width', '0');
  expect(await page.locator('[style]').count()).toBe(0);
  for (const part of ['usage-qr-chart', 'usage-paths', 'usage-audiences']) {
    const shot = page.getByTestId(part);
    await shot.scrollIntoViewIfNeeded();
    await testInfo.attach(part, {
      body: await shot.screenshot({ path: `test-results/screenshots/staff-${part}.png` }),
      contentType: 'image/png',
    });
  }
  await expectNoAxeViolations(page, 'the staff panel with usage charts');
});

test('wrong PIN: tries left; five wrong: locked with the pad disabled; unlocked after 5 minutes', async ({
  page,
}) => {
  await boot(page, WITH_PIN);
  await openPad(page);
  const message = page.getByTestId('pin-message');
  for (let left = 4; left >= 1; left--) {
    await typePin(page, '1111');
    await expect(message).toHaveText(`Wrong PIN, ${left} ${left === 1 ? 'try' : 'tries'} left`);
  }
  await typePin(page, '1111');
  await expect(message).toHaveText('Locked. Try again in 5 minutes.');
  const pad = page.getByTestId('pin-pad');
  await expect(pad.getByRole('button', { name: '1', exact: true })).toBeDisabled();
  await expect(pad.getByRole('button', { name: 'Enter', exact: true })).toBeDisabled();
  await expect(pad.getByRole('button', { name: 'Cancel' })).toBeEnabled();
  await pad.getByRole('button', { name: 'Cancel' }).tap();

  // Still locked a minute later, even with the right PIN in hand.
  await page.clock.fastForward('01:00');
  await openPad(page);
  await expect(message).toHaveText('Locked. Try again in 4 minutes.');
  await expect(pad.getByRole('button', { name: '2', exact: true })).toBeDisabled();

  await page.clock.fastForward('04:00');
  await expect(page.getByTestId('pin-pad')).toHaveCount(0); // closed itself after 60 s untouched
  await openPad(page);
  await expect(message).toHaveText('');
  await typePin(page, TEST_PIN);
  await expect(page.getByTestId('staff-panel')).toBeVisible();
});

test('no PIN configured: the panel says how to set one and offers nothing else', async ({ page }) => {
  await boot(page);
  await openPad(page);
  await typePin(page, '0000');
  const panel = page.getByTestId('staff-panel');
  await expect(panel.getByRole('heading', { name: 'No staff PIN is set' })).toBeVisible();
  await expect(page.getByTestId('pin-not-configured')).toContainText('npm run kiosk:pin');
  await expect(page.getByTestId('pin-not-configured')).toContainText('staff_pin_hash');
  await expect(page.getByTestId('pin-not-configured')).toContainText('Restart the kiosk');
  await expect(panel.getByRole('button')).toHaveCount(1); // Close only
  await expect(page.getByTestId('start-cleaning')).toHaveCount(0);
});

test('a broken staff_pin_hash: a badge without the PIN, and the panel names the config problem, not "set a PIN"', async ({
  page,
}) => {
  await boot(page, { config: { staff_pin_hash: 'scrypt$broken', idle_secs: 60 } as never });
  const badge = page.getByTestId('config-badge');
  await expect(badge).toHaveText('Config: 2 warnings');
  await page.screenshot({ path: test.info().outputPath('config-badge.png') });
  await openPad(page);
  await typePin(page, '0000');
  const panel = page.getByTestId('staff-panel');
  await expect(
    panel.getByRole('heading', { name: 'The staff PIN could not be read from the config file' }),
  ).toBeVisible();
  await expect(page.getByTestId('pin-unreadable')).toContainText('--check-config');
  await expect(page.getByTestId('pin-not-configured')).toHaveCount(0);
  const list = page.getByTestId('config-warnings-no-pin');
  await expect(list).toContainText('staff_pin_hash');
  await expect(list).toContainText('did you mean "idle_seconds"');
  await expect(list).not.toContainText('scrypt$broken');
});

test('a clean config shows no badge', async ({ page }) => {
  await boot(page, WITH_PIN);
  await expect(page.getByTestId('attract')).toBeVisible();
  await expect(page.getByTestId('config-badge')).toHaveCount(0);
});

test('cleaning mode swallows touches and keys for 60 s, shows the countdown, then ends by itself', async ({
  page,
}) => {
  await boot(page, WITH_PIN);
  await openPanel(page);
  const close = await page.getByTestId('staff-close').boundingBox();
  if (!close) throw new Error('no close button');
  await page.getByTestId('start-cleaning').tap();
  const cleaning = page.getByTestId('cleaning');
  await expect(cleaning).toBeVisible();
  await expect(page.getByTestId('cleaning-countdown')).toHaveText('60');
  // Touches where the Close button is, a corner hold and keys all do nothing.
  await page.touchscreen.tap(close.x + close.width / 2, close.y + close.height / 2);
  await page.mouse.click(close.x + close.width / 2, close.y + close.height / 2);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Enter');
  await holdCorner(page, 5000);
  await expect(page.getByTestId('cleaning-countdown')).toHaveText('55');
  await expect(cleaning).toBeVisible();
  await expect(page.getByTestId('staff-panel')).toBeVisible();
  await page.clock.runFor(54_000);
  await expect(page.getByTestId('cleaning-countdown')).toHaveText('1');
  await page.clock.runFor(1000);
  await expect(cleaning).toHaveCount(0);
  await expect(page.getByTestId('staff-panel')).toBeVisible();
});

test('the staff panel closes itself after 60 s without a touch', async ({ page }) => {
  await boot(page, WITH_PIN);
  await openPanel(page);
  await page.clock.runFor(50_000);
  await page.getByTestId('staff-panel').getByRole('heading', { name: 'Usage counts (last 30 days)' }).tap();
  await page.clock.runFor(59_000);
  await expect(page.getByTestId('staff-panel')).toBeVisible();
  await page.clock.runFor(1000);
  await expect(page.getByTestId('staff-panel')).toHaveCount(0);
  await expect(page.getByTestId('attract')).toBeVisible();
});
