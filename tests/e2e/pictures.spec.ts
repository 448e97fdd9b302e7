// Pictures on the cards, as a visitor meets them: every card whose page declares a picture shows it, named by
// the page's alt text in the visitor's language; axe finds nothing; every meaningful line and ink in every
// picture reaches 3:1 against the picture's background (WCAG 1.4.11, from computed styles) in the default, calm
// and high-contrast themes; a screenshot of each picture in both themes lands in the report; nothing leaves the
// origin. Layout: two panes on landscape, picture above on portrait, folded behind "Show picture" at Largest.
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { compileContent } from '../../build/content/compile.ts';
import { readTree } from '../../build/content/read-tree.ts';
import type { Locale, PictureNode } from '../../electron/shared/content-types';
import { PICTURE_MEANINGFUL_CLASSES } from '../../electron/shared/picture-types';
import { uiStrings } from '../../renderer/i18n/locales';
import { expectNoAxeViolations, expectScreen, keepScreenshot, openStart } from './ui-helpers';

type Expected = { pageId: string; kind: string; title: string; cardId: string; pictures: PictureNode[] };

/** Every picture node anywhere in a card's tree, whatever the tree's field names. */
function picturesIn(value: unknown): PictureNode[] {
  if (Array.isArray(value)) return value.flatMap(picturesIn);
  if (value && typeof value === 'object') {
    const node = value as Record<string, unknown>;
    if (node.type === 'picture' && typeof node.picture === 'string') return [node as PictureNode];
    return Object.values(node).flatMap(picturesIn);
  }
  return [];
}

const compiled = await compileContent(await readTree('content'), { root: 'content' });
const WALKED_KINDS = ['guide', 'side-effect', 'call-now', 'reference'];

function expectedFor(locale: Locale): Map<string, Expected> {
  const out = new Map<string, Expected>();
  for (const p of compiled.content.locales[locale].pages) {
    for (const card of p.cards) {
      const pictures = picturesIn(card);
      if (pictures.length === 0) continue;
      out.set(`${p.id}#${card.id}`, {
        pageId: p.id,
        kind: p.kind,
        title: p.title,
        cardId: card.id,
        pictures,
      });
    }
  }
  return out;
}

type Seen = { key: string; pictures: string[] };

/** Records every request; anything off the origin is aborted and counted. */
async function guardOrigin(page: Page, baseURL: string | undefined): Promise<string[]> {
  const origin = new URL(baseURL ?? 'http://127.0.0.1:4174').origin;
  const outside: string[] = [];
  await page.context().route('**/*', async (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) await route.continue();
    else {
      outside.push(url);
      await route.abort('blockedbyclient');
    }
  });
  return outside;
}

