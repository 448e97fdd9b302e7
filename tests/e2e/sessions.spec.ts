// Visitor sessions: the attract screen, the idle warning and its countdown, "I read slowly", and a
// reset that leaves nothing of the visit behind — proven equal to a fresh start, in state and in the DOM.
// Time is Playwright's fake clock: no test waits for real minutes.
import { type Page, expect, test } from '@playwright/test';
import { begin, boot, expectNoAxeViolations, openPanel, TEST_PIN, TEST_PIN_HASH } from './session-helpers';

test.use({ viewport: { width: 1280, height: 800 } });

const WITH_PIN = { config: { staff_pin_hash: TEST_PIN_HASH }, pin: TEST_PIN };

type Fingerprint = {
  state: unknown;
  htmlAttributes: Record<string, string>;
  title: string;
  body: string;
  scrolled: string[];
  openDialogs: number;
  focusedTag: string;
};

/** Everything a next visitor could see or a test could read: renderer state, the DOM, scroll and dialogs. */
async function fingerprint(page: Page): Promise<Fingerprint> {
  return page.evaluate(() => {
    const win = window as Window & { __KIOSK_SNAPSHOT__?: () => unknown };
    if (!win.__KIOSK_SNAPSHOT__) throw new Error('The snapshot hook is missing.');
    const root = document.documentElement;
    const htmlAttributes: Record<string, string> = {};
    for (const attribute of Array.from(root.attributes)) htmlAttributes[attribute.name] = attribute.value;
    const scrolled = Array.from(document.querySelectorAll('*'))
      .filter((el) => el.scrollTop !== 0 || el.scrollLeft !== 0)
      .map((el) => el.tagName);
    return {
      state: win.__KIOSK_SNAPSHOT__(),
      htmlAttributes,
      title: document.title,
      body: document.body.innerHTML,
      scrolled,
      openDialogs: document.querySelectorAll('dialog[open]').length,
      focusedTag: document.activeElement?.tagName ?? '',
    };
  });
}

test('the kiosk boots to the attract screen; a touch starts a visit on the start screen', async ({
  page,
}) => {
  await boot(page);
  const touch = page.getByTestId('attract-touch');
  await expect(touch).toContainText('Touch the screen to start');
  await expect(touch).toContainText('Toque la pantalla para empezar');
  await expect(page.locator('.app')).toHaveCount(0);
  // The idle timer does not run on the attract screen: an hour later it is still there, no warning.
  await page.clock.fastForward('01:00:00');
  await expect(page.getByTestId('idle-warning')).toHaveCount(0);
  await expect(page.getByTestId('attract')).toBeVisible();
  await begin(page);
  await expect(page.getByTestId('reset-rule')).toHaveText(
    'If no one touches the screen for 2 minutes, it asks if you are still reading. With no answer, it goes back to the start. Nothing you looked at is kept.',
  );
});

test('axe: the attract screen and the idle warning', async ({ page }) => {
  await boot(page);
  await expectNoAxeViolations(page, 'the attract screen');
  await boot(page);
  await begin(page);
  await page.clock.pauseAt(new Date('2026-03-10T12:20:00'));
  await expect(page.getByRole('alertdialog')).toBeVisible();
  await expectNoAxeViolations(page, 'the idle warning');
});

