// Offline by design: a full guided tour and a seeded monkey run ask for nothing outside the app's origin.
// Every request the browser context makes is recorded; anything off the origin is aborted AND counted, so a
// stray request fails the test even though the abort keeps it from leaving the machine.
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { Monkey, monkeySeed } from '../fixtures/monkey';

type Recorder = { all: string[]; outside: string[] };

async function record(context: BrowserContext, origin: string): Promise<Recorder> {
  const rec: Recorder = { all: [], outside: [] };
  context.on('request', (request) => rec.all.push(request.url()));
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) {
      await route.continue();
    } else {
      rec.outside.push(url);
      await route.abort('blockedbyclient');
    }
  });
  return rec;
}

const originOf = (baseURL: string | undefined): string => new URL(baseURL ?? 'http://127.0.0.1:4174').origin;

async function tapThrough(page: Page, until: () => Promise<boolean>, limit = 200): Promise<number> {
  let taps = 0;
  while (!(await until())) {
    if (++taps > limit) throw new Error(`Still not there after ${limit} taps on Next.`);
    await page.getByTestId('next').tap();
  }
  return taps;
}

test('the full guided tour, every side effect, the glossary and the sources: no request leaves the origin', async ({
  page,
  context,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const rec = await record(context, originOf(baseURL));
  await page.goto('/');
  await page.getByTestId('attract-touch').tap();
  await page.getByRole('button', { name: /Start the guide/ }).tap();
  const app = page.locator('.app');
  const steps = await tapThrough(page, async () => (await app.getAttribute('data-screen')) === 'guide-end');
  expect(steps).toBeGreaterThanOrEqual(15);

  await page.getByRole('button', { name: /^Side effects/ }).tap();
  const tiles = page.locator('button.tile');
  const count = await tiles.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    await tiles.nth(i).tap();
    await expect(app).toHaveAttribute('data-screen', 'page');
    // Next through the cards; the last card's button leads back to the list.
    await tapThrough(page, async () => (await app.getAttribute('data-screen')) === 'side-effects');
  }
  await page.getByTestId('home').tap();
  await page.getByRole('button', { name: /Choose a topic/ }).tap();
  await page.getByRole('button', { name: /^Words to know/ }).tap();
  await expect(app).toHaveAttribute('data-screen', 'glossary');
  await page.getByTestId('back').tap();
  await page.getByRole('button', { name: /^Sources/ }).tap();
  await expect(app).toHaveAttribute('data-screen', 'sources');
  await page.getByTestId('home').tap();

  expect(rec.all.length, 'no request was seen at all: the recorder is not working').toBeGreaterThan(2);
  expect(rec.outside, 'requests outside the app origin').toEqual([]);
});

test('a seeded monkey run (300 actions): no request leaves the origin', async ({
  page,
  context,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const rec = await record(context, originOf(baseURL));
  await page.goto('/');
  await expect(page.getByTestId('attract-touch')).toBeVisible();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Page.resetNavigationHistory');
  const seed = monkeySeed(7_334_211);
  const monkey = new Monkey(page, cdp, seed);
  console.log(`network monkey: seed ${seed} (replay with MONKEY_SEED=${seed})`);
  for (let i = 0; i < 300; i++) await monkey.step();
  expect(rec.all.length).toBeGreaterThan(2);
  expect(rec.outside, `requests outside the app origin (seed ${seed}):\n${monkey.recent(20)}`).toEqual([]);
});