/** Contrast of every painted, meaningful shape in the visible pictures against the picture's background. */
async function lowContrast(page: Page): Promise<string[]> {
  return page.evaluate((meaningful) => {
    const parse = (c: string): [number, number, number, number] | null => {
      const m = /rgba?\(([\d.]+)[ ,]+([\d.]+)[ ,]+([\d.]+)(?:[ ,/]+([\d.]+))?\)/.exec(c);
      return m ? [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])] : null;
    };
    const lum = ([r, g, b]: number[]): number => {
      const f = (v: number): number => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * f(r ?? 0) + 0.7152 * f(g ?? 0) + 0.0722 * f(b ?? 0);
    };
    const ratio = (a: number[], b: number[]): number => {
      const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
      return ((x ?? 0) + 0.05) / ((y ?? 0) + 0.05);
    };
    const problems: string[] = [];
    for (const figure of Array.from(document.querySelectorAll('figure.picture'))) {
      const bg = parse(getComputedStyle(figure).backgroundColor);
      const id = figure.closest('[data-picture]')?.getAttribute('data-picture') ?? '?';
      if (!bg || bg[3] < 1) {
        problems.push(
          `${id}: the picture has no solid background (${getComputedStyle(figure).backgroundColor})`,
        );
        continue;
      }
      let checked = 0;
      for (const el of Array.from(figure.querySelectorAll('svg *'))) {
        const classes = Array.from(el.classList);
        const inIcon = el.closest('.icon') !== null;
        if (el.tagName === 'g') continue;
        // Only the paint a meaningful class sets: a `line` outline's soft background fill is decoration.
        const props = [
          ...(classes.some((c) => c.startsWith('line') && meaningful.includes(c))
            ? (['stroke'] as const)
            : []),
          ...(inIcon || classes.some((c) => !c.startsWith('line') && meaningful.includes(c))
            ? (['fill'] as const)
            : []),
        ];
        const style = getComputedStyle(el);
        for (const prop of props) {
          const paint = parse(style[prop]);
          if (!paint || paint[3] === 0) continue;
          checked++;
          const r = ratio(paint, bg);
          if (r < 3)
            problems.push(
              `${id} <${el.tagName} class="${classes.join(' ')}"> ${prop} ${style[prop]}: ${r.toFixed(2)}:1`,
            );
        }
      }
      if (checked === 0) problems.push(`${id}: no meaningful line or ink was painted`);
    }
    return problems;
  }, PICTURE_MEANINGFUL_CLASSES as string[]);
}

type WalkOptions = {
  locale: Locale;
  theme: 'default' | 'high-contrast' | 'calm';
  axe: boolean;
  shots: boolean;
};

