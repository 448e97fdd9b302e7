// Take it home: the QR code on a page opens that page's hosted copy in the visitor's language (read back from
// a screenshot, as a phone would), no QR without a base URL, and "Print this" prints the one-page summary
// (rendered to PDF here, as the browser preview does; its text is read back with pdf.js).
import { readFileSync } from 'node:fs';
import { type Page, expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { compileContent } from '../../build/content/compile';
import { readTree } from '../../build/content/read-tree';
import type { CompiledContent, InlineNode, Locale, SentenceNode } from '../../electron/shared/content-types';
import { defaultConfig } from '../../electron/shared/config-schema';
import { PREVIEW_PRINT_EVENT } from '../../electron/shared/print-policy';
import { slotValues } from '../../renderer/lib/slots';
import { keepScreenshot, openStart } from './ui-helpers';
import { openStartInSpanish } from './i18n-helpers';
import { decodeQr, openTopicEnd, pdfPages } from './take-home-helpers';

const BASE = 'https://www.example-hospital.org/all-guide';
const NUMBERS = { care_team_phone: '555-0100 x22', after_hours_phone: '555-0199' } as const;

/** pdf.js splits a line at every change of font: compare words and punctuation, not the spaces between runs. */
const squash = (t: string): string =>
  t
    .replace(/\s+/g, ' ')
    .replace(/ ([.,:;)])/g, '$1')
    .replace(/([(]) /g, '$1')
    .replace(/(\d)- (\d)/g, '$1-$2')
    .trim()
    .toLowerCase();

function words(nodes: readonly InlineNode[], slots: Record<string, string>): string {
  return nodes
    .map((n) => {
      if (n.type === 'text') return n.value;
      if (n.type === 'strong' || n.type === 'em') return words(n.children, slots);
      if (n.type === 'slot') return slots[n.name] ?? '';
      if (n.type === 'break') return ' ';
      // The printed summary uses the "Me" words, as the take-home copy does.
      if (n.type === 'variant') return words(n.forms.you, slots);
      return n.text;
    })
    .join('');
}
const sentences = (list: readonly SentenceNode[], slots: Record<string, string>): string =>
  list.map((s) => words(s.children, slots)).join(' ');

let compiled: CompiledContent | null = null;

/**
 * The summary's paper must say what the kiosk's call-now page says: each tier of the locale's ladder by its
 * own heading, and every heading, sentence and sign of that page's cards, with the site's numbers.
 */
async function expectFullLadder(text: string, locale: Locale): Promise<void> {
  compiled ??= (await compileContent(await readTree('content'), { root: 'content' })).content;
  const local = compiled.locales[locale];
  const callNow = local.pages.find((p) => p.kind === 'call-now');
  expect(callNow, `${locale} call-now page`).toBeDefined();
  const slots: Record<string, string> = slotValues(
    { ...defaultConfig(), ...NUMBERS },
    locale,
    local.slotDefaults,
  );
  const paper = squash(text);
  const ladder = parse(readFileSync(`content/${locale}/warning-signs.yaml`, 'utf8')) as {
    tiers: { id: string; heading: string }[];
  };
  expect(ladder.tiers.map((t) => t.id)).toEqual(['call-911', 'right-away', 'office-hours']);
  for (const tier of ladder.tiers) expect(paper, `${locale} tier ${tier.id}`).toContain(squash(tier.heading));
  let signs = 0;
  for (const card of callNow?.cards ?? []) {
    expect(paper, `${locale} ${card.id} heading`).toContain(squash(card.heading));
    for (const block of card.body) {
      if (block.type === 'paragraph')
        expect(paper, `${locale} ${card.id}`).toContain(squash(sentences(block.children, slots)));
      if (block.type === 'list')
        for (const item of block.items) {
          expect(paper, `${locale} ${card.id} sign`).toContain(squash(sentences(item.children, slots)));
          signs++;
        }
    }
  }
  expect(signs).toBeGreaterThan(15);
  expect(paper).toContain(squash(NUMBERS.care_team_phone));
  expect(paper).toContain(squash(NUMBERS.after_hours_phone));
}

async function printAndRead(page: Page): Promise<string[]> {
  const printed = page.evaluate(
    (name) => new Promise<boolean>((done) => window.addEventListener(name, () => done(true), { once: true })),
    PREVIEW_PRINT_EVENT,
  );
  await page.getByTestId('print-this').tap();
  expect(await printed).toBe(true);
  return pdfPages(await page.pdf({ format: 'Letter', printBackground: false }));
}

test.use({ viewport: { width: 1366, height: 768 } });

test.describe('take-home QR code', () => {
  test('English: the QR on a page decodes to that page of the hosted copy, with the host in words', async ({
    page,
  }, testInfo) => {
    await openStart(page, { take_home_base_url: BASE });
    await openTopicEnd(page, /Choose a topic/, /^Steroids/);
    const open = page.getByTestId('take-home-open');
    await expect(open).toHaveText('Take this page home');
    await open.tap();
    const panel = page.getByTestId('take-home-panel');
    await expect(panel).toBeVisible();
    await expect(page.getByTestId('take-home-close')).toBeFocused();
    expect(await decodeQr(page.getByTestId('take-home-qr-svg'))).toBe(`${BASE}/en/steroids.html`);
    await expect(page.getByTestId('take-home-qr')).toContainText('Website: www.example-hospital.org');
    await expect(
      page.getByRole('img', { name: /QR code\. It opens this page on www\.example-hospital\.org/ }),
    ).toBeVisible();
    await keepScreenshot(page, testInfo, 'take-home-en');
    await page.getByTestId('take-home-close').tap();
    await expect(panel).toBeHidden();
    await expect(open).toBeFocused();
  });

  test('Spanish: the same page’s QR opens the Spanish copy', async ({ page }, testInfo) => {
    await page.addInitScript((base) => {
      (window as Window & { __KIOSK_TEST_CONFIG__?: unknown }).__KIOSK_TEST_CONFIG__ = {
        take_home_base_url: base,
      };
    }, `${BASE}/`);
    await openStartInSpanish(page);
    await openTopicEnd(page, /Elegir un tema/, /^Esteroides/);
    await page.getByTestId('take-home-open').tap();
    expect(await decodeQr(page.getByTestId('take-home-qr-svg'))).toBe(`${BASE}/es/steroids.html`);
    await expect(page.getByTestId('take-home-qr')).toContainText('Sitio web: www.example-hospital.org');
    await keepScreenshot(page, testInfo, 'take-home-es');
  });

  test('with no take_home_base_url (the default) there is no take-home QR or button', async ({ page }) => {
    await openStart(page);
    await openTopicEnd(page, /Choose a topic/, /^Steroids/);
    await expect(page.getByTestId('sources-toggle')).toBeVisible();
    await expect(page.getByTestId('take-home-open')).toHaveCount(0);
    await expect(page.getByTestId('take-home-qr')).toHaveCount(0);
  });

  test('a base URL that is not https shows no QR, and staff see why', async ({ page }) => {
    await openStart(page, { take_home_base_url: 'http://www.example-hospital.org/guide' });
    await openTopicEnd(page, /Choose a topic/, /^Steroids/);
    await expect(page.getByTestId('take-home-open')).toHaveCount(0);
    await expect(page.getByTestId('config-badge')).toHaveText('Config: 1 warning');
  });
});

test.describe('Print this', () => {
  test('prints a one-page summary: when to call with the site’s numbers and the page’s QR', async ({
    page,
  }) => {
    await openStart(page, {
      take_home_base_url: BASE,
      printer: { enabled: true, device_name: 'Lobby HP' },
      ...NUMBERS,
    });
    await openTopicEnd(page, /Choose a topic/, /^Steroids/);
    await page.getByTestId('take-home-open').tap();
    const pages = await printAndRead(page);
    await expect(page.getByTestId('print-status')).toHaveText('Printed. Take your page from the printer.');
    // A second tap at once prints nothing more (checked before the slow text checks: the guard is 20 s).
    await page.getByTestId('print-this').tap();
    await expect(page.getByTestId('print-status')).toHaveText(
      'It is already printing. Please wait a moment.',
    );
    expect(pages).toHaveLength(1);
    const text = pages[0];
    expect(text).toContain('To take home: Steroids: what to expect');
    expect(text).toContain('When to call your care team right away');
    expect(text).toContain('Your care team: 555-0100 x22');
    expect(text).toContain('After hours, at night and on weekends: 555-0199');
    expect(squash(text)).toContain(
      squash('Call right away, day or night: Call 555-0100 x22. At night and on weekends, call 555-0199.'),
    );
    expect(squash(text)).toContain(squash('Call 911: Or go to the nearest emergency room.'));
    await expectFullLadder(text, 'en');
    expect(text).toContain(`${BASE}/en/steroids.html`);
    // Nothing of the screen itself is on the paper.
    expect(text).not.toContain('Take this page home');
    expect(text).not.toContain('Sources for this page');
  });

  test('Spanish: the printed summary carries the whole Spanish ladder on one page', async ({
    page,
  }, testInfo) => {
    await page.addInitScript(
      (config) => {
        (window as Window & { __KIOSK_TEST_CONFIG__?: unknown }).__KIOSK_TEST_CONFIG__ = config;
      },
      { take_home_base_url: BASE, printer: { enabled: true, device_name: 'Lobby HP' }, ...NUMBERS },
    );
    await openStartInSpanish(page);
    await openTopicEnd(page, /Elegir un tema/, /^Esteroides/);
    await page.getByTestId('take-home-open').tap();
    const pages = await printAndRead(page);
    expect(pages).toHaveLength(1);
    await expectFullLadder(pages[0], 'es');
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 816, height: 1056 });
    await keepScreenshot(page, testInfo, 'print-summary-es');
    expect(pages[0]).toContain(`${BASE}/es/steroids.html`);
  });

  test('no printer configured: no Print this', async ({ page }) => {
    await openStart(page, { take_home_base_url: BASE });
    await openTopicEnd(page, /Choose a topic/, /^Steroids/);
    await page.getByTestId('take-home-open').tap();
    await expect(page.getByTestId('take-home-panel')).toBeVisible();
    await expect(page.getByTestId('print-this')).toHaveCount(0);
    await expect(page.getByTestId('print-summary')).toHaveCount(0);
  });
});
