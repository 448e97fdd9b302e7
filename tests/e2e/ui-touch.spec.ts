// Touch mistakes a tired hand makes never move the visitor to another card: a pinch (two real touch points
// through CDP), a sloppy diagonal drag on a scrolled card, double taps 60 and 200 ms apart, and a long
// press on Home (which must not open staff sign-in). A clean one-finger swipe and two slow taps still work,
// so each "did not change" assertion is one that can fail.
import { type CDPSession, type Page, expect, test } from '@playwright/test';
import { CORNER_SIZE } from '../../renderer/lib/staff-view';
import { TEST_PIN, begin, boot, holdCorner } from './session-helpers';
import { expectScreen, setTextSize } from './ui-helpers';

test.use({ viewport: { width: 1280, height: 800 } });

type Point = { x: number; y: number };

/** Which card is showing: the progress line and the card's id. */
async function cardKey(page: Page): Promise<string> {
  const progress = (await page.locator('.progress-text').textContent()) ?? '';
  const card = (await page.locator('article.card').getAttribute('data-card-id')) ?? '';
  return `${progress} / ${card}`;
}

/** Moves one finger through `points` (straight lines between them, 6 moves each), then lifts it. */
async function drag(cdp: CDPSession, points: Point[]): Promise<void> {
  const [first, ...rest] = points;
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ ...first, id: 0 }] });
  let from = first;
  for (const to of rest) {
    for (let i = 1; i <= 6; i++) {
      const t = i / 6;
      const point = { x: from.x + (to.x - from.x) * t, y: from.y + (to.y - from.y) * t, id: 0 };
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [point] });
    }
    from = to;
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

/** Moves every finger from its start to its end in `steps` touchMove events, then lifts them all. */
async function gesture(cdp: CDPSession, paths: { from: Point; to: Point }[], steps = 8): Promise<void> {
  const at = (t: number): { x: number; y: number; id: number }[] =>
    paths.map((p, id) => ({
      x: p.from.x + (p.to.x - p.from.x) * t,
      y: p.from.y + (p.to.y - p.from.y) * t,
      id,
    }));
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
  for (let i = 1; i <= steps; i++) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(i / steps) });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

