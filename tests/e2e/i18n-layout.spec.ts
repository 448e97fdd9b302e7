// Spanish runs longer than English: at every supported screen size, at the largest text size and in both
// themes, no screen kind scrolls sideways or clips text, and every control stays a 64×64 target 8 px apart.
import { expect, test } from '@playwright/test';
import { everyScreenEs, openStartInSpanish, setHighContrastEs, setTextSizeTo } from './i18n-helpers';
import { VIEWPORTS, layoutProblems, targetReport } from './ui-helpers';

for (const viewport of VIEWPORTS) {
  test.describe(`Spanish at ${viewport.name}`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    test('largest text, both themes: no sideways scrolling, no clipped text, 64 px targets', async ({
      page,
    }) => {
      test.setTimeout(240_000);
      await openStartInSpanish(page);
      await setTextSizeTo(page, 200);
      const found: string[] = [];
      let screens = 0;
      for (const theme of ['default', 'high-contrast'] as const) {
        await setHighContrastEs(page, theme === 'high-contrast');
        await everyScreenEs(page, async (name) => {
          screens += 1;
          const where = `${theme} ${name}`;
          await expect(page.locator('html')).toHaveAttribute('lang', 'es');
          for (const p of await layoutProblems(page))
            found.push(`${where}: ${p.kind} ${p.element} ${p.detail}`);
          const targets = await targetReport(page);
          for (const t of targets.tooSmall) found.push(`${where}: small target ${t}`);
          for (const t of targets.tooClose) found.push(`${where}: targets too close ${t}`);
          // The header's language button is there and reachable on every screen.
          if (!name.startsWith('glossary-panel')) {
            const box = await page.getByTestId('header-locale').boundingBox();
            if (!box || box.width < 63.5 || box.height < 63.5)
              found.push(`${where}: language button ${JSON.stringify(box)}`);
          }
        });
      }
      expect(screens).toBe(22);
      expect(found).toEqual([]);
    });
  });
}
