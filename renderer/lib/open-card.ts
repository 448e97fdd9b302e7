// Opening a page at one of its cards from a link (a page link in a card, a picture's label): one way to go,
// so Back and its label behave the same wherever the link was.
import { content } from '../state/content.svelte';
import { navigation } from '../state/navigation.svelte';

/** Opens the page at the named card (its first card when the card is null or unknown); ignores unknown pages. */
export function openPageCard(page: string, card: string | null): void {
  const linked = content.index?.pagesById.get(page);
  if (!linked) return;
  const cardAt = linked.cards.findIndex((c) => c.id === card);
  navigation.go('page', linked.id, Math.max(0, cardAt));
}