test('idle → "Still reading?" with a spoken countdown → Keep reading extends, again and again', async ({
  page,
}) => {
  await boot(page);
  await begin(page);
  await page.clock.fastForward('01:59');
  await expect(page.getByTestId('idle-warning')).toHaveCount(0);
  await page.clock.fastForward('00:01');
  const warning = page.getByRole('alertdialog', { name: 'Still reading?' });
  await expect(warning).toBeVisible();
  await expect(warning).toHaveAttribute('aria-modal', 'true');
  await expect(page.getByTestId('keep-reading')).toBeFocused();
  await expect(page.getByTestId('idle-countdown')).toHaveText('30');
  await expect(warning).toContainText('goes back to the start in 30 seconds');

  // Spoken at 20 and 10 and in the last five seconds, not every second.
  const live = page.getByTestId('idle-live');
  await page.clock.runFor(9000);
  await expect(page.getByTestId('idle-countdown')).toHaveText('21');
  await expect(live).toHaveText('');
  await page.clock.runFor(1000);
  await expect(live).toHaveText('20 seconds left');
  await page.clock.runFor(1000);
  await expect(page.getByTestId('idle-countdown')).toHaveText('19');
  await expect(live).toHaveText('20 seconds left');

  await page.getByTestId('keep-reading').tap();
  await expect(page.getByTestId('idle-warning')).toHaveCount(0);
  await expect(page.locator('.app[data-screen="start"]')).toBeVisible();
  // The wait starts again from the tap, and the extension can be used again.
  await page.clock.fastForward('01:59');
  await expect(page.getByTestId('idle-warning')).toHaveCount(0);
  await page.clock.fastForward('00:01');
  await expect(warning).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('idle-warning')).toHaveCount(0);
  await expect(page.locator('.app[data-screen="start"]')).toBeVisible();
});

test('idle → warning → nobody answers → back to the attract screen', async ({ page }) => {
  await boot(page, { config: { idle_seconds: 60, warning_seconds: 40 } });
  await begin(page);
  await expect(page.getByTestId('reset-rule')).toContainText('If no one touches the screen for 1 minute,');
  await page.getByRole('button', { name: /Choose a topic/ }).tap();
  await expect(page.locator('.app[data-screen="topics"]')).toBeVisible();
  await page.clock.fastForward('01:00');
  await expect(page.getByTestId('idle-countdown')).toHaveText('40');
  await page.clock.runFor(35_000);
  await expect(page.getByTestId('idle-live')).toHaveText('5 seconds left');
  await page.clock.runFor(4000);
  await expect(page.getByTestId('idle-live')).toHaveText('1 second left');
  await expect(page.locator('.app[data-screen="topics"]')).toBeAttached();
  await page.clock.runFor(1000);
  await expect(page.getByTestId('attract')).toBeVisible();
  await expect(page.getByTestId('idle-warning')).toHaveCount(0);
});

test('a bad idle_seconds in the config falls back to the 2-minute default, with a warning for staff', async ({
  page,
}) => {
  // The browser stand-in runs the kiosk's own config validator on the test config, key by key.
  await boot(page, { config: { idle_seconds: 5 } });
  await expect(page.getByTestId('config-badge')).toHaveText('Config: 1 warning');
  await begin(page);
  await expect(page.getByTestId('reset-rule')).toContainText('If no one touches the screen for 2 minutes,');
  await page.clock.runFor(119_000);
  await expect(page.getByTestId('idle-warning')).toHaveCount(0);
  await page.clock.runFor(1000);
  await expect(page.getByTestId('idle-warning')).toBeVisible();
});

test('"I read slowly" gives ten times as long: no warning at 2 minutes, a warning at 20', async ({
  page,
}) => {
  await boot(page);
  await begin(page);
  await page.getByRole('button', { name: /I read slowly/ }).tap();
  await expect(page.getByTestId('reset-rule')).toContainText('If no one touches the screen for 20 minutes,');
  await page.clock.fastForward('02:00');
  await expect(page.getByTestId('idle-warning')).toHaveCount(0);
  await page.clock.fastForward('17:59');
  await expect(page.getByTestId('idle-warning')).toHaveCount(0);
  await page.clock.fastForward('00:01');
  await expect(page.getByTestId('idle-warning')).toBeVisible();
});

