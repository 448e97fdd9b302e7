// Back to a fresh visit: every piece of visitor state returns to exactly its initial value. Issue 5's idle
// timer calls this; `visitSnapshot()` lets tests prove a reset equals a fresh start.
import { navigation, type NavigationSnapshot } from './navigation.svelte';
import { visit, type VisitSnapshot } from './visit.svelte';
import { renderKey } from './render-key.svelte';

export type FullSnapshot = { navigation: NavigationSnapshot; visit: VisitSnapshot };

export function resetVisit(): void {
  navigation.reset();
  visit.reset();
  // A new key remounts every screen, so no component keeps a scroll position or other local state.
  renderKey.bump();
}

export function visitSnapshot(): FullSnapshot {
  return { navigation: navigation.snapshot(), visit: visit.snapshot() };
}
