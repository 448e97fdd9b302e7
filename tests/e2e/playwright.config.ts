// End-to-end tests in real Chromium, against the built renderer served by build/scripts/serve.ts, which
// uses the very app:// request handler Electron uses (same files, same CSP).
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../fixtures/chromium';

const port = Number(process.env.E2E_PORT ?? 4174);
const executablePath = chromiumExecutable();

export default defineConfig({
  testDir: '.',
  outputDir: `../../test-results/e2e-${port}`,
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    hasTouch: true,
    launchOptions: { args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) },
    trace: 'off',
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: `tsx build/scripts/serve.ts --port ${port}`,
    cwd: '../..',
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
