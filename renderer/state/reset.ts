// Back to a fresh visit: every piece of visitor state returns to exactly its initial value. Issue 5's idle
// timer calls this; `visitSnapshot()` lets tests prove a reset equals a fresh start.
import { announcer } from './announcer.svelte';
import { idle, type IdleSnapshot } from './idle.svelte';
import { navigation, type NavigationSnapshot } from './navigation.svelte';
import { staff, type StaffSnapshot } from './staff.svelte';
import { takeHome, type TakeHomeSnapshot } from './take-home.svelte';
import { visit, type VisitSnapshot } from './visit.svelte';
import { renderKey } from './render-key.svelte';

export type FullSnapshot = {
  navigation: NavigationSnapshot;
  visit: VisitSnapshot;
  announcer: { text: string };
  idle: IdleSnapshot;
  staff: StaffSnapshot;
  takeHome: TakeHomeSnapshot;
};

export function resetVisit(): void {
  navigation.reset();
  visit.reset();
  announcer.reset();
  idle.reset();
  // Ticked questions and an open take-home panel are the visitor's: forgotten like the rest.
  takeHome.reset();
  // The staff pad or panel never outlives a visit (a PIN lockout does: it is not the visitor's).
  staff.close();
  // A new key remounts every screen, so no component keeps a scroll position or other local state.
  renderKey.bump();
}

export function visitSnapshot(): FullSnapshot {
  return {
    navigation: navigation.snapshot(),
    visit: visit.snapshot(),
    announcer: { text: announcer.text },
    idle: idle.snapshot(),
    staff: staff.snapshot(),
    takeHome: takeHome.snapshot(),
  };
}
