// Paths through the words (issue: "three minutes are enough"): who the words are for, the essentials, one
// path per stage of treatment, "does this apply to me?", the full guide in chapters, and "Continue". Taps are
// counted as a visitor makes them, from the attract screen; sizes are measured on the rendered cards.
import { type Locator, type Page, expect, test } from '@playwright/test';
import { uiStrings } from '../../renderer/i18n/locales';
import { REPEAT_IGNORE_MS } from '../../renderer/lib/repeat-guard';
import { begin, boot } from './session-helpers';
import { expectScreen, keepScreenshot } from './ui-helpers';

const EN = uiStrings('en');

/** Taps a control and counts it. */
function tapper(): { tap: (target: Locator) => Promise<void>; count: () => number } {
  let taps = 0;
  return {
    tap: async (target: Locator): Promise<void> => {
      await target.tap();
      taps += 1;
    },
    count: () => taps,
  };
}

async function toSpanish(page: Page): Promise<void> {
  await page.getByTestId('locale-es').tap();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
}

/** Every card of the path now open, to its end screen: each card's id, words (heading and body) and word count. */
async function walkPath(page: Page): Promise<{ id: string; text: string; words: number }[]> {
  const cards: { id: string; text: string; words: number }[] = [];
  const guide = page.getByTestId('guide');
  for (let i = 0; i < 100; i++) {
    await expect(guide).toBeVisible();
    const card = page.locator('article.card');
    const pageId = await guide.getAttribute('data-page-id');
    const id = `${pageId ?? ''}#${(await card.getAttribute('data-card-id')) ?? ''}`;
    const text = await card.evaluate((el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      // The page's sources and the badge are not words the visitor has to read on the card.
      copy.querySelectorAll('.page-sources, .badge').forEach((n) => n.remove());
      return copy.innerText;
    });
    cards.push({ id, text, words: text.split(/\s+/).filter((w) => /\p{L}|\p{N}/u.test(w)).length });
    const before = await page.getByTestId('announcer').textContent();
    await page.getByTestId('next').tap();
    // A repeat press on Next within the guard's window is ignored (a tremor must not skip a card).
    await page.clock.runFor(REPEAT_IGNORE_MS + 50);
    if ((await page.getByTestId('guide-end').count()) > 0) break;
    await expect(page.getByTestId('announcer')).not.toHaveText(before ?? '');
  }
  await expect(page.getByTestId('guide-end')).toBeVisible();
  return cards;
}

test.describe('taps from the attract screen', () => {
  test('nausea "What can help" in 4 taps', async ({ page }) => {
    await boot(page);
    const t = tapper();
    await t.tap(page.getByTestId('attract-touch'));
    await t.tap(page.getByRole('button', { name: new RegExp(`^${EN.topicSideEffects}`) }));
    await t.tap(page.getByRole('button', { name: 'Nausea', exact: true }));
    await t.tap(page.getByTestId('section-help'));
    await expect(page.getByTestId('page')).toHaveAttribute('data-page-id', 'nausea');
    await expect(page.locator('article.card')).toHaveAttribute('data-card-id', 'help');
    expect(t.count()).toBeLessThanOrEqual(4);
  });

  test('the urgency ladder in 2 taps, in both languages', async ({ page }) => {
    for (const locale of ['en', 'es'] as const) {
      await boot(page, { config: { default_locale: locale } });
      const t = tapper();
      await t.tap(page.getByTestId('attract-touch'));
      await t.tap(page.getByTestId('call-now'));
      await expect(page.getByTestId('page')).toHaveAttribute('data-page-id', 'call-now');
      // The 911 tier comes first, with its heading.
      await expect(page.locator('article.card')).toHaveAttribute('data-card-id', 'emergency');
      expect(t.count()).toBeLessThanOrEqual(2);
    }
  });
});

test('the essentials: one tap from the start, at most 12 cards and 1,000 words in each language', async ({
  page,
}) => {
  for (const locale of ['en', 'es'] as const) {
    await boot(page);
    await begin(page);
    if (locale === 'es') await toSpanish(page);
    const s = uiStrings(locale);
    await page.getByRole('button', { name: new RegExp(`^${s.essentials}`) }).tap();
    await expect(page.getByTestId('guide')).toHaveAttribute('data-path', 'essentials');
    const cards = await walkPath(page);
    const words = cards.reduce((n, c) => n + c.words, 0);
    test.info().annotations.push({
      type: `essentials ${locale}`,
      description: `${cards.length} cards, ${words} words: ${cards.map((c) => c.id).join(', ')}`,
    });
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.length).toBeLessThanOrEqual(12);
    expect(words).toBeLessThanOrEqual(1000);
    await expect(page.locator('#screen-title')).toHaveText(s.pathDone(s.pathNames.essentials));
  }
});

