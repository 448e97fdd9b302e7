// Words to know: tapping a glossary word opens a big definition panel that takes focus and gives it back;
// the A–Z list jumps by letter; page links inside cards navigate; the call-now page shows the site's values.
import { expect, test, type Page } from '@playwright/test';
import { expectScreen, goTopics, openStart, setTextSize } from './ui-helpers';

test.use({ viewport: { width: 1280, height: 800 } });

test('a glossary word opens its definition; focus moves in and back; Esc and Close both close', async ({
  page,
}) => {
  await openStart(page);
  await page.getByRole('button', { name: /Start the guide/ }).tap();
  const term = page.locator('article.card button.term').first();
  // The first cards may have no glossary word: step on until one has.
  for (let i = 0; i < 10 && (await term.count()) === 0; i++) await page.getByTestId('next').tap();
  await expect(term).toBeVisible();
  const word = ((await term.textContent()) ?? '').trim();
  await term.tap();
  const panel = page.getByRole('dialog');
  await expect(panel).toBeVisible();
  await expect(panel).toHaveAttribute('aria-modal', 'true');
  await expect(panel.locator('h2')).not.toBeEmpty();
  await expect(panel.locator('#term-definition')).not.toBeEmpty();
  await expect(page.getByTestId('glossary-close')).toBeFocused();
  const close = await page.getByTestId('glossary-close').boundingBox();
  expect(close!.height).toBeGreaterThanOrEqual(64);
  await page.getByTestId('glossary-close').tap();
  await expect(panel).toBeHidden();
  await expect(term).toBeFocused();
  await expect(term).toHaveText(word);

  await term.tap();
  await expect(panel).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(term).toBeFocused();
});

test('Words to know: letter buttons jump to their words', async ({ page }) => {
  await openStart(page);
  await goTopics(page);
  await page.getByRole('button', { name: 'Words to know' }).tap();
  await expectScreen(page, 'glossary');
  const letters = page.locator('nav.letters button');
  const count = await letters.count();
  expect(count).toBeGreaterThan(5);
  const entries = await page.locator('dl .entry').count();
  expect(entries).toBeGreaterThanOrEqual(30);
  const last = letters.nth(count - 1);
  const letter = ((await last.textContent()) ?? '').trim();
  await last.tap();
  const heading = page.locator(`#letter-${letter}`);
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
});

test('a page link inside a card opens that page; Back returns', async ({ page }) => {
  await openStart(page);
  await page.getByRole('button', { name: /Start the guide/ }).tap();
  const link = page.locator('article.card button.page-link').first();
  for (let i = 0; i < 60 && (await link.count()) === 0; i++) await page.getByTestId('next').tap();
  await expect(link).toBeVisible();
  const target = await link.getAttribute('data-page');
  // Read before the tap: afterwards the locator would look for a link on the page it opened.
  const cardId = await link.getAttribute('data-card');
  const before = await page.locator('.progress-text').textContent();
  await link.tap();
  await expectScreen(page, 'page');
  await expect(page.getByTestId('page')).toHaveAttribute('data-page-id', target!);
  // A link to one card opens that card; a link to the page opens one of its cards.
  await expect(page.locator('article.card')).toHaveAttribute('data-card-id', cardId ?? /./);
  await page.getByTestId('back').tap();
  for (let i = 0; i < 10 && (await page.locator('.app').getAttribute('data-screen')) === 'page'; i++) {
    await page.getByTestId('back').tap();
  }
  await expectScreen(page, 'guide');
  await expect(page.locator('.progress-text')).toHaveText(before!);
});

/** The text of every phone and temperature slot on the call-now page, card by card. */
async function callNowSlots(page: Page): Promise<string> {
  await page.getByTestId('call-now').tap();
  await expectScreen(page, 'page');
  const slots = page.locator('.slot');
  const texts: string[] = [];
  for (let i = 0; i < 12; i++) {
    texts.push(...(await slots.allTextContents()));
    if ((await page.getByTestId('next').textContent())?.includes('Next'))
      await page.getByTestId('next').tap();
    else break;
  }
  return texts.join(' | ');
}

test('the call-now page shows the site values from the test config', async ({ page }) => {
  await openStart(page, {
    fever_threshold_f: 101,
    care_team_phone: '555-0100 x22',
    after_hours_phone: null,
    idle_seconds: 180,
  });
  await expect(page.getByTestId('reset-rule')).toHaveText(
    'If no one touches the screen for 3 minutes, it asks if you are still reading. With no answer, it goes back to the start. Nothing you looked at is kept.',
  );
  const joined = await callNowSlots(page);
  expect(joined).toContain('101\u00a0°F');
  expect(joined).toContain('38.3\u00a0°C');
  expect(joined).toContain('555-0100 x22');
  // No after-hours number configured: the page's own words stand in.
  expect(joined).toContain('the after-hours number your care team gave you');
});

test('a phone number with markup is refused by the config check: the default words show, no markup', async ({
  page,
}) => {
  await openStart(page, { care_team_phone: '<b>555-0100</b>' });
  const joined = await callNowSlots(page);
  expect(joined).not.toContain('555-0100');
  expect(joined).toContain('the phone number your care team gave you');
  await expect(page.locator('.slot b')).toHaveCount(0);
});

// Known defect, reported in the notes of #14/#16: at 200 % on 1280×800 a card whose picture folds behind "Show
// picture" is too short to scroll the word to the top, and the 368 px panel then covers the line below the word.
// Marked fixme (reported as skipped, never as passed) until the panel caps its height to the room it has.
test.fixme('the definition panel never covers the word it explains, high or low on the screen', async ({
  page,
}) => {
  await openStart(page);
  await setTextSize(page, 200);
  await page.getByRole('button', { name: /Start the guide/ }).tap();
  const term = page.locator('article.card button.term').first();
  for (let i = 0; i < 10 && (await term.count()) === 0; i++) await page.getByTestId('next').tap();
  const panel = page.getByRole('dialog');
  const placements: string[] = [];
  const expected: string[] = [];
  const height = page.viewportSize()!.height;
  for (const [block, word0] of [
    ['start', term],
    ['end', page.locator('article.card button.term').last()],
  ] as const) {
    // Bring a word to the top, then the card's last word to the bottom of the reading area.
    await word0.evaluate((el, b) => el.scrollIntoView({ block: b }), block);
    const word = await word0.boundingBox();
    await word0.tap();
    await expect(panel).toBeVisible();
    const box = await panel.boundingBox();
    if (!word || !box) throw new Error('no word or panel box');
    // The word's line (the word's box, a line's height above and below) lies outside the panel.
    const lineTop = word.y - word.height;
    const lineBottom = word.y + 2 * word.height;
    expect(
      box.y >= lineBottom || box.y + box.height <= lineTop,
      `word at ${word.y}, panel ${box.y}..${box.y + box.height}`,
    ).toBe(true);
    placements.push((await panel.getAttribute('data-place')) ?? '');
    expected.push(word && word.y + word.height / 2 > height / 2 ? 'top' : 'bottom');
    await page.getByTestId('glossary-close').tap();
    await expect(panel).toBeHidden();
  }
  // The panel takes the half of the screen the word is not in.
  expect(placements).toEqual(expected);
});
