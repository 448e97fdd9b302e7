// The guide in Spanish by taps: every step shows the Spanish heading of its card, Back/Next speak
// Spanish, and the header's language button switches mid-guide without losing the card, and back again.
import { expect, test, type Page } from '@playwright/test';
import { EN, ES, cardHeadings, openStartInSpanish } from './i18n-helpers';
import { expectNoAxeViolations, expectScreen, openStart } from './ui-helpers';

const enHeadings = cardHeadings('en');
const esHeadings = cardHeadings('es');
const esValues = new Set(esHeadings.values());
// A heading spelled the same in both languages (a drug name, say) proves nothing either way.
const enOnly = new Set([...enHeadings.values()].filter((h) => !esValues.has(h)));

test.use({ viewport: { width: 1280, height: 800 } });

/** What a guide step shows, in one round trip. */
async function stepView(page: Page): Promise<{
  progress: string;
  heading: string;
  cardId: string;
  toggle: number[];
  back: string;
  next: string;
}> {
  return page.evaluate(() => {
    const r = document.querySelector('[data-testid="header-locale"]')?.getBoundingClientRect();
    return {
      progress: document.querySelector('.progress-text')?.textContent?.trim() ?? '',
      heading: document.querySelector('#card-heading')?.textContent?.trim() ?? '',
      cardId: document.querySelector('article.card')?.getAttribute('data-card-id') ?? '',
      toggle: r ? [r.x, r.y, r.width, r.height] : [],
      back: document.querySelector('[data-testid="back"]')?.textContent?.trim() ?? '',
      next: document.querySelector('[data-testid="next"]')?.textContent?.trim() ?? '',
    };
  });
}

/** The content key ("<file>#<card id>") of the card showing, found from its heading in `locale`'s map. */
function keyOf(headings: Map<string, string>, heading: string, cardId: string): string {
  const keys = [...headings]
    .filter(([key, h]) => h === heading && key.endsWith(`#${cardId}`))
    .map(([k]) => k);
  expect(keys, `one card with heading "${heading}" and id ${cardId}`).toHaveLength(1);
  return keys[0];
}

test('the whole guide in Spanish by taps: Spanish headings, Spanish Back/Next, the switch in place', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await openStartInSpanish(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  // The header offers English, in English, labelled by its own name.
  const toggle = page.getByTestId('header-locale');
  await expect(toggle).toHaveAttribute('lang', 'en');
  await expect(toggle).toHaveAccessibleName('English — change the language to English');
  await expect(page.getByTestId('reset-rule')).toHaveText(ES.resetRule(120));
  await expect(page.getByTestId('call-now')).toHaveText(ES.callNow);
  const startToggle = await toggle.boundingBox();

  await page.getByRole('button', { name: new RegExp(ES.startGuide) }).tap();
  await expectScreen(page, 'guide');
  const bar = page.locator('progress');
  await expect(bar).toHaveAttribute('value', '1');
  const total = Number(await bar.getAttribute('max'));
  expect(total).toBeGreaterThanOrEqual(15);

  const wrong: string[] = [];
  for (let step = 1; step <= total; step++) {
    await expect(bar).toHaveAttribute('value', String(step));
    const seen = await stepView(page);
    // The chapter line is Spanish too ("Inducción · parte 2 de 4").
    if (/ · part \d/.test(seen.progress)) wrong.push(`step ${step}: progress "${seen.progress}" is English`);
    if (!esValues.has(seen.heading)) wrong.push(`step ${step}: "${seen.heading}" is not a Spanish heading`);
    if (enOnly.has(seen.heading)) wrong.push(`step ${step}: "${seen.heading}" is the English heading`);
    expect(seen.back).toBe(step === 1 ? ES.returnTo.start : ES.back);
    expect(seen.next).toBe(ES.next);
    // The language button sits where it sat on the start screen.
    expect(seen.toggle).toEqual([startToggle!.x, startToggle!.y, startToggle!.width, startToggle!.height]);
    await page.getByTestId('next').tap();
  }
  expect(wrong).toEqual([]);

  await expectScreen(page, 'guide-end');
  await expect(page.locator('h1')).toHaveText(ES.guideDone);
  await expect(page.getByRole('button', { name: ES.seeSideEffects })).toBeVisible();
  await expect(page.getByRole('button', { name: ES.goHome })).toBeVisible();
  expect(await toggle.boundingBox()).toEqual(startToggle);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expectNoAxeViolations(page, 'Spanish guide end (1280x800)');
  // The favicon is served: Chromium's automatic icon request leaves no console error behind.
  expect(errors).toEqual([]);
});

