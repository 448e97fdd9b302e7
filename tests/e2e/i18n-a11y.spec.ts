// axe-core (WCAG 2.0/2.1 A+AA, 2.2 AA) finds nothing on any screen kind in Spanish: 100 % and 200 % text in
// both themes at 1366×768 (the tightest landscape), and the default size and theme at the other viewports
// (there, the screen kinds whose layout depends on the viewport).
// The Spanish end-of-guide screen is audited in i18n-guide.spec.ts, which walks the whole tour anyway.
import { test } from '@playwright/test';
import { everyScreenEs, openStartInSpanish, setHighContrastEs, setTextSizeTo } from './i18n-helpers';
import { VIEWPORTS, expectNoAxeViolations, goHome, keepScreenshot } from './ui-helpers';

const AT_EVERY_VIEWPORT = new Set(['start', 'guide', 'topics', 'call-now', 'sources']);

for (const theme of ['default', 'high-contrast'] as const) {
  test.describe(`Spanish axe at 1366x768, ${theme}`, () => {
    test.use({ viewport: { width: 1366, height: 768 } });
    test(`no violations on any screen at 100 % and 200 % (${theme})`, async ({ page }, testInfo) => {
      test.setTimeout(360_000);
      await openStartInSpanish(page);
      await setHighContrastEs(page, theme === 'high-contrast');
      for (const size of [100, 200] as const) {
        if (size !== 100) {
          await goHome(page);
          await setTextSizeTo(page, size);
        }
        await everyScreenEs(page, async (name) => {
          const tag = `es-1366x768-${theme}-${size}-${name}`;
          if (size === 200) await keepScreenshot(page, testInfo, tag);
          await expectNoAxeViolations(page, tag);
        });
      }
    });
  });
}

for (const viewport of VIEWPORTS.filter((v) => v.name !== '1366x768')) {
  test.describe(`Spanish axe at ${viewport.name}`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });
    test(`no violations on any screen (${viewport.name}, default theme, 100 %)`, async ({ page }) => {
      test.setTimeout(240_000);
      await openStartInSpanish(page);
      // axe takes seconds per screen on a busy machine: here the kinds whose layout changes with the viewport
      // (header, tiles, reading column, navigation bar); every kind is audited at 1366×768 above.
      await everyScreenEs(page, async (name) => {
        if (AT_EVERY_VIEWPORT.has(name)) await expectNoAxeViolations(page, `es-${viewport.name}-${name}`);
      });
    });
  });
}
