// The hosted web copy (`npm run export:site`), checked as a visitor's phone would open it: every page in both
// languages, served from the exported files at the hospital's address; no request leaves that folder, no
// script except the questions page's one, axe clean, each page states its review date, and the questions a
// visitor ticked at the kiosk come up from the URL fragment.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { type Page, expect, test } from '@playwright/test';
import { AxeBuilder } from '@axe-core/playwright';
import { compileContent } from '../../build/content/compile';
import { readTree } from '../../build/content/read-tree';
import { exportSite } from '../../build/export/site';
import { defaultConfig } from '../../electron/shared/config-schema';
import { LOCALES } from '../../electron/shared/content-types';
import type { CompiledContent } from '../../electron/shared/content-types';
import { parseQuestionsFragment } from '../../electron/shared/take-home';
import { slotValues } from '../../renderer/lib/slots';
import { AXE_TAGS, openStart } from './ui-helpers';
import { decodeQr } from './take-home-helpers';

const HOST = 'https://www.example-hospital.org/all-guide';
let dir = '';
let htmlFiles: string[] = [];
let content: CompiledContent;
const EXPORT_CONFIG = {
  ...defaultConfig(),
  care_team_phone: '555-0100 x22',
  after_hours_phone: '555-0199',
  fever_threshold_f: 100.5,
};

function walk(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(folder, entry.name)) : [join(folder, entry.name)],
  );
}

test.beforeAll(async () => {
  const compiled = await compileContent(await readTree('content'), { root: 'content' });
  expect(compiled.errors).toEqual([]);
  content = compiled.content;
  dir = mkdtempSync(join(tmpdir(), 'kiosk-export-'));
  exportSite({
    content,
    config: EXPORT_CONFIG,
    outDir: dir,
  });
  htmlFiles = walk(dir)
    .filter((f) => f.endsWith('.html'))
    .map((f) => relative(dir, f));
});

test.afterAll(() => {
  if (dir !== '') rmSync(dir, { recursive: true, force: true });
});

/** Serves the export at HOST from the folder; every other request is refused and recorded. */
async function serve(page: Page): Promise<string[]> {
  const outside: string[] = [];
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    if (!url.startsWith(`${HOST}/`)) {
      outside.push(url);
      return route.abort();
    }
    const path = join(
      dir,
      decodeURIComponent(new URL(url).pathname.slice(new URL(HOST).pathname.length + 1)),
    );
    try {
      const body = readFileSync(path);
      const type = path.endsWith('.css') ? 'text/css' : path.endsWith('.svg') ? 'image/svg+xml' : 'text/html';
      return route.fulfill({ status: 200, body, contentType: `${type}; charset=utf-8` });
    } catch {
      return route.fulfill({ status: 404, body: 'missing' });
    }
  });
  return outside;
}

test('one page per content page per language, each with its review date', () => {
  for (const locale of LOCALES) {
    for (const page of content.locales[locale].pages) {
      expect(htmlFiles).toContain(`${locale}/${page.id}.html`);
      const html = readFileSync(join(dir, locale, `${page.id}.html`), 'utf8');
      expect(html, `${locale}/${page.id}`).toContain(`data-review-due="${page.reviewDue}"`);
    }
  }
});

test('no script anywhere but the questions page’s one, and its CSP allows only that one', () => {
  for (const file of htmlFiles) {
    const html = readFileSync(join(dir, file), 'utf8');
    const scripts = html.match(/<script/gi) ?? [];
    const isQuestions = content.locales[file.slice(0, 2) as 'en' | 'es']?.pages.some(
      (p) => p.kind === 'questions' && file.endsWith(`/${p.id}.html`),
    );
    expect(scripts.length, file).toBe(isQuestions ? 1 : 0);
    expect(html, file).not.toMatch(/\son[a-z]+=|javascript:/i);
    expect(html.includes("script-src 'none'"), file).toBe(!isQuestions);
  }
});

for (const locale of LOCALES) {
  test(`every exported ${locale} page is axe clean and asks for nothing outside the copy`, async ({
    page,
  }) => {
    test.setTimeout(420_000);
    const outside = await serve(page);
    const files = htmlFiles.filter(
      (f) => f.startsWith(`${locale}/`) || (locale === 'en' && f === 'index.html'),
    );
    expect(files.length).toBeGreaterThan(content.locales[locale].pages.length);
    for (const file of files) {
      await page.goto(`${HOST}/${file}`);
      await expect(page.locator('h1')).toBeVisible();
      const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      const summary = results.violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
      expect(summary, `axe on ${file}`).toEqual([]);
    }
    expect(outside).toEqual([]);
  });
}

