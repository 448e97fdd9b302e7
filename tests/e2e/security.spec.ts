// The app as served through the shared app:// handler (build/scripts/serve.ts): every response carries the
// CSP and security headers, the page raises no CSP violation, and nothing is requested outside the origin.
import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../../electron/shared/csp';

type Watch = {
  requests: string[];
  responses: { url: string; csp: string | null; status: number }[];
  console: string[];
};

function watch(page: Page): Watch {
  const seen: Watch = { requests: [], responses: [], console: [] };
  page.on('request', (request) => seen.requests.push(request.url()));
  page.on('response', (response) =>
    seen.responses.push({
      url: response.url(),
      csp: response.headers()['content-security-policy'] ?? null,
      status: response.status(),
    }),
  );
  page.on('console', (message) => seen.console.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => seen.console.push(`pageerror: ${error.message}`));
  return seen;
}

async function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
}

test.beforeEach(async ({ page }) => {
  // Collect every CSP violation the page reports, from the very first script on.
  await page.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = list;
    document.addEventListener('securitypolicyviolation', (event) => {
      list.push(
        `${event.violatedDirective} blocked ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
});

/** Clicks a start-screen button if it shows and lets its requests settle; the network listener does the checking. */
async function clickIfVisible(page: Page, button: Locator): Promise<void> {
  if (!(await button.isVisible())) return;
  await button.click({ timeout: 2_000 }).catch(() => undefined);
  await page.waitForLoadState('networkidle');
}

test('the start page loads with the CSP on every response and no violation', async ({ page, baseURL }) => {
  const seen = watch(page);
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  await expect(page.locator('#app')).not.toBeEmpty();

  const origin = new URL(baseURL as string).origin;
  expect(seen.requests.length).toBeGreaterThan(1);
  for (const url of seen.requests) expect(new URL(url).origin, url).toBe(origin);
  expect(seen.responses.length).toBe(seen.requests.length);
  for (const response of seen.responses) expect(response.csp, response.url).toBe(CONTENT_SECURITY_POLICY);
  for (const response of seen.responses) expect(response.status, response.url).toBe(200);

  expect(await violations(page)).toEqual([]);
  expect(
    seen.console.filter((line) => /Content[ -]Security[ -]Policy|Permissions-Policy|Refused to/i.test(line)),
  ).toEqual([]);
});

test('using the UI raises no CSP violation and stays on the origin', async ({ page, baseURL }) => {
  const seen = watch(page);
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  // Tap through whatever buttons the start screen offers (the UI is built elsewhere; stay generic).
  const buttons = page.getByRole('button');
  const count = Math.min(await buttons.count(), 6);
  for (let i = 0; i < count; i++) await clickIfVisible(page, buttons.nth(i));
  const origin = new URL(baseURL as string).origin;
  for (const url of seen.requests) expect(new URL(url).origin, url).toBe(origin);
  for (const response of seen.responses) expect(response.csp, response.url).toBe(CONTENT_SECURITY_POLICY);
  expect(page.url().startsWith(origin)).toBe(true);
  expect(await violations(page)).toEqual([]);
});

test('the CSP blocks an injected inline script and an outside fetch', async ({ page }) => {
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  const result = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    document.head.append(script);
    let fetched: string;
    try {
      await fetch('https://example.org/');
      fetched = 'fetched';
    } catch {
      fetched = 'blocked';
    }
    return { inlineRan: (window as unknown as { __inlineRan?: boolean }).__inlineRan === true, fetched };
  });
  expect(result).toEqual({ inlineRan: false, fetched: 'blocked' });
  const list = await violations(page);
  expect(list.some((v) => v.startsWith('script-src'))).toBe(true);
  expect(list.some((v) => v.startsWith('connect-src') || v.startsWith('default-src'))).toBe(true);
});

test("media from another origin is refused (media-src 'self')", async ({ page }) => {
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => {
    const audio = new Audio();
    audio.src = 'https://example.org/narration.ogg';
    void audio.play().catch(() => undefined);
  });
  await expect.poll(async () => (await violations(page)).some((v) => v.startsWith('media-src'))).toBe(true);
});

test('errors and refusals carry the same headers', async ({ request }) => {
  for (const [path, status] of [
    ['/missing.js', 404],
    ['/assets/', 400],
    ['/..%2fpackage.json', 400],
    ['/%2e%2e/%2e%2e/etc/passwd', 404],
    ['/index.html%00', 400],
    ['/unknown.xyz', 404],
  ] as const) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(status);
    const headers = response.headers();
    for (const [name, value] of Object.entries(SECURITY_HEADERS))
      expect(headers[name.toLowerCase()], `${path} ${name}`).toBe(value);
    expect(await response.text()).not.toMatch(/"name"|root:/);
  }
  const post = await request.post('/index.html');
  expect(post.status()).toBe(405);
  expect(post.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
});
