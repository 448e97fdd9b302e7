// `npm run soak`: the long robustness runs (tests tagged @soak in tests/e2e), which the normal e2e config
// leaves out with grepInvert. Same server, browser and options as tests/e2e/playwright.config.ts.
import { defineConfig } from '@playwright/test';
import base from '../e2e/playwright.config';

export default defineConfig({
  ...base,
  testDir: '../e2e',
  grep: /@soak/,
  grepInvert: undefined,
  workers: 1,
  // The 50,000-action monkey takes tens of minutes on a 2-core machine; each soak test sets its own timeout.
  timeout: 3 * 60 * 60 * 1000,
});
