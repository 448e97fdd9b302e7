// The whole guide by taps at every supported screen size: Back/Next and the call-now button stay put, the
// progress line counts every card, and the last step offers somewhere to go.
import { expect, test } from '@playwright/test';
import {
  VIEWPORTS,
  callNowBox,
  expectNoAxeViolations,
  expectScreen,
  keepScreenshot,
  openStart,
  tabUntil,
} from './ui-helpers';

for (const viewport of VIEWPORTS) {
  test.describe(`guide at ${viewport.name}`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    test('the whole guide, start to end, by taps', async ({ page }, testInfo) => {
      // Each Next waits out the 350 ms repeat window (the button says aria-disabled meanwhile): 53 steps.
      test.setTimeout(120_000);
      await openStart(page);
      const callNow = await callNowBox(page);
      await page.getByRole('button', { name: /Start the guide/ }).tap();
      await expectScreen(page, 'guide');

      // The bar counts cards; its words say which chapter ("Induction · part 2 of 4").
      const progress = page.locator('progress');
      await expect(progress).toHaveAttribute('value', '1');
      const total = Number(await progress.getAttribute('max'));
      expect(total).toBeGreaterThanOrEqual(15);

      const next = page.getByTestId('next');
      const back = page.getByTestId('back');
      const nextBox = await next.boundingBox();
      const backBox = await back.boundingBox();
      const seenPages = new Set<string>();
      for (let step = 1; step <= total; step++) {
        await expect(progress).toHaveAttribute('value', String(step));
        // One round trip per step: what the screen shows and where its fixed controls are.
        const seen = await page.evaluate(() => {
          const measure = (selector: string): number[] => {
            const r = document.querySelector(selector)?.getBoundingClientRect();
            return r ? [r.x, r.y, r.width, r.height] : [];
          };
          return {
            value: document.querySelector('progress')?.getAttribute('value'),
            h1s: Array.from(document.querySelectorAll('h1')).map((h) => h.textContent ?? ''),
            next: measure('[data-testid="next"]'),
            back: measure('[data-testid="back"]'),
            callNow: measure('[data-testid="call-now"]'),
          };
        });
        expect(seen.value).toBe(String(step));
        expect(seen.h1s).toHaveLength(1);
        seenPages.add(seen.h1s[0] ?? '');
        // Same places on every screen (WCAG 3.2.6 for call-now; consistent Back/Next for everyone).
        expect(seen.next).toEqual([nextBox!.x, nextBox!.y, nextBox!.width, nextBox!.height]);
        // Back's label reads "Back to start" on the first step: its corner and height stay put.
        expect([seen.back[0], seen.back[1], seen.back[3]]).toEqual([backBox!.x, backBox!.y, backBox!.height]);
        expect(seen.callNow).toEqual([callNow.x, callNow.y, callNow.width, callNow.height]);
        await next.tap();
      }
      // Every chapter of the tour (12 since Ph+, immune treatments and transplant moved to "Does this apply to me?").
      expect(seenPages.size).toBeGreaterThanOrEqual(12);

      // No dead end: the last step offers side effects, topics and home.
      await expectScreen(page, 'guide-end');
      await expect(page.getByRole('button', { name: 'Side effects' })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Choose a topic' })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Go to the start' })).toBeVisible();
      expect(await callNowBox(page)).toEqual(callNow);
      await expectNoAxeViolations(page, `guide-end (${viewport.name})`);
      await keepScreenshot(page, testInfo, `${viewport.name}-default-100-guide-end`);

      // Back returns to the last card; the end's choices lead on.
      await page.getByTestId('back').tap();
      await expect(progress).toHaveAttribute('value', String(total));
      await page.getByTestId('next').tap();
      await page.getByRole('button', { name: 'Side effects' }).tap();
      await expectScreen(page, 'side-effects');
    });
  });
}

test.describe('guide gestures', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('a sideways swipe moves between cards; a vertical one does not', async ({ page }) => {
    await openStart(page);
    await page.getByRole('button', { name: /Start the guide/ }).tap();
    const progress = page.locator('progress');
    await expect(progress).toHaveAttribute('value', '1');
    const client = await page.context().newCDPSession(page);
    const drag = async (from: [number, number], to: [number, number]): Promise<void> => {
      await client.send('Input.dispatchTouchEvent', {
        type: 'touchStart',
        touchPoints: [{ x: from[0], y: from[1] }],
      });
      for (let i = 1; i <= 5; i++) {
        const x = from[0] + ((to[0] - from[0]) * i) / 5;
        const y = from[1] + ((to[1] - from[1]) * i) / 5;
        await client.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y }] });
      }
      await client.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    };
    await drag([900, 400], [500, 410]);
    await expect(progress).toHaveAttribute('value', '2');
    await drag([500, 400], [900, 390]);
    await expect(progress).toHaveAttribute('value', '1');
    await drag([640, 600], [660, 300]);
    await drag([640, 300], [620, 600]);
    await expect(progress).toHaveAttribute('value', '1');
  });

  test('keyboard alone can run the guide, with a visible focus ring', async ({ page }) => {
    await openStart(page);
    const start = page.getByRole('button', { name: /Start the guide/ });
    const focusedText = (): Promise<string> =>
      page.evaluate(
        () => (document.activeElement?.tagName === 'BUTTON' ? document.activeElement.textContent : '') ?? '',
      );
    await tabUntil(page, focusedText, /Start the guide/, 12);
    await expect(start).toBeFocused();
    const outline = await start.evaluate((el) => getComputedStyle(el).outlineWidth);
    expect(parseFloat(outline)).toBeGreaterThanOrEqual(4);
    await page.keyboard.press('Enter');
    await expectScreen(page, 'guide');
    await page.getByTestId('next').focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('progress')).toHaveAttribute('value', '2');
    await expect(page.getByTestId('announcer')).toHaveText(/^Card 2 of \d+: /);
  });
});
