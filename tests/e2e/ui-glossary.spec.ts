// Words to know: tapping a glossary word opens a big definition panel that takes focus and gives it back;
// the A–Z list jumps by letter; page links inside cards navigate; the call-now page shows the site's values.
import { expect, test, type Page } from '@playwright/test';
import { expectScreen, goHome, goTopics, openStart, setTextSize } from './ui-helpers';

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

// At every text size and on a small tablet too, high, middle and low on the screen: the panel takes the side
// away from the word and only the room there (its words scroll inside; Close stays in sight), so it never
// covers the word's line — even on a short card (a picture folded behind "Show picture") that cannot scroll.
for (const viewport of [
  { width: 1280, height: 800 },
  { width: 768, height: 1024 },
] as const) {
  test(`the definition panel never covers the word it explains, ${viewport.width}×${viewport.height}, every text size`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize(viewport);
    await openStart(page);
    const problems: string[] = [];
    let opened = 0;
    for (const size of [100, 125, 150, 200] as const) {
      await goHome(page);
      await setTextSize(page, size);
      await page.getByRole('button', { name: /Start the guide/ }).tap();
      const terms = page.locator('article.card button.term');
      for (let i = 0; i < 10 && (await terms.count()) === 0; i++) await page.getByTestId('next').tap();
      const count = await terms.count();
      expect(count, 'a card with a glossary word').toBeGreaterThan(0);
      const panel = page.getByRole('dialog');
      for (const [block, at] of [
        ['start', 0],
        ['center', Math.floor(count / 2)],
        ['end', count - 1],
      ] as const) {
        const word0 = terms.nth(at);
        await word0.evaluate((el, b) => el.scrollIntoView({ block: b }), block);
        const word = await word0.boundingBox();
        await word0.tap();
        await expect(panel).toBeVisible();
        opened++;
        const box = await panel.boundingBox();
        const close = await page.getByTestId('glossary-close').boundingBox();
        if (!word || !box || !close) throw new Error('no word, panel or close box');
        const tag = `${size}% ${block}: word ${word.y.toFixed(0)}..${(word.y + word.height).toFixed(0)}, panel ${box.y.toFixed(0)}..${(box.y + box.height).toFixed(0)}`;
        // The word's line (the word's box, a line's height above and below) lies outside the panel.
        const lineTop = word.y - word.height;
        const lineBottom = word.y + 2 * word.height;
        if (!(box.y >= lineBottom || box.y + box.height <= lineTop)) problems.push(`${tag}: covers the word`);
        // The panel takes the half of the screen the word is not in.
        const expected = word.y + word.height / 2 > viewport.height / 2 ? 'top' : 'bottom';
        const place = await panel.getAttribute('data-place');
        if (place !== expected) problems.push(`${tag}: placed ${place}, not ${expected}`);
        // Close is whole and inside the panel and the screen; every word of the definition can be scrolled to.
        if (close.y < box.y - 1 || close.y + close.height > box.y + box.height + 1 || close.height < 63.5)
          problems.push(`${tag}: Close is cut (${close.y}..${close.y + close.height})`);
        if (box.y < 0 || box.y + box.height > viewport.height) problems.push(`${tag}: panel off screen`);
        const reachable = await page.getByTestId('glossary-words').evaluate((el) => {
          el.scrollTop = el.scrollHeight;
          const definition = el.querySelector('#term-definition')!.getBoundingClientRect();
          return definition.bottom <= el.getBoundingClientRect().bottom + 1;
        });
        if (!reachable) problems.push(`${tag}: the definition's end cannot be scrolled to`);
        await page.getByTestId('glossary-close').tap();
        await expect(panel).toBeHidden();
      }
    }
    expect(opened).toBe(12);
    expect(problems).toEqual([]);
  });
}
