// The safety wording as a visitor meets it: the urgency ladder's tiers with the site's numbers on the same card,
// and the "Newer treatment" badge only on the card that holds the new fact.
import { expect, test } from '@playwright/test';
import { goTopics, openStart } from './ui-helpers';

test('When to call: each tier shows its heading and the site phone numbers on the same card', async ({
  page,
}) => {
  await openStart(page, { care_team_phone: '555-0100', after_hours_phone: '555-0199' });
  await page.getByTestId('call-now').tap();
  const card = page.locator('article.card');
  await expect(card).toHaveAttribute('data-card-id', 'emergency');
  await expect(card.locator('strong', { hasText: 'Call 911:' })).toBeVisible();
  await expect(card.locator('li', { hasText: 'Chest pain' })).toBeVisible();
  await page.getByTestId('next').tap();
  await expect(card).toHaveAttribute('data-card-id', 'fever');
  await expect(card.locator('strong', { hasText: 'Call right away, day or night:' })).toBeVisible();
  await expect(card.locator('.slot[data-slot="care_team_phone"]')).toHaveText('555-0100');
  await expect(card.locator('.slot[data-slot="after_hours_phone"]')).toHaveText('555-0199');
  await expect(card).toContainText(
    'Do not take or give medicine for a fever until you have talked with your care team.',
  );
});

test('the Newer treatment badge sits on the card with the new fact, not on the first card', async ({
  page,
}) => {
  await openStart(page);
  await goTopics(page);
  await page.getByRole('button', { name: 'Chapters of the guide' }).tap();
  await page.getByRole('button', { name: 'Consolidation', exact: true }).tap();
  const card = page.locator('article.card');
  await expect(card).toHaveAttribute('data-card-id', 'what');
  await expect(card.locator(':scope > .badge')).toHaveCount(0);
  await page.getByTestId('next').tap();
  await expect(card).toHaveAttribute('data-card-id', 'like');
  await expect(card.locator(':scope > .badge')).toHaveCount(0);
  await page.getByTestId('next').tap();
  await expect(card).toHaveAttribute('data-card-id', 'new');
  await expect(card.locator(':scope > .badge')).toHaveText('Newer treatment');
});