test('"My child" changes the words on every card of the essentials, in both languages; a reset forgets it', async ({
  page,
}) => {
  test.setTimeout(240_000);
  for (const locale of ['en', 'es'] as const) {
    const s = uiStrings(locale);
    const essentials = page.getByRole('button', { name: new RegExp(`^${s.essentials}`) });
    /** A fresh visit in `locale` that answers "Who is this for?", then reads the essentials to the end. */
    const read = async (audience: 'self' | 'child'): Promise<{ id: string; text: string }[]> => {
      await boot(page, { config: { default_locale: locale, idle_seconds: 60, warning_seconds: 40 } });
      await begin(page);
      await page.getByTestId(`audience-${audience}`).tap();
      await expect(page.getByTestId(`audience-${audience}`)).toHaveAttribute('aria-pressed', 'true');
      await essentials.tap();
      await expect(page.getByTestId('guide')).toHaveAttribute('data-path', 'essentials');
      return walkPath(page);
    };
    const me = await read('self');
    const child = await read('child');
    expect(me).toHaveLength(12);
    expect(child.map((c) => c.id)).toEqual(me.map((c) => c.id));
    // Every essentials card speaks to the reader, so every one must read differently for a parent.
    for (const [i, card] of me.entries()) {
      expect(child[i]?.text, `${locale} ${card.id} reads the same for "My child"`).not.toBe(card.text);
    }
    expect(child[0]?.text).toContain(locale === 'en' ? 'your child' : 'su hijo');

    // Nobody touches the screen: the visit resets, and the next visitor reads the "you" words again.
    await page.clock.fastForward('01:00');
    await expect(page.getByTestId('idle-warning')).toBeVisible();
    await page.clock.runFor(40_000);
    await expect(page.getByTestId('attract')).toBeVisible();
    await begin(page);
    for (const audience of ['self', 'child', 'carer'] as const) {
      await expect(page.getByTestId(`audience-${audience}`)).toHaveAttribute('aria-pressed', 'false');
    }
    await essentials.tap();
    await expect(page.locator('article.card')).toHaveAttribute('data-card-id', 'what');
    const first = await page.locator('article.card').evaluate((el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.page-sources, .badge').forEach((n) => n.remove());
      return copy.innerText;
    });
    expect(first).toBe(me[0]?.text);
  }
});

test('where are you in treatment: six stages, each a non-empty path in both languages', async ({ page }) => {
  test.setTimeout(240_000);
  const found: string[] = [];
  for (const locale of ['en', 'es'] as const) {
    await boot(page);
    await begin(page);
    if (locale === 'es') await toSpanish(page);
    const s = uiStrings(locale);
    for (const stage of [
      'diagnosis',
      'induction',
      'consolidation',
      'maintenance',
      'transplant',
      'after-treatment',
    ] as const) {
      await page
        .getByRole('button', { name: new RegExp(`^${s.whereInTreatment.replace('?', '\\?')}`) })
        .tap();
      await expectScreen(page, 'stages');
      await page
        .getByRole('button', { name: new RegExp(`^${s.pathNames[stage].replace(/[()]/g, '\\$&')}`) })
        .tap();
      await expect(page.getByTestId('guide')).toHaveAttribute('data-path', stage);
      const cards = await walkPath(page);
      found.push(`${locale} ${stage}: ${cards.length}`);
      expect(cards.length, `${locale} ${stage}`).toBeGreaterThan(0);
      await page.getByTestId('home').tap();
    }
  }
  test.info().annotations.push({ type: 'stage paths', description: found.join('; ') });
});

test('look: start, stages, topics, a path card', async ({ page }, testInfo) => {
  for (const vp of [
    { width: 1280, height: 800 },
    { width: 1366, height: 768 },
    { width: 768, height: 1024 },
  ]) {
    await page.setViewportSize(vp);
    await boot(page);
    await begin(page);
    await page.getByRole('button', { name: /^Where are you/ }).tap();
    await keepScreenshot(page, testInfo, `look-${vp.width}-stages`);
    await page.getByRole('button', { name: /^Induction/ }).tap();
    await keepScreenshot(page, testInfo, `look-${vp.width}-induction`);
    await page.getByTestId('home').tap();
    await keepScreenshot(page, testInfo, `look-${vp.width}-start-continue`);
    await page.getByRole('button', { name: /^Choose a topic/ }).tap();
    await keepScreenshot(page, testInfo, `look-${vp.width}-topics`);
    await page.clock.runFor(REPEAT_IGNORE_MS + 50);
    await page.getByTestId('home').tap();
    await toSpanish(page);
    await keepScreenshot(page, testInfo, `look-${vp.width}-start-es`);
  }
});
