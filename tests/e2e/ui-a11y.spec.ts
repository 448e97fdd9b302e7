// axe-core (WCAG 2.0/2.1 A+AA, 2.2 AA) finds nothing on any screen kind: every text size × theme at one
// viewport (1366×768, the tightest landscape), and the default size and theme at the others. A
// screenshot of every screen is kept as an artifact.
import { test, type Page, type TestInfo } from '@playwright/test';
import { TEXT_SIZE_STEPS } from '../../electron/shared/ipc-contract';
import {
  VIEWPORTS,
  expectNoAxeViolations,
  goTopics,
  keepScreenshot,
  openStart,
  setHighContrast,
  setTextSize,
} from './ui-helpers';

async function auditEveryScreen(page: Page, testInfo: TestInfo, tag: string): Promise<void> {
  const check = async (name: string): Promise<void> => {
    await keepScreenshot(page, testInfo, `${tag}-${name}`);
    await expectNoAxeViolations(page, `${name} (${tag})`);
  };
  await check('start');
  await page.getByRole('button', { name: /Start the guide/ }).tap();
  await check('guide');
  const term = page.locator('article.card button.term').first();
  for (let i = 0; i < 10 && (await term.count()) === 0; i++) await page.getByTestId('next').tap();
  await term.tap();
  await check('glossary-panel');
  await page.getByTestId('glossary-close').tap();
  await goTopics(page);
  await check('topics');
  await page.getByRole('button', { name: 'Chapters of the guide' }).tap();
  await check('phases');
  await page.locator('[data-testid="phases"] .tile').last().tap();
  await check('page-guide-topic');
  await goTopics(page);
  await page.getByRole('button', { name: 'Side effects' }).tap();
  await check('side-effects');
  await page.locator('[data-testid="side-effects"] .tile').first().tap();
  for (let i = 0; i < 3; i++) await page.getByTestId('next').tap();
  await check('side-effect-last-section');
  await page.getByTestId('call-now').tap();
  await check('call-now');
  await goTopics(page);
  const questions = page.locator('.tile', { hasText: /question/i });
  if ((await questions.count()) > 0) {
    await questions.first().tap();
    await check('questions');
    await goTopics(page);
  }
  await page.getByRole('button', { name: 'Words to know' }).tap();
  await check('glossary');
  await page.getByTestId('back').tap();
  await page.getByRole('button', { name: 'Sources' }).tap();
  await check('sources');
  // The end-of-guide screen is audited in ui-walkthrough.spec.ts, which walks the whole tour anyway.
}

const THEMES = ['default', 'high-contrast'] as const;

for (const theme of THEMES) {
  for (const size of TEXT_SIZE_STEPS) {
    test.describe(`axe at 1366x768, ${theme}, ${size}%`, () => {
      test.use({ viewport: { width: 1366, height: 768 } });
      test(`no violations on any screen (${theme}, ${size}%)`, async ({ page }, testInfo) => {
        test.setTimeout(120_000);
        await openStart(page);
        if (size !== 100) await setTextSize(page, size);
        if (theme === 'high-contrast') await setHighContrast(page);
        await auditEveryScreen(page, testInfo, `1366x768-${theme}-${size}`);
      });
    });
  }
}

for (const viewport of VIEWPORTS.filter((v) => v.name !== '1366x768')) {
  test.describe(`axe at ${viewport.name}`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });
    test(`no violations on any screen (${viewport.name}, default theme, 100%)`, async ({
      page,
    }, testInfo) => {
      test.setTimeout(120_000);
      await openStart(page);
      await auditEveryScreen(page, testInfo, `${viewport.name}-default-100`);
    });
  });
}
