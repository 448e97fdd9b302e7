// Cards are drawn from the compiled tree: every sentence is its own span with a stable id (for read-aloud),
// a glossary word stays on one line with the punctuation after it, and only the tree's own elements appear among
// the words.
import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { openStart } from './ui-helpers';

test.use({ viewport: { width: 1280, height: 800 } });

const TREE_ELEMENTS = ['P', 'UL', 'OL', 'LI', 'STRONG', 'EM', 'SPAN', 'BUTTON', 'BR', 'FIGURE'];

test('each card shows its words as sentence spans numbered <card>.1, .2, … and only tree elements', async ({
  page,
}) => {
  await openStart(page);
  await page.getByRole('button', { name: /Start the guide/ }).tap();
  for (let step = 0; step < 3; step++) {
    const card = page.locator('article.card');
    const cardId = await card.getAttribute('data-card-id');
    expect(cardId).toBeTruthy();
    // The words pane holds the tree's text; a picture (its own pane, checked in pictures.spec) is an SVG tree.
    const words = card.locator('.card-body .card-words, .card-body:not(:has(.card-words))').first();
    const facts = await words.evaluate((body) => ({
      ids: Array.from(body.querySelectorAll('.sentence')).map((s) => (s as HTMLElement).dataset.sentence),
      // Text of every paragraph and list item that sits outside any sentence span (must be only spaces).
      loose: Array.from(body.querySelectorAll('p, li'))
        .flatMap((block) => Array.from(block.childNodes))
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent ?? '')
        .join('')
        .trim(),
      tags: [...new Set(Array.from(body.querySelectorAll('*')).map((e) => e.tagName))],
    }));
    expect(facts.ids.length).toBeGreaterThan(0);
    expect(facts.ids).toEqual(facts.ids.map((_, i) => `${cardId}.${i + 1}`));
    expect(facts.loose).toBe('');
    for (const tag of facts.tags) expect(TREE_ELEMENTS).toContain(tag);
    await page.getByTestId('next').tap();
  }
});

/** Taps Next until `target` is on the card (at most `maxSteps` taps); the caller asserts it then shows. */
async function stepUntilPresent(page: Page, target: Locator, maxSteps: number): Promise<void> {
  for (let i = 0; i < maxSteps && (await target.count()) === 0; i++) await page.getByTestId('next').tap();
}

test('a glossary word and the punctuation after it stay together on one line', async ({ page }) => {
  await openStart(page);
  await page.getByRole('button', { name: /Start the guide/ }).tap();
  const glued = page.locator('article.card .glued').first();
  // Not every card has a glossary word right before a full stop or comma: step on until one does.
  await stepUntilPresent(page, glued, 30);
  await expect(glued).toBeVisible();
  const facts = await glued.evaluate((span) => ({
    whiteSpace: getComputedStyle(span).whiteSpace,
    first: span.firstElementChild?.tagName,
    classes: span.firstElementChild?.className,
    // Svelte leaves comment and empty-text anchors; what a reader sees is the elements and the text.
    shown: Array.from(span.childNodes)
      .filter(
        (n) => n.nodeType !== Node.COMMENT_NODE && !(n.nodeType === Node.TEXT_NODE && n.textContent === ''),
      )
      .map((n) => (n.nodeType === Node.TEXT_NODE ? `text:${n.textContent ?? ''}` : (n as Element).tagName)),
  }));
  expect(facts.whiteSpace).toBe('nowrap');
  expect(facts.first).toBe('BUTTON');
  expect(facts.classes).toMatch(/^(term|page-link)$/);
  // Exactly the button and its punctuation, with no space between them.
  expect(facts.shown).toHaveLength(2);
  expect(facts.shown[0]).toBe('BUTTON');
  expect(facts.shown[1]).toMatch(/^text:[.,;:!?)\]}»”’%…]+$/);
});