/** Taps through the tour, every side effect, the call-now page and the pictured topics, checking each card. */
async function walk(page: Page, testInfo: TestInfo, o: WalkOptions): Promise<Seen[]> {
  const s = uiStrings(o.locale);
  const expected = expectedFor(o.locale);
  const titleToId = new Map(compiled.content.locales[o.locale].pages.map((p) => [p.title, p.id]));
  const seen: Seen[] = [];
  const shot = new Set<string>();

  const checkCard = async (pageId: string): Promise<void> => {
    const card = page.locator('article.card');
    await expect(card).toHaveCount(1);
    const cardId = (await card.getAttribute('data-card-id')) ?? '';
    const key = `${pageId}#${cardId}`;
    const want = expected.get(key);
    const blocks = card.locator('.picture-block');
    await expect(blocks, `pictures on ${key}`).toHaveCount(want?.pictures.length ?? 0);
    if (!want) return;
    for (const [i, node] of want.pictures.entries()) {
      const block = blocks.nth(i);
      await expect(block).toHaveAttribute('data-picture', node.picture);
      const img = block.getByRole('img', { name: node.alt, exact: true });
      await expect(img, `${key}: "${node.alt}"`).toBeVisible();
      if (o.shots && !shot.has(node.picture)) {
        shot.add(node.picture);
        const body = await block.locator('figure.picture').screenshot();
        await testInfo.attach(`picture-${node.picture}-${o.theme}`, { body, contentType: 'image/png' });
      }
    }
    expect(await lowContrast(page), `contrast on ${key} (${o.theme})`).toEqual([]);
    if (o.axe) await expectNoAxeViolations(page, `${key} (${o.locale}, ${o.theme})`);
    seen.push({ key, pictures: want.pictures.map((p) => p.picture) });
  };

  const next = async (): Promise<void> => {
    const before = await page.locator('article.card').getAttribute('data-card-id');
    const title = await page.locator('#screen-title').textContent();
    await page.getByTestId('next').tap();
    await expect
      .poll(async () =>
        (await page.locator('.app').getAttribute('data-screen')) !== 'guide' &&
        (await page.locator('.app').getAttribute('data-screen')) !== 'page'
          ? 'left'
          : `${await page.locator('#screen-title').textContent()}|${await page.locator('article.card').getAttribute('data-card-id')}`,
      )
      .not.toBe(`${title}|${before}`);
  };

  /** From a page's first card to its last, checking each. */
  const checkEveryCard = async (p: { id: string; cards: unknown[] }): Promise<void> => {
    await expect(page.locator('[data-testid="page"]')).toHaveAttribute('data-page-id', p.id);
    for (let c = 0; c < p.cards.length; c++) {
      await checkCard(p.id);
      if (c < p.cards.length - 1) await next();
    }
  };

  // The guided tour.
  await page.getByRole('button', { name: new RegExp(s.startGuide) }).tap();
  await expectScreen(page, 'guide');
  for (let i = 0; i < 200 && (await page.locator('.app').getAttribute('data-screen')) === 'guide'; i++) {
    const title = ((await page.locator('#screen-title').textContent()) ?? '').trim();
    const pageId = titleToId.get(title);
    expect(pageId, `a page titled "${title}"`).toBeDefined();
    await checkCard(pageId ?? '');
    await next();
  }
  await expectScreen(page, 'guide-end');

  // Every side effect, then the call-now page.
  const pages = compiled.content.locales[o.locale].pages;
  for (const p of pages.filter((x) => x.kind === 'side-effect' || x.kind === 'call-now')) {
    await page.getByTestId('home').tap();
    await expectScreen(page, 'start');
    if (p.kind === 'call-now') await page.getByTestId('call-now').tap();
    else {
      await page.getByRole('button', { name: new RegExp(s.chooseTopic) }).tap();
      await expectScreen(page, 'topics');
      await page.getByRole('button', { name: new RegExp(`^${s.topicSideEffects}`) }).tap();
      await expectScreen(page, 'side-effects');
      await page.locator('[data-testid="side-effects"] .tile', { hasText: p.shortTitle }).first().tap();
    }
    await checkEveryCard(p);
  }

  // Topics outside the tour that carry pictures (e.g. "Does this apply to me?"), each from the topic list.
  const pictured = pages.filter(
    (x) => x.kind === 'reference' && x.cards.some((c) => c.body.some((b) => b.type === 'picture')),
  );
  for (const p of pictured) {
    await page.getByTestId('home').tap();
    await expectScreen(page, 'start');
    await page.getByRole('button', { name: new RegExp(s.chooseTopic) }).tap();
    await expectScreen(page, 'topics');
    await page.locator('[data-screen="topics"] .tile', { hasText: p.shortTitle }).first().tap();
    await checkEveryCard(p);
  }

  const missed = [...expected.keys()].filter((k) => !seen.some((x) => x.key === k));
  expect(missed, 'cards with a picture the walk never reached').toEqual([]);
  for (const e of expected.values()) expect(WALKED_KINDS).toContain(e.kind);
  return seen;
}

test.describe('pictures on the cards', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('English, default theme: every declared picture shows with its English name; axe clean; contrast ≥ 3:1; nothing leaves the origin', async ({
    page,
    baseURL,
  }, testInfo) => {
    test.setTimeout(300_000);
    const outside = await guardOrigin(page, baseURL);
    await openStart(page);
    const seen = await walk(page, testInfo, { locale: 'en', theme: 'default', axe: true, shots: true });
    expect(seen.length).toBeGreaterThanOrEqual(20);
    // Every picture in the folder appears on some card of this walk, so the screenshots cover them all.
    const shown = new Set(seen.flatMap((x) => x.pictures));
    expect([...shown].sort()).toEqual(Object.keys(compiled.content.pictures).sort());
    expect(outside).toEqual([]);
  });

  test('English, high contrast: every picture visible at ≥ 3:1 and screenshotted; nothing leaves the origin', async ({
    page,
    baseURL,
  }, testInfo) => {
    test.setTimeout(300_000);
    const outside = await guardOrigin(page, baseURL);
    await openStart(page);
    await page.getByRole('button', { name: uiStrings('en').highContrast }).tap();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'high-contrast');
    await walk(page, testInfo, { locale: 'en', theme: 'high-contrast', axe: true, shots: true });
    expect(outside).toEqual([]);
  });

  test('Spanish, calm mode: every picture named in Spanish, contrast ≥ 3:1', async ({
    page,
    baseURL,
  }, testInfo) => {
    test.setTimeout(300_000);
    const outside = await guardOrigin(page, baseURL);
    await openStart(page);
    await page.getByTestId('locale-es').tap();
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await page.getByRole('button', { name: uiStrings('es').calmMode }).tap();
    await expect(page.locator('html')).toHaveAttribute('data-calm', 'true');
    await walk(page, testInfo, { locale: 'es', theme: 'calm', axe: false, shots: false });
    expect(outside).toEqual([]);
  });
});

