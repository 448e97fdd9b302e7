// The seeded monkey (tests/fixtures/monkey.ts) through the whole UI with the CSP on: no page error, no console
// error, never off the app's origin, no request to another origin, never a new window, never a blank screen,
// and afterwards the idle reset still brings the kiosk back to its attract screen. `npm test` runs 2,000
// actions; the long runs (50,000 actions, 500 visits) are `npm run soak` (tests/soak/run.ts), outside the
// test runner, whose per-call step records would otherwise slow a long run down quadratically.
// Replay a failure with MONKEY_SEED=<seed> (printed at the start and in every failure message).
import { expect, test } from '@playwright/test';
import { Monkey, monkeySeed } from '../fixtures/monkey';
import { openWatched, runMonkeyActions, walkAway } from '../fixtures/monkey-run';

const DEFAULT_SEED = 20_261_127;

test('2,000 seeded monkey actions: no errors, no blank screen, same origin, idle reset still works', async ({
  page,
}) => {
  // A bound, not a measure: 2,000 real touches take about a minute alone and longer beside a second worker.
  test.setTimeout(300_000);
  const seed = monkeySeed(DEFAULT_SEED);
  const watch = await openWatched(page, '/');
  const monkey = new Monkey(page, watch.cdp, seed);
  console.log(`monkey: seed ${seed}, 2000 actions (replay with MONKEY_SEED=${seed})`);
  const started = Date.now();
  // In blocks of 100 inside test.step: each API call's step record then finds its parent at once, instead of the
  // runner walking every earlier step for it (quadratic over a long run).
  for (let block = 0; block < 20; block++) {
    await test.step(`actions ${block * 100 + 1}–${block * 100 + 100}`, () =>
      runMonkeyActions(page, watch, monkey, 100));
  }
  console.log(`monkey: 2000 actions in ${((Date.now() - started) / 1000).toFixed(1)} s, seed ${seed}`);
  expect(await walkAway(page), 'the idle reset brings back the attract screen after the run').toBe(true);
  await expect(page.getByTestId('attract-touch')).toBeVisible();
  expect(watch.problems).toEqual([]);
  expect(watch.offOrigin).toEqual([]);
});