test('switching language mid-guide keeps the same card, says so, and switches back', async ({ page }) => {
  await openStart(page);
  await page.getByRole('button', { name: /Start the guide/ }).tap();
  for (let i = 0; i < 4; i++) await page.getByTestId('next').tap();
  const bar = page.locator('progress');
  await expect(bar).toHaveAttribute('value', '5');
  const english = await stepView(page);
  const total = Number(await bar.getAttribute('max'));
  const key = keyOf(enHeadings, english.heading, english.cardId);
  const spanishHeading = esHeadings.get(key);
  expect(spanishHeading, `Spanish twin of ${key}`).toBeTruthy();

  const toggle = page.getByTestId('header-locale');
  await expect(toggle).toHaveAttribute('lang', 'es');
  await expect(toggle.locator('span').first()).toHaveText('Español');
  await expect(toggle).toHaveAccessibleName('Español — cambiar el idioma a español');
  await toggle.tap();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(bar).toHaveAttribute('value', '5');
  await expect(page.locator('#card-heading')).toHaveText(spanishHeading!);
  const where = (await page.locator('.progress-text').textContent())?.trim() ?? '';
  await expect(page.locator('article.card')).toHaveAttribute('data-card-id', english.cardId);
  await expect(page.locator('article.card')).toHaveAttribute('lang', 'es');
  await expect(page.getByTestId('announcer')).toHaveText(
    `${ES.languageChanged} ${ES.stepAnnouncement(ES.pathProgressText(5, total, where), spanishHeading!)}`,
  );
  // The same button now offers English, and keeps the focus it had.
  await expect(toggle.locator('span').first()).toHaveText('English');
  await expect(toggle).toHaveAttribute('lang', 'en');
  await expect(toggle).toBeFocused();

  // Moving on in Spanish, then back to English on the next card.
  await page.getByTestId('next').tap();
  await expect(bar).toHaveAttribute('value', '6');
  const spanish = await stepView(page);
  const nextKey = keyOf(esHeadings, spanish.heading, spanish.cardId);
  await toggle.tap();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(bar).toHaveAttribute('value', '6');
  await expect(page.locator('#card-heading')).toHaveText(enHeadings.get(nextKey)!);
  await expect(page.getByTestId('announcer')).toHaveText(new RegExp(`^${EN.languageChanged} `));
  await expect(page.getByTestId('back')).toHaveText(EN.back);
});

test('the language button is on every screen but attract, and hidden with one language', async ({ page }) => {
  await openStart(page);
  const toggle = page.getByTestId('header-locale');
  const at = await toggle.boundingBox();
  await page.getByRole('button', { name: /Choose a topic/ }).tap();
  await expectScreen(page, 'topics');
  expect(await toggle.boundingBox()).toEqual(at);
  await page.getByRole('button', { name: 'Sources' }).tap();
  await expectScreen(page, 'sources');
  expect(await toggle.boundingBox()).toEqual(at);
  // Switching on the Sources screen keeps it, and its dates follow the language.
  const englishDate = (await page.locator('.reading').textContent()) ?? '';
  expect(englishDate).toMatch(
    /(January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}/,
  );
  await toggle.tap();
  await expectScreen(page, 'sources');
  await expect(page.locator('h1')).toHaveText(ES.sourcesTitle);
  await expect(page.locator('.reading')).toContainText(
    /\d{1,2} de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre) de \d{4}/,
  );
  // A source in English says so to Spanish readers; a Spanish one does not.
  const items = page.locator('.reading li');
  await expect(
    items.filter({ hasText: 'Chemotherapy for Acute Lymphocytic Leukemia' }).first(),
  ).toContainText('Chemotherapy for Acute Lymphocytic Leukemia (en inglés).');
  const spanishSource = items.filter({ hasText: 'Sangrado durante el tratamiento para el cáncer' }).first();
  await expect(spanishSource).toBeVisible();
  await expect(spanishSource).not.toContainText('(en inglés)');
  expect(englishDate).not.toContain('(in English)');

  const single = await page.context().newPage();
  await openStart(single, { locales: ['en'] });
  await expect(single.getByTestId('done')).toBeVisible();
  await expect(single.getByTestId('header-locale')).toHaveCount(0);
  await expect(single.getByTestId('locale-es')).toHaveCount(0);
});
