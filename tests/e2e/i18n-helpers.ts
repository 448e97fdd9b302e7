// Helpers for the bilingual specs: the card headings of each language read from the Markdown sources (Node
// side, so a test can tell an English heading from its Spanish twin), and the way to every screen kind by
// taps with the Spanish labels.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Page, expect } from '@playwright/test';
import type { Locale } from '../../electron/shared/content-types';
import { uiStrings } from '../../renderer/i18n/locales';
import { expectScreen, goHome, openStart } from './ui-helpers';

export const ES = uiStrings('es');
export const EN = uiStrings('en');

const CONTENT_DIR = fileURLToPath(new URL('../../content', import.meta.url));
const HEADING = /^## (.+?)(?:\s*\{#([\w-]+)\})?\s*$/;

/** Card headings of one language, keyed by "<file path under the locale>#<card id>". */
export function cardHeadings(locale: Locale): Map<string, string> {
  const root = join(CONTENT_DIR, locale);
  const headings = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.md')) {
        for (const line of readFileSync(path, 'utf8').split('\n')) {
          const match = HEADING.exec(line);
          // A heading with a reader variant shows its "Me" words until "Who is this for?" says otherwise.
          const shown = match?.[1].replace(/\{([^|{}]*)\|[^{}]*\}/g, '$1').trim();
          if (match?.[2] && shown) headings.set(`${relative(root, path)}#${match[2]}`, shown);
        }
      }
    }
  };
  walk(root);
  if (headings.size === 0) throw new Error(`No card headings found under ${root}`);
  return headings;
}

/** Opens the start screen and switches to Spanish with the start screen's language choice. */
export async function openStartInSpanish(page: Page): Promise<void> {
  await openStart(page);
  await page.getByTestId('locale-es').tap();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('button', { name: new RegExp(ES.startGuide) })).toBeVisible();
}

export async function setTextSizeTo(page: Page, step: 100 | 200): Promise<void> {
  await page.getByTestId(`text-size-${step}`).tap();
  await expect(page.locator('html')).toHaveAttribute('data-text-size', String(step));
}

/** Turns high contrast on or off from the start screen (Spanish label). */
export async function setHighContrastEs(page: Page, on: boolean): Promise<void> {
  await goHome(page);
  const toggle = page.getByRole('button', { name: ES.highContrast });
  if ((await toggle.getAttribute('aria-pressed')) !== String(on)) await toggle.tap();
  await expect(page.locator('html')).toHaveAttribute('data-theme', on ? 'high-contrast' : 'default');
}

async function goTopicsEs(page: Page): Promise<void> {
  await goHome(page);
  await page.getByRole('button', { name: new RegExp(ES.chooseTopic) }).tap();
  await expectScreen(page, 'topics');
}

/** Visits one screen of every kind in Spanish by taps (starting on the start screen) and runs `check` on each. */
export async function everyScreenEs(page: Page, check: (name: string) => Promise<void>): Promise<void> {
  await check('start');
  await page.getByRole('button', { name: new RegExp(ES.startGuide) }).tap();
  await expectScreen(page, 'guide');
  await check('guide');
  const term = page.locator('article.card button.term').first();
  for (let i = 0; i < 10 && (await term.count()) === 0; i++) await page.getByTestId('next').tap();
  await term.tap();
  await check('glossary-panel');
  await page.getByTestId('glossary-close').tap();
  await goTopicsEs(page);
  await check('topics');
  await page.getByRole('button', { name: ES.topicPhases }).tap();
  await expectScreen(page, 'phases');
  await check('phases');
  await page.locator('[data-testid="phases"] .tile').nth(4).tap();
  await check('page-guide-topic');
  await goTopicsEs(page);
  await page.getByRole('button', { name: ES.topicSideEffects }).tap();
  await expectScreen(page, 'side-effects');
  await check('side-effects');
  await page.locator('[data-testid="side-effects"] .tile').first().tap();
  for (let i = 0; i < 3; i++) await page.getByTestId('next').tap();
  await check('side-effect-last-section');
  await page.getByTestId('call-now').tap();
  await check('call-now');
  await goTopicsEs(page);
  await page.getByRole('button', { name: ES.topicGlossary }).tap();
  await expectScreen(page, 'glossary');
  await check('glossary');
  await page.getByTestId('back').tap();
  await page.getByRole('button', { name: ES.topicSources }).tap();
  await expectScreen(page, 'sources');
  await check('sources');
}
