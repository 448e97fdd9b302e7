// A visit's two ends: a touch on the attract screen begins it; the idle countdown running out ends it (one
// `visit:end` count with the coarse length bucket, then every trace of the visit is reset).
import { isKioskApp, kiosk } from '../lib/kiosk';
import { idle } from './idle.svelte';
import { navigation } from './navigation.svelte';
import { resetVisit, visitSnapshot, type FullSnapshot } from './reset';
import { visit } from './visit.svelte';

export function beginVisit(): void {
  idle.beginVisit();
  visit.markStarted();
  navigation.begin();
}

export function endVisit(): void {
  const bucket = idle.visitBucket();
  if (bucket !== null && visit.started) kiosk.recordUsage({ type: 'visit:end', bucket });
  resetVisit();
}

/** What the browser tests read to prove a reset equals a fresh start. */
type SnapshotWindow = Window & { __KIOSK_SNAPSHOT__?: () => FullSnapshot };

/**
 * Exposes `window.__KIOSK_SNAPSHOT__()` (a read-only copy of all visitor state) in the browser preview only,
 * like lib/kiosk.ts's test hooks: inside Electron `window.kiosk` exists and nothing is exposed.
 */
export function exposeSnapshotHook(): void {
  if (isKioskApp) return;
  (window as SnapshotWindow).__KIOSK_SNAPSHOT__ = (): FullSnapshot => structuredClone(visitSnapshot());
}