test('a reset clears every visitor setting and equals a fresh start (state and DOM)', async ({ page }) => {
  await boot(page, WITH_PIN);
  const fresh = await fingerprint(page);
  expect(fresh.scrolled).toEqual([]);

  // A long visit that changes everything a visitor can change.
  await begin(page);
  await page.getByTestId('text-size-150').tap();
  await page.getByRole('button', { name: /High contrast/ }).tap();
  await page.getByRole('button', { name: /Calm mode/ }).tap();
  await page.getByRole('button', { name: /I read slowly/ }).tap();
  await page.getByTestId('locale-es').tap();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await page.getByRole('button', { name: /Empezar la guía/ }).tap();
  const term = page.locator('article.card button.term').first();
  for (let i = 0; i < 15 && (await term.count()) === 0; i++) await page.getByTestId('next').tap();
  // Scroll the reading area, then open a glossary word's panel and leave it open.
  await page
    .locator('.scroller')
    .first()
    .evaluate((el) => el.scrollBy(0, 120));
  await term.tap();
  await expect(page.getByTestId('glossary-panel')).toBeVisible();

  const during = await fingerprint(page);
  expect(during.state).not.toEqual(fresh.state);
  expect(during.htmlAttributes).toMatchObject({
    lang: 'es',
    'data-text-size': '150',
    'data-theme': 'high-contrast',
    'data-calm': 'true',
  });
  expect(during.openDialogs).toBe(1);

  // Read slowly is on: 20 minutes, then the 30-second countdown, then the reset.
  await page.clock.fastForward('20:00');
  await expect(page.getByRole('alertdialog')).toBeVisible();
  await page.clock.runFor(30_000);
  await expect(page.getByTestId('attract')).toBeVisible();

  const after = await fingerprint(page);
  expect(after.state).toEqual(fresh.state);
  expect(after.htmlAttributes).toEqual(fresh.htmlAttributes);
  expect(after.title).toBe(fresh.title);
  expect(after.scrolled).toEqual([]);
  expect(after.openDialogs).toBe(0);
  expect(after.body).toBe(fresh.body);

  // The ended visit was counted once, in its length bucket (20.5 minutes).
  await openPanel(page);
  await expect(page.getByTestId('visit-lengths')).toContainText('10–30 min: 1');
  await expect(page.getByTestId('visit-lengths')).toContainText('under 1 min: 0');
  await page.getByTestId('staff-close').tap();

  // And the next visitor starts with nothing of the last one: default settings, no way back.
  await begin(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('text-size-100')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('button', { name: /I read slowly/ })).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByTestId('reset-rule')).toContainText('for 2 minutes,');
});

test('hide_cursor hides the pointer everywhere', async ({ page }) => {
  await boot(page, { config: { hide_cursor: true } });
  await expect(page.locator('html')).toHaveClass(/hide-cursor/);
  expect(await page.getByTestId('attract-touch').evaluate((el) => getComputedStyle(el).cursor)).toBe('none');
  await begin(page);
  expect(await page.getByTestId('done').evaluate((el) => getComputedStyle(el).cursor)).toBe('none');
});