/** The first guide card with a picture, reached by Next from the start of the tour. */
async function firstPictureCard(page: Page): Promise<void> {
  await page.getByRole('button', { name: /Start the guide/ }).tap();
  const card = page.locator('article.card');
  for (let i = 0; i < 20 && (await card.locator('.picture-block').count()) === 0; i++) {
    await page.getByTestId('next').tap();
  }
  await expect(card.locator('.picture-block')).toHaveCount(1);
}

test('landscape: two panes, words left and picture right', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openStart(page);
  await firstPictureCard(page);
  const words = await page.locator('article.card .card-words').boundingBox();
  const picture = await page.locator('article.card figure.picture').boundingBox();
  expect(words && picture).toBeTruthy();
  expect(picture?.x ?? 0).toBeGreaterThanOrEqual((words?.x ?? 0) + (words?.width ?? 0));
  expect(picture?.y ?? 0).toBeLessThan((words?.y ?? 0) + (words?.height ?? 0));
});

test('portrait: the picture sits above the words, within a third of the screen', async ({ page }) => {
  await page.setViewportSize({ width: 1080, height: 1920 });
  await openStart(page);
  await firstPictureCard(page);
  const words = await page.locator('article.card .card-words').boundingBox();
  const picture = await page.locator('article.card figure.picture').boundingBox();
  expect((picture?.y ?? 0) + (picture?.height ?? 0)).toBeLessThanOrEqual((words?.y ?? 0) + 1);
  expect(picture?.height ?? 0).toBeLessThanOrEqual(1920 / 3 + 1);
});

for (const viewport of [
  { width: 1920, height: 1080 },
  { width: 1080, height: 1920 },
  { width: 1280, height: 800 },
]) {
  test(`Largest text at ${viewport.width}×${viewport.height}: the picture folds behind "Show picture" and the words start on screen`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await openStart(page);
    await page.getByTestId('text-size-200').tap();
    await expect(page.locator('html')).toHaveAttribute('data-text-size', '200');
    await firstPictureCard(page);
    const card = page.locator('article.card');
    const toggle = card.getByRole('button', { name: uiStrings('en').showPicture });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(card.getByRole('img')).toHaveCount(0);
    const firstWords = card.locator('.card-words > *').first();
    const box = await firstWords.boundingBox();
    expect((box?.y ?? Infinity) + 40).toBeLessThan(viewport.height);
    await toggle.tap();
    await expect(card.getByRole('button', { name: uiStrings('en').hidePicture })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    await expect(card.getByRole('img')).toBeVisible();
  });
}

/** Contrast of the marked step's outline against the card behind it and of its words against its fill. */
async function hereContrast(page: Page): Promise<{ outline: number; words: number; width: number }> {
  return page
    .getByTestId('you-are-here')
    .locator('[aria-current="step"]')
    .evaluate((el) => {
      const parse = (c: string): number[] =>
        (/rgba?\(([^)]+)\)/.exec(c)?.[1] ?? '0,0,0').split(/[ ,/]+/).map(Number);
      const lum = (rgb: number[]): number =>
        rgb
          .slice(0, 3)
          .map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4))
          .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
      const ratio = (a: string, b: string): number => {
        const [x, y] = [lum(parse(a)), lum(parse(b))].sort((p, q) => q - p);
        return (x + 0.05) / (y + 0.05);
      };
      let behind: Element | null = el.parentElement;
      while (behind && parse(getComputedStyle(behind).backgroundColor)[3] === 0)
        behind = behind.parentElement;
      const style = getComputedStyle(el);
      return {
        outline: ratio(style.borderTopColor, getComputedStyle(behind ?? document.body).backgroundColor),
        words: ratio(style.color, style.backgroundColor),
        width: parseFloat(style.borderTopWidth),
      };
    });
}