for (const locale of LOCALES) {
  test(`exported ${locale} pictures carry their labels in ${locale}, as live text over the drawing`, async ({
    page,
  }, testInfo) => {
    test.setTimeout(180_000);
    const outside = await serve(page);
    const local = content.locales[locale];
    const slots = slotValues(EXPORT_CONFIG, locale, local.slotDefaults);
    let checked = 0;
    for (const p of local.pages) {
      const placed = p.cards.flatMap((c) => c.body.flatMap((b) => (b.type === 'picture' ? [b.picture] : [])));
      const labelled = placed.filter((id) => (content.pictures[id]?.anchors.length ?? 0) > 0);
      if (labelled.length === 0) continue;
      await page.goto(`${HOST}/${locale}/${p.id}.html`);
      for (const id of new Set(labelled)) {
        const figure = page.locator(`figure.picture[data-picture="${id}"]`).first();
        await expect(figure.locator('img')).toHaveJSProperty('complete', true);
        const frame = await figure.boundingBox();
        expect(frame, `${locale}/${p.id} ${id}`).not.toBeNull();
        for (const anchor of content.pictures[id]?.anchors ?? []) {
          const parts = local.pictureLabels[id]?.[anchor.id] ?? [];
          const words = parts.map((w) => (w.type === 'text' ? w.value : slots[w.name])).join('');
          expect(words, `${locale} label ${id}/${anchor.id}`).not.toBe('');
          const label = figure.locator(`[data-label="${anchor.id}"]`);
          await expect(label).toHaveText(words);
          // Placed at its point: the label's box touches the anchor's spot inside the picture's frame.
          const box = await label.boundingBox();
          const x = (frame?.x ?? 0) + ((frame?.width ?? 0) * anchor.x) / 100;
          const y = (frame?.y ?? 0) + ((frame?.height ?? 0) * anchor.y) / 100;
          expect(box, `${locale} ${id}/${anchor.id}`).not.toBeNull();
          expect(Math.abs((box?.y ?? 0) + (box?.height ?? 0) / 2 - y), `${id}/${anchor.id} top`).toBeLessThan(
            (box?.height ?? 0) + 2,
          );
          expect(
            Math.min(
              Math.abs((box?.x ?? 0) - x),
              Math.abs((box?.x ?? 0) + (box?.width ?? 0) - x),
              Math.abs((box?.x ?? 0) + (box?.width ?? 0) / 2 - x),
            ),
            `${id}/${anchor.id} side`,
          ).toBeLessThan(3);
          checked++;
        }
      }
      if (p.id === 'call-now' || p.id === 'long-term-effects')
        await testInfo.attach(`export-${locale}-${p.id}.png`, {
          body: await page.locator('figure.picture').first().screenshot(),
          contentType: 'image/png',
        });
    }
    expect(checked).toBeGreaterThan(20);
    // The site's own fever threshold reaches the thermometer's label.
    await page.goto(`${HOST}/${locale}/call-now.html`);
    await expect(page.locator('figure[data-picture="thermometer"] [data-label="threshold"]')).toContainText(
      slots.fever_f,
    );
    expect(outside).toEqual([]);
  });
}

test('the questions page lists the ticked questions from #q=, and nothing from anything else', async ({
  page,
}) => {
  const outside = await serve(page);
  const questionsPage = content.locales.en.pages.find((p) => p.kind === 'questions');
  expect(questionsPage).toBeDefined();
  const ids = ['treatment.1', 'side-effects.2'];
  await page.goto(`${HOST}/en/${questionsPage?.id}.html#q=${ids.join(',')},nobody.9,<b>`);
  const mine = page.locator('#my-questions');
  await expect(mine).toBeVisible();
  const items = mine.locator('li');
  await expect(items).toHaveCount(2);
  for (const [i, id] of ids.entries()) {
    await expect(items.nth(i)).toHaveText((await page.locator(`[id="q-${id}"]`).textContent()) ?? '');
  }
  await page.goto(`${HOST}/en/${questionsPage?.id}.html`);
  await expect(mine).toBeHidden();
  expect(outside).toEqual([]);
});

test('round trip: questions ticked at the kiosk come up on the hosted page from the QR code', async ({
  page,
  context,
}) => {
  await openStart(page, { take_home_base_url: HOST });
  await page.getByRole('button', { name: /Choose a topic/ }).tap();
  await page
    .getByRole('button', { name: /^Questions to ask/ })
    .first()
    .tap();
  const toggles = page.locator('button.question');
  await expect(toggles.first()).toHaveAttribute('aria-pressed', 'false');
  const box = await toggles.first().boundingBox();
  expect(box?.height ?? 0).toBeGreaterThanOrEqual(64);
  await toggles.nth(2).tap();
  await toggles.nth(0).tap();
  await expect(toggles.nth(0)).toHaveAttribute('aria-pressed', 'true');
  await expect(toggles.nth(2)).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('questions-ticked')).toHaveText('You picked 2 questions.');
  const texts = [await toggles.nth(0).innerText(), await toggles.nth(2).innerText()].map((t) =>
    t.replace('✓', '').trim(),
  );
  const open = page.getByTestId('take-home-open');
  await expect(open).toHaveText('Take my 2 questions home');
  await open.tap();
  const url = await decodeQr(page.getByTestId('take-home-qr-svg'));
  expect(url).toMatch(new RegExp(`^${HOST.replaceAll('.', '\\.')}/en/questions\\.html#q=[a-z0-9.,-]+$`));
  expect(parseQuestionsFragment(new URL(url).hash)).toHaveLength(2);

  const phone = await context.newPage();
  const outside = await serve(phone);
  await phone.goto(url);
  const items = phone.locator('#my-questions li');
  await expect(items).toHaveCount(2);
  expect((await items.allInnerTexts()).map((t) => t.trim()).sort()).toEqual([...texts].sort());
  expect(outside).toEqual([]);
});