test('scrolling counts as a touch: it restarts the wait', async ({ page }) => {
  await boot(page);
  await begin(page);
  await page.getByRole('button', { name: /Choose a topic/ }).tap();
  await page.getByRole('button', { name: 'Words to know' }).tap();
  await page.clock.fastForward('01:50');
  // A scroll with no touch event at all (as a screen reader or a flick's momentum would make).
  const scroller = page.locator('.scroller').first();
  await scroller.evaluate((el) => el.scrollBy(0, 300));
  await expect.poll(() => scroller.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  await page.clock.fastForward('01:59');
  await expect(page.getByTestId('idle-warning')).toHaveCount(0);
  await page.clock.fastForward('00:01');
  await expect(page.getByTestId('idle-warning')).toBeVisible();
});

test('"I\'m done" mid-guide clears the visit at once: attract screen, and a fresh start equals a fresh visit', async ({
  page,
}) => {
  await boot(page, WITH_PIN);
  const fresh = await fingerprint(page);

  await begin(page);
  await page.getByTestId('text-size-200').tap();
  await page.getByRole('button', { name: /High contrast/ }).tap();
  await page.getByTestId('locale-es').tap();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await page.getByRole('button', { name: /Empezar la guía/ }).tap();
  for (let i = 0; i < 3; i++) {
    const before = await page.locator('article.card').getAttribute('data-card-id');
    await page.getByTestId('next').tap();
    await expect(page.locator('article.card')).not.toHaveAttribute('data-card-id', before ?? '');
    // The clock is paused: let the repeat-press guard (350 ms) run out before the next tap.
    await page.clock.runFor(400);
  }
  expect((await fingerprint(page)).state).not.toEqual(fresh.state);

  // Its name says what it does, in the visit's language; its question is calm and modal.
  const doneButton = page.getByRole('button', {
    name: 'Terminé — borrar esta pantalla para la próxima persona',
  });
  await doneButton.tap();
  const question = page.getByRole('alertdialog', { name: '¿Borrar la pantalla para la próxima persona?' });
  await expect(question).toBeVisible();
  await expect(page.getByTestId('done-no')).toBeFocused();
  await expectNoAxeViolations(page, 'the "I\'m done" question');
  await page.getByTestId('done-yes').tap();
  await expect(page.getByTestId('attract')).toBeVisible();

  const after = await fingerprint(page);
  expect(after.state).toEqual(fresh.state);
  expect(after.htmlAttributes).toEqual(fresh.htmlAttributes);
  expect(after.openDialogs).toBe(0);
  expect(after.body).toBe(fresh.body);

  // Counted like any ended visit (one, under a minute), and the next visitor starts from the defaults.
  await openPanel(page);
  await expect(page.getByTestId('visit-lengths')).toContainText('under 1 min: 1');
  await page.getByTestId('staff-close').tap();
  await begin(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('text-size-100')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('button', { name: /Continue where you left off/ })).toHaveCount(0);
});

test('"I\'m done" tapped by mistake: "No, keep reading" keeps the place; no answer clears it in 10 seconds', async ({
  page,
}) => {
  await boot(page);
  await begin(page);
  await page.getByRole('button', { name: /Start the guide/ }).tap();
  await page.getByTestId('next').tap();
  const card = await page.locator('article.card').getAttribute('data-card-id');
  const before = await fingerprint(page);

  await page.getByRole('button', { name: "I'm done — clear this screen for the next person" }).tap();
  await expect(page.getByTestId('done-countdown')).toHaveText('It clears by itself in 10 seconds.');
  await page.clock.runFor(9000);
  await expect(page.getByTestId('done-countdown')).toHaveText('It clears by itself in 1 second.');
  await page.getByTestId('done-no').tap();
  await expect(page.getByTestId('done-dialog')).toHaveCount(0);
  await expect(page.locator('article.card')).toHaveAttribute('data-card-id', card ?? '');
  expect((await fingerprint(page)).state).toEqual(before.state);

  // Escape (and the keypad's back key) answers "keep reading" too.
  await page.getByTestId('done').tap();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('done-dialog')).toHaveCount(0);
  await expect(page.locator('article.card')).toHaveAttribute('data-card-id', card ?? '');

  // A visitor who taps it and walks away: ten seconds later the screen is clear.
  await page.getByTestId('done').tap();
  await page.clock.runFor(9000);
  await expect(page.locator('.app[data-screen="guide"]')).toBeAttached();
  await page.clock.runFor(1000);
  await expect(page.getByTestId('attract')).toBeVisible();
});

test('"I\'m done" is on every visitor screen, and the keypad reaches it', async ({ page }) => {
  await boot(page);
  await begin(page);
  const done = page.getByTestId('done');
  await expect(done).toBeVisible();
  await page.getByRole('button', { name: /Choose a topic/ }).tap();
  await expect(page.locator('.app[data-screen="topics"]')).toBeVisible();
  await expect(done).toBeVisible();
  await page.getByRole('button', { name: 'Side effects' }).tap();
  await expect(page.locator('.app[data-screen="side-effects"]')).toBeVisible();
  await expect(done).toBeVisible();
  await page.locator('[data-testid="side-effects"] .tile').first().tap();
  await expect(page.getByTestId('page')).toBeVisible();
  await expect(done).toBeVisible();
  await page.getByTestId('call-now').tap();
  await expect(done).toBeVisible();

  // By keypad: the arrows reach it, Enter asks, Enter again on the answer in focus keeps reading.
  let reached = false;
  for (let i = 0; i < 40 && !reached; i++) {
    await page.keyboard.press('ArrowDown');
    reached = await done.evaluate((el) => el === document.activeElement);
  }
  expect(reached).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('done-no')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('done-dialog')).toHaveCount(0);
  await expect(done).toBeFocused();
});