test.describe('you are here', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('the induction path marks Induction on every card (the map card by its own label), in three themes', async ({
    page,
  }, testInfo) => {
    test.setTimeout(180_000);
    const s = uiStrings('en');
    await openStart(page);
    await page.getByRole('button', { name: /^Where are you/ }).tap();
    await page.getByRole('button', { name: /^Induction/ }).tap();
    await expect(page.getByTestId('guide')).toHaveAttribute('data-path', 'induction');
    const card = page.locator('article.card');
    const strip = page.getByTestId('you-are-here');
    const seen: { id: string; map: string | null; strip: string[]; here: string[] }[] = [];
    for (let i = 0; i < 40 && (await page.getByTestId('guide-end').count()) === 0; i++) {
      const id = `${await page.getByTestId('guide').getAttribute('data-page-id')}#${await card.getAttribute('data-card-id')}`;
      const map = card.locator('[data-picture^="treatment-timeline"] [data-label="induction"]');
      seen.push({
        id,
        map: (await map.count()) > 0 ? await map.innerText() : null,
        strip: await strip.locator('li').allInnerTexts(),
        here: await strip.locator('[aria-current="step"]').allInnerTexts(),
      });
      await page.getByTestId('next').tap();
      if ((await page.getByTestId('guide-end').count()) > 0) break;
      await expect
        .poll(
          async () =>
            `${await page.getByTestId('guide').getAttribute('data-page-id')}#${await card.getAttribute('data-card-id')}`,
        )
        .not.toBe(id);
    }
    const withMap = seen.filter((x) => x.map !== null);
    const withStrip = seen.filter((x) => x.map === null);
    // The one card with the treatment map says it in the drawing's own label, and shows no second marker.
    expect(withMap.map((x) => [x.id, x.map, x.strip.length])).toEqual([
      ['induction#goal', expect.stringMatching(/^You are here: Induction/), 0],
    ]);
    expect(withStrip.length).toBeGreaterThan(5);
    for (const x of withStrip) {
      expect(x.strip, x.id).toHaveLength(3);
      expect(
        x.here.map((t) => t.replace(/\s+/g, ' ').trim()),
        x.id,
      ).toEqual([expect.stringContaining(`${s.pathNames.induction} ${s.youAreHere}`)]);
    }

    // Back one card (a card with the strip), then the three themes: outline 4 px, ≥ 3:1; words ≥ 7:1.
    await page.getByTestId('back').tap();
    await expect(strip).toBeVisible();
    for (const theme of ['default', 'high-contrast', 'calm'] as const) {
      if (theme === 'high-contrast')
        await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'high-contrast'));
      if (theme === 'calm') {
        await page.evaluate(() => {
          document.documentElement.removeAttribute('data-theme');
          document.documentElement.setAttribute('data-calm', 'true');
        });
      }
      const c = await hereContrast(page);
      expect(c.width, theme).toBeGreaterThanOrEqual(4);
      expect(c.outline, `${theme} outline`).toBeGreaterThanOrEqual(3);
      expect(c.words, `${theme} words`).toBeGreaterThanOrEqual(7);
      await testInfo.attach(`you-are-here-${theme}.png`, {
        body: await strip.screenshot({ path: `test-results/screenshots/you-are-here-${theme}.png` }),
        contentType: 'image/png',
      });
    }
  });

  test('Spanish: a card of the maintenance page, opened from the treatment steps, says where you are', async ({
    page,
  }) => {
    const s = uiStrings('es');
    await openStart(page);
    await page.getByTestId('locale-es').tap();
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await page.getByRole('button', { name: /Elegir un tema/ }).tap();
    await page.getByRole('button', { name: new RegExp(`^${s.topicPhases}`) }).tap();
    await page
      .getByRole('button', { name: new RegExp(`^${s.pathNames.maintenance}`) })
      .first()
      .tap();
    await expect(page.getByTestId('page')).toHaveAttribute('data-page-id', 'maintenance');
    // The first card's map says it in the drawing; the next card by the strip.
    await expect(page.locator('[data-label="maintenance"]')).toHaveText(/^Usted está aquí/);
    await page.getByTestId('next').tap();
    const here = page.getByTestId('you-are-here').locator('[aria-current="step"]');
    await expect(here).toHaveText(new RegExp(`${s.pathNames.maintenance}\\s*${s.youAreHere}`));
    await expectNoAxeViolations(page, 'a maintenance card with you are here');
  });
});

