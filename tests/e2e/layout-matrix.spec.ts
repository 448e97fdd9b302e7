// The layout matrix: six viewports from 768×1024 up × four text sizes × two themes × two languages. On
// each, sampled screens (below) must give the reading area at least 65 % of the screen height, split no word
// across lines, start no line with punctuation, and keep every control inside the viewport; the start screen
// fits without scrolling at Normal text on landscape screens from 1280×800 up; card lines stay at most 75
// characters. A screenshot of the longest card of each combination goes into the test report.
//
// Sampled screens (one visit per text size, by taps): the start screen; the guide's first step (its nav bar
// carries the progress and the longest Back label); the call-now page's first card (the second-longest card,
// and the urgent one); the side-effects grid (at Normal and Largest only: it has the least text); the
// infection page's "What can help" card (the longest card in both languages, and the last of its page).
// Screenshots (to keep the run short): the longest card at Normal and Largest, the start screen where it must
// fit.
import { expect, test } from '@playwright/test';
import { uiStrings } from '../../renderer/i18n/locales';
import { measureLayout } from './layout-measure';
import { expectScreen, goHome, keepScreenshot, openStart, setTextSize } from './ui-helpers';

const MATRIX_VIEWPORTS = [
  { name: '768x1024', width: 768, height: 1024 },
  { name: '800x1280', width: 800, height: 1280 },
  { name: '1280x800', width: 1280, height: 800 },
  { name: '1366x768', width: 1366, height: 768 },
  { name: '1920x1080', width: 1920, height: 1080 },
  { name: '1080x1920', width: 1080, height: 1920 },
] as const;
const SIZES = [100, 125, 150, 200] as const;
const MIN_READING_SHARE = 0.65;
const MAX_LINE_CHARS = 75;

for (const viewport of MATRIX_VIEWPORTS) {
  for (const locale of ['en', 'es'] as const) {
    for (const theme of ['default', 'high-contrast'] as const) {
      test(`layout ${viewport.name} ${locale} ${theme}: every text size`, async ({ page }, testInfo) => {
        test.setTimeout(120_000);
        const s = uiStrings(locale);
        await page.setViewportSize({ width: viewport.width, height: viewport.height });
        await openStart(page);
        if (locale === 'es') await page.getByTestId('locale-es').tap();
        if (theme === 'high-contrast') await page.getByRole('button', { name: s.highContrast }).tap();
        await expect(page.locator('html')).toHaveAttribute('lang', locale);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        const found: string[] = [];
        const lines: string[] = [];
        const shares: string[] = [];
        for (const size of SIZES) {
          const tag = `${viewport.name}-${locale}-${theme}-${size}`;
          const check = async (where: string): Promise<void> => {
            const m = await measureLayout(page);
            for (const b of m.breaks) found.push(`${tag} ${where}: ${b}`);
            for (const o of m.outside) found.push(`${tag} ${where}: control outside the viewport: ${o}`);
            if (m.readingShare === null) found.push(`${tag} ${where}: no reading area`);
            else {
              shares.push(`${where} ${(m.readingShare * 100).toFixed(1)}%`);
              if (m.readingShare < MIN_READING_SHARE) {
                found.push(`${tag} ${where}: reading area ${(m.readingShare * 100).toFixed(1)} % < 65 %`);
              }
            }
            if (m.longestLine !== null) {
              lines.push(`${size} ${where}: longest ${m.longestLine}, median ${m.medianLine}`);
              if (m.longestLine > MAX_LINE_CHARS) {
                found.push(`${tag} ${where}: a line of ${m.longestLine} characters > ${MAX_LINE_CHARS}`);
              }
            }
            // Type scales with the screen: the portrait kiosk's body text is larger than 24 px.
            if (viewport.name === '1080x1920' && m.bodyPx !== null && m.bodyPx <= 24) {
              found.push(`${tag} ${where}: body text ${m.bodyPx}px on the portrait kiosk`);
            }
          };

          await goHome(page);
          await setTextSize(page, size);
          await check('start');
          if (viewport.width > viewport.height && viewport.width >= 1280 && size === 100) {
            const spill = await page.locator('.scroller').evaluate((el) => el.scrollHeight - el.clientHeight);
            if (spill > 1) found.push(`${tag} start: the start screen scrolls by ${spill}px at Normal text`);
            await keepScreenshot(page, testInfo, `matrix-${tag}-start`);
          }

          await page.getByRole('button', { name: new RegExp(s.startGuide) }).tap();
          await expectScreen(page, 'guide');
          await check('guide step 1');

          await page.getByTestId('call-now').tap();
          await expect(page.getByTestId('page')).toBeVisible();
          await check('call-now');

          await goHome(page);
          await page.getByRole('button', { name: new RegExp(s.chooseTopic) }).tap();
          await page.getByRole('button', { name: s.topicSideEffects }).tap();
          await expectScreen(page, 'side-effects');
          if (size === 100 || size === 200) await check('side-effects grid');

          await page.locator('[data-testid="side-effects"] .tile').nth(2).tap();
          await expect(page.getByTestId('page')).toHaveAttribute('data-page-id', /infection/);
          for (let i = 0; i < 2; i++) {
            const before = await page.locator('.progress-text').textContent();
            await page.getByTestId('next').tap();
            await expect(page.locator('.progress-text')).not.toHaveText(before ?? '');
          }
          await expect(page.locator('article.card')).toHaveAttribute('data-card-id', 'help');
          await check('longest card');
          if (size === 100 || size === 200)
            await keepScreenshot(page, testInfo, `matrix-${tag}-longest-card`);
        }
        testInfo.annotations.push({ type: 'reading area', description: shares.join('; ') });
        testInfo.annotations.push({ type: 'characters per line', description: lines.join('; ') });
        expect(found).toEqual([]);
      });
    }
  }
}
