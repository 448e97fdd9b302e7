// The Electron end-to-end suite: Playwright's _electron driving the BUILT app ($KIOSK_OUT/main/index.js).
// Run it through `npm run test:electron` (tests/electron/run.ts), which skips it loudly without a binary.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: '../../test-results/electron',
  // One kiosk at a time: the app holds a single-instance lock.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
});