test.describe('body map labels', () => {
  for (const locale of ['en', 'es'] as const) {
    test(`${locale}: tapping "Kidneys" on the body map opens the tumor-lysis card; Back returns to the body map`, async ({
      page,
    }, testInfo) => {
      const s = uiStrings(locale);
      const labels = compiled.content.locales[locale].pictureLabels['body-map'] ?? {};
      const kidneys = (labels.kidneys ?? []).map((p) => (p.type === 'text' ? p.value : '')).join('');
      const lungs = (labels.lungs ?? []).map((p) => (p.type === 'text' ? p.value : '')).join('');
      expect(kidneys).not.toBe('');
      await openStart(page);
      if (locale === 'es') await page.getByTestId('locale-es').tap();
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      // The body map opens "Long-term effects", the first page of "Finished treatment".
      await page.getByRole('button', { name: new RegExp(s.whereInTreatment.replace(/[?¿]/g, '.')) }).tap();
      await expectScreen(page, 'stages');
      await page.getByRole('button', { name: new RegExp(`^${s.pathNames['after-treatment']}`) }).tap();
      const map = page.locator('article.card .picture-block[data-picture="body-map"]');
      for (let i = 0; i < 20 && (await map.count()) === 0; i++) await page.getByTestId('next').tap();
      await expect(map).toBeVisible();
      const onMap = await page.locator('article.card').getAttribute('data-card-id');

      const button = map.getByRole('button', { name: s.readAboutLabel(kidneys), exact: true });
      await expect(button).toHaveText(kidneys);
      const box = await button.boundingBox();
      expect(box?.height ?? 0).toBeGreaterThanOrEqual(64);
      expect(box?.width ?? 0).toBeGreaterThanOrEqual(64);
      // A label without a link stays words, not a control.
      await expect(map.locator('[data-label="lungs"]')).toHaveText(lungs);
      await expect(map.locator('[data-label="lungs"] button')).toHaveCount(0);
      await expectNoAxeViolations(page, `the body map card (${locale})`);
      await keepScreenshot(page, testInfo, `body-map-links-${locale}`);

      // By keypad too: the label takes focus and shows the focus ring.
      await page.keyboard.press('Shift');
      await button.focus();
      await expect(button).toBeFocused();
      expect(
        await button.evaluate((el) => el.matches(':focus-visible') && getComputedStyle(el).outlineStyle),
      ).toBe('solid');

      await button.tap();
      await expectScreen(page, 'page');
      await expect(page.getByTestId('page')).toHaveAttribute('data-page-id', 'tumor-lysis');
      await expect(page.locator('article.card')).toHaveAttribute('data-card-id', 'what');
      const back = page.getByTestId('back');
      await expect(back).toHaveText(new RegExp(s.returnTo.guide));
      await back.tap();
      await expect(page.locator('article.card')).toHaveAttribute('data-card-id', onMap ?? '');
      await expect(map).toBeVisible();
    });
  }
});