/** The middle of the reading area, where a visitor's fingers land. */
async function readingCentre(page: Page): Promise<Point> {
  const box = await page.locator('.scroller').boundingBox();
  if (!box) throw new Error('no reading area');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Into the guide, a few cards in (so both "previous" and "next" have somewhere to go). */
async function intoGuide(page: Page): Promise<void> {
  await page.getByRole('button', { name: /Start the guide/ }).tap();
  await expectScreen(page, 'guide');
  for (let i = 0; i < 3; i++) {
    const before = await cardKey(page);
    await page.getByTestId('next').tap();
    // Each tap is a separate press: let the repeat window pass in fake time.
    await page.clock.runFor(400);
    await expect.poll(() => cardKey(page)).not.toBe(before);
  }
}

test.describe('touch mistakes never turn the page', () => {
  test.beforeEach(async ({ page }) => {
    await boot(page);
    await begin(page);
  });

  test('a clean one-finger sideways swipe at Normal text does turn the page (the driver works)', async ({
    page,
  }) => {
    await intoGuide(page);
    const cdp = await page.context().newCDPSession(page);
    const c = await readingCentre(page);
    const before = await cardKey(page);
    await gesture(cdp, [{ from: { x: c.x + 150, y: c.y }, to: { x: c.x - 150, y: c.y + 10 } }]);
    await expect.poll(() => cardKey(page)).not.toBe(before);
  });

  test('pinch out and pinch in (two touch points) never navigate, and zoom stays 1', async ({ page }) => {
    await intoGuide(page);
    const cdp = await page.context().newCDPSession(page);
    const c = await readingCentre(page);
    const before = await cardKey(page);
    // Spread: the first finger alone travels 130 px to the left, which the old handler took for "next".
    await gesture(cdp, [
      { from: { x: c.x - 20, y: c.y }, to: { x: c.x - 150, y: c.y } },
      { from: { x: c.x + 20, y: c.y }, to: { x: c.x + 150, y: c.y } },
    ]);
    // Pinch in: the first finger travels 130 px to the right ("previous" to the old handler).
    await gesture(cdp, [
      { from: { x: c.x - 150, y: c.y + 5 }, to: { x: c.x - 20, y: c.y + 5 } },
      { from: { x: c.x + 150, y: c.y - 5 }, to: { x: c.x + 20, y: c.y - 5 } },
    ]);
    // A pinch where the second finger lands late, mid-gesture, is a pinch too.
    await cdp.send('Input.dispatchTouchEvent', {
      type: 'touchStart',
      touchPoints: [{ x: c.x + 100, y: c.y, id: 0 }],
    });
    await cdp.send('Input.dispatchTouchEvent', {
      type: 'touchMove',
      touchPoints: [{ x: c.x + 40, y: c.y, id: 0 }],
    });
    await cdp.send('Input.dispatchTouchEvent', {
      type: 'touchStart',
      touchPoints: [
        { x: c.x + 40, y: c.y, id: 0 },
        { x: c.x + 200, y: c.y, id: 1 },
      ],
    });
    await cdp.send('Input.dispatchTouchEvent', {
      type: 'touchMove',
      touchPoints: [
        { x: c.x - 100, y: c.y, id: 0 },
        { x: c.x + 220, y: c.y, id: 1 },
      ],
    });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await page.clock.runFor(500);
    expect(await cardKey(page)).toBe(before);
    expect(await page.evaluate(() => window.visualViewport?.scale ?? 1)).toBe(1);
  });

  test('a 140 px drag that is partly vertical, on a scrolled card, never navigates', async ({ page }) => {
    // At Normal text the angle rule decides (swipes are on); at Largest swipes are off altogether.
    for (const size of [100, 200] as const) {
      if (size === 200) {
        // The straight diagonal below ends in a fling, and Chromium swallows the next touch as "stop the
        // fling" (as a tablet does): one touch on the empty middle of the header stops it first.
        const stop = await page.context().newCDPSession(page);
        await stop.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: 600, y: 40 }] });
        await stop.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
        await page.getByTestId('home').tap();
        await setTextSize(page, 200);
      }
      await intoGuide(page);
      if (size === 200) await scrollCardDown(page);
      const cdp = await page.context().newCDPSession(page);
      const c = await readingCentre(page);
      const before = await cardKey(page);
      // A sloppy drag: it starts sideways (so the browser does not scroll), then drifts up. In all 140 px
      // left and 60 px up, 23° off horizontal: the old handler's "twice as wide as tall" let it by.
      await drag(cdp, [
        { x: c.x + 70, y: c.y + 30 },
        { x: c.x - 30, y: c.y + 30 },
        { x: c.x - 70, y: c.y - 30 },
      ]);
      // The same drift the other way.
      await drag(cdp, [
        { x: c.x - 70, y: c.y - 30 },
        { x: c.x + 30, y: c.y - 30 },
        { x: c.x + 70, y: c.y + 30 },
      ]);
      // And a straight diagonal that scrolls the card as it goes.
      await gesture(cdp, [{ from: { x: c.x + 70, y: c.y + 30 }, to: { x: c.x - 70, y: c.y - 30 } }]);
      await page.clock.runFor(500);
      expect(await cardKey(page), `text size ${size}`).toBe(before);
    }
  });

  for (const gapMs of [60, 200]) {
    test(`two taps on Next ${gapMs} ms apart move one card, not two`, async ({ page }) => {
      await intoGuide(page);
      const start = await cardKey(page);
      await page.getByTestId('next').tap();
      await expect.poll(() => cardKey(page)).not.toBe(start);
      const afterOne = await cardKey(page);
      // A finger does not wait for the button to look ready (it says aria-disabled meanwhile): force.
      await page.clock.runFor(gapMs);
      await page.getByTestId('next').tap({ force: true });
      await page.clock.runFor(500);
      expect(await cardKey(page)).toBe(afterOne);
      // The same on Back.
      await page.getByTestId('back').tap();
      await expect.poll(() => cardKey(page)).toBe(start);
      await page.clock.runFor(gapMs);
      await page.getByTestId('back').tap({ force: true });
      await page.clock.runFor(500);
      expect(await cardKey(page)).toBe(start);
      // Slow taps (400 ms apart) are two presses and both count.
      await page.getByTestId('next').tap();
      await expect.poll(() => cardKey(page)).toBe(afterOne);
      await page.clock.runFor(400);
      await page.getByTestId('next').tap();
      await expect.poll(() => cardKey(page)).not.toBe(afterOne);
    });
  }
});

test('a 5-second press on Home goes Home and never opens staff sign-in; the corner is clear of it', async ({
  page,
}) => {
  await boot(page, { config: { staff_pin_hash: 'scrypt$test-only' }, pin: TEST_PIN });
  await begin(page);
  await page.getByRole('button', { name: /Choose a topic/ }).tap();
  await expectScreen(page, 'topics');
  const home = await page.getByTestId('home').boundingBox();
  if (!home) throw new Error('no Home button');
  // The staff corner plus an 8 px gap is clear of Home.
  expect(home.x).toBeGreaterThanOrEqual(CORNER_SIZE + 8);
  // A press on Home's near edge (where a hand reaching from the left lands), held 6 s.
  await holdCorner(page, 6000, { x: home.x + 8, y: home.y + home.height / 2 });
  await expect(page.getByTestId('pin-pad')).toHaveCount(0);
  await expectScreen(page, 'start');
  // The corner itself still opens the pad.
  await holdCorner(page, 5000);
  await expect(page.getByTestId('pin-pad')).toBeVisible();
});

/** At Largest text the card scrolls: one press of the scroll-down button, and the card has moved. */
async function scrollCardDown(page: Page): Promise<void> {
  await page.getByTestId('scroll-down').tap();
  await expect.poll(() => page.locator('.scroller').evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
}
