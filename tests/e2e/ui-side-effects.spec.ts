// Every side effect is a tile, and each opens a page whose four sections (what, why, help, call) are each
// reachable by taps, at every supported screen size.
import { expect, test } from '@playwright/test';
import { SIDE_EFFECT_SECTIONS } from '../../electron/shared/content-types';
import { VIEWPORTS, callNowBox, expectScreen, goTopics, openStart, tapNextUnlessLast } from './ui-helpers';

for (const viewport of VIEWPORTS) {
  test.describe(`side effects at ${viewport.name}`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    test('every side effect shows its four sections, three taps from home', async ({ page }) => {
      await openStart(page);
      const callNow = await callNowBox(page);
      await goTopics(page);
      await page.getByRole('button', { name: 'Side effects' }).tap();
      await expectScreen(page, 'side-effects');
      const tiles = page.locator('[data-testid="side-effects"] .tile');
      const count = await tiles.count();
      expect(count).toBeGreaterThanOrEqual(9);

      for (let i = 0; i < count; i++) {
        const tile = tiles.nth(i);
        const label = ((await tile.textContent()) ?? '').trim();
        await tile.tap();
        await expectScreen(page, 'page');
        expect(await callNowBox(page)).toEqual(callNow);
        for (const [n, section] of SIDE_EFFECT_SECTIONS.entries()) {
          const card = page.locator('article.card');
          await expect(card, `${label}: section ${section}`).toHaveAttribute('data-card-id', section);
          await expect(card.locator('h2')).not.toBeEmpty();
          await expect(card.locator('.card-body')).not.toBeEmpty();
          await expect(page.locator('.progress-text')).toHaveText(`Part ${n + 1} of 4`);
          await tapNextUnlessLast(page, n, 3);
        }
        // The last section ends with the page's sources and the way back to the grid.
        await expect(page.locator('section.sources')).toBeAttached();
        await expect(page.getByTestId('next')).toHaveText('Back to side effects');
        await page.getByTestId('next').tap();
        await expectScreen(page, 'side-effects');
      }
    });
  });
}
