// Read-aloud and the keypad in Chromium, against a recording stand-in for speechSynthesis (these machines
// have no audio sink: the real engine never finishes an utterance here; see README, "Read-aloud").
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Page, expect, test } from '@playwright/test';
import { TEST_PIN, TEST_PIN_HASH, boot, expectNoAxeViolations, openPanel } from './session-helpers';
import { cancels, fire, installSpeechRecorder, spoken } from '../fixtures/speech-recorder';

type Snapshot = {
  speech: { status: string; selfVoicing: boolean; used: boolean; source: 'recording' | 'voice' | null };
};
const snapshot = (page: Page): Promise<Snapshot> =>
  page.evaluate(() => (window as unknown as { __KIOSK_SNAPSHOT__: () => Snapshot }).__KIOSK_SNAPSHOT__());

/** Presses an arrow until the focused control matches, at most `limit` times; fails if it never does. */
async function arrowTo(page: Page, name: RegExp, key = 'ArrowDown', limit = 40): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(key);
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return null;
      return {
        text: (el.getAttribute('aria-label') ?? el.innerText ?? '').replace(/\s+/g, ' ').trim(),
        visible: el.matches(':focus-visible'),
        inView: (() => {
          const r = el.getBoundingClientRect();
          return r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth;
        })(),
      };
    });
    expect(focused, 'focus is never lost').not.toBeNull();
    expect(focused?.visible, `focus is visible on "${focused?.text}"`).toBe(true);
    expect(focused?.inView, `focus is in view on "${focused?.text}"`).toBe(true);
    if (focused && name.test(focused.text)) return;
  }
  throw new Error(`No control named ${String(name)} within ${limit} presses of ${key}.`);
}

async function lastSaid(page: Page): Promise<{ text: string; lang: string }> {
  const log = await spoken(page);
  const last = log.at(-1);
  if (!last) throw new Error('Nothing was spoken.');
  return last;
}

for (const lang of ['en', 'es'] as const) {
  const words =
    lang === 'en'
      ? { call: /When to call/, home: /^Home/, back: /Back|Back to/, title: 'A L L Chemo Guide', lang: 'en' }
      : {
          call: /Cuándo llamar/,
          home: /^Inicio/,
          back: /Atrás|Volver/,
          title: 'Guía de quimioterapia para la ele ele a',
          lang: 'es',
        };

  test(`keyboard only, ${lang}: attract → urgency ladder → back → home, every step spoken`, async ({
    page,
  }) => {
    await installSpeechRecorder(page);
    await boot(page, { config: { default_locale: lang } });
    await page.clock.resume();
    await expect(page.getByTestId('attract-audio').first()).toBeVisible();

    // Any key starts the visit with the voice on.
    await page.keyboard.press('Enter');
    await expect(page.locator('.app[data-screen="start"]')).toBeVisible();
    await expect.poll(async () => (await spoken(page)).length).toBeGreaterThanOrEqual(2);
    const intro = await spoken(page);
    // The app's name, with the pronunciation table applied ("ALL" / "LLA" said as letters).
    expect(intro[0]?.text).toContain(words.title);
    expect(intro.every((u) => u.lang === words.lang)).toBe(true);
    expect((await snapshot(page)).speech.selfVoicing).toBe(true);

    // Arrows reach "When to call" (the urgency ladder); focus is spoken as it moves.
    await arrowTo(page, words.call);
    await expect.poll(async () => (await lastSaid(page)).text).toMatch(words.call);
    expect((await lastSaid(page)).lang).toBe(words.lang);
    await page.keyboard.press('Enter');
    await expect(page.locator('.app[data-screen="page"]')).toBeVisible();
    await expect(page.getByTestId('page')).toHaveAttribute('data-page-id', 'call-now');
    // The ladder's first tier: Call 911 / Llame al 911.
    await expect(page.locator('article.card')).toHaveAttribute('data-card-id', 'emergency');
    await expect(page.locator('article.card strong', { hasText: '911' }).first()).toBeVisible();

    // Back (Escape on a keyboard, the back key on a keypad) returns to the start screen.
    await page.keyboard.press('Escape');
    await expect(page.locator('.app[data-screen="start"]')).toBeVisible();

    // Again, and Home by arrows and the center key.
    await arrowTo(page, words.call);
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('page')).toHaveAttribute('data-page-id', 'call-now');
    await arrowTo(page, words.home, 'ArrowUp');
    await page.keyboard.press('Enter');
    await expect(page.locator('.app[data-screen="start"]')).toBeVisible();

    // The help key says how to use the keypad, in the visit's language.
    await page.keyboard.press('F1');
    await expect
      .poll(async () => (await lastSaid(page)).text)
      .toMatch(lang === 'en' ? /arrow keys/ : /flechas/);
    expect((await lastSaid(page)).lang).toBe(words.lang);
    expect((await spoken(page)).every((u) => u.lang === words.lang)).toBe(true);
  });
}

test('the arrows stay inside an open dialog, and Backspace answers it', async ({ page }) => {
  await installSpeechRecorder(page);
  await boot(page, { config: { idle_seconds: 30, warning_seconds: 30 } });
  await page.keyboard.press('Enter');
  await expect(page.locator('.app[data-screen="start"]')).toBeVisible();
  await page.clock.fastForward('00:31');
  const warning = page.getByTestId('idle-warning');
  await expect(warning).toBeVisible();
  // The warning itself is spoken where the visitor has been listening.
  await expect
    .poll(async () => (await spoken(page)).map((u) => u.text).join(' '))
    .toContain('Still reading?');
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('ArrowDown');
    const inside = await page.evaluate(
      () => !!document.activeElement?.closest('[data-testid="idle-warning"]'),
    );
    expect(inside).toBe(true);
  }
  await page.keyboard.press('Backspace');
  await expect(warning).toBeHidden();
  await expect(page.locator('.app[data-screen="start"]')).toBeVisible();
});

test('a reset cancels speech and forgets self-voicing', async ({ page }) => {
  await installSpeechRecorder(page, { mode: 'manual' });
  await boot(page, { config: { idle_seconds: 30, warning_seconds: 30 } });
  await page.keyboard.press('Enter');
  await expect(page.locator('.app[data-screen="start"]')).toBeVisible();
  await expect.poll(async () => (await spoken(page)).length).toBeGreaterThan(0);
  expect(await fire(page, 'start')).toBe(true);
  expect((await snapshot(page)).speech.status).toBe('speaking');
  const before = await cancels(page);
  // No answer to "Still reading?": the visit ends. (The watchdog gives up on a voice that never starts,
  // so each spoken line here is started by the test.)
  await page.clock.fastForward('00:31');
  await expect(page.getByTestId('idle-warning')).toBeVisible();
  await fire(page, 'start');
  await page.clock.fastForward('00:31');
  await expect(page.getByTestId('attract')).toBeVisible();
  expect(await cancels(page)).toBeGreaterThan(before);
  expect((await snapshot(page)).speech).toEqual({
    status: 'idle',
    slow: false,
    selfVoicing: false,
    used: false,
    volumeStep: 4,
    source: null,
  });
  // Nothing more is said after the reset.
  const count = (await spoken(page)).length;
  await page.clock.fastForward('00:05');
  expect((await spoken(page)).length).toBe(count);
});

test('without a local voice for the language the Listen control is hidden and the staff view says why', async ({
  page,
}) => {
  await installSpeechRecorder(page, {
    voices: [{ name: 'Online Spanish', lang: 'es-ES', localService: false, default: false }],
  });
  await boot(page, {
    config: {
      default_locale: 'es',
      staff_pin_hash: TEST_PIN_HASH,
      speech: { enabled: true, voice_en: 'Missing Voice', voice_es: null, rate: 1 },
    },
    pin: TEST_PIN,
  });
  await page.getByTestId('attract-touch').tap();
  await page.getByRole('button', { name: /Empezar la guía/ }).tap();
  await expect(page.getByTestId('guide')).toBeVisible();
  await expect(page.getByTestId('listen-bar')).toHaveCount(0);
  await openPanel(page);
  const status = page.getByTestId('speech-status');
  await expect(status.getByTestId('speech-es')).toContainText('no voice for this language is installed');
  await expect(status.getByTestId('speech-en')).toContainText('no voice for this language is installed');
  await expectNoAxeViolations(page, 'the staff panel with the read-aloud status');
});

test('the staff view names the voice that reads, and a configured voice that is missing', async ({
  page,
}) => {
  await installSpeechRecorder(page);
  await boot(page, {
    config: {
      staff_pin_hash: TEST_PIN_HASH,
      speech: { enabled: true, voice_en: 'Missing Voice', voice_es: null, rate: 1 },
    },
    pin: TEST_PIN,
  });
  await page.getByTestId('attract-touch').tap();
  await openPanel(page);
  const status = page.getByTestId('speech-status');
  await expect(status.getByTestId('speech-en')).toContainText('"Test English (US)" (en-US)');
  await expect(status.getByTestId('speech-en')).toContainText('"Missing Voice" is not installed');
  await expect(status.getByTestId('speech-es')).toContainText('"Test Spanish (Mexico)" (es-MX)');
});

/** Tap by tap from the start screen to the guide's first card. */
async function openGuide(page: Page, lang: 'en' | 'es'): Promise<void> {
  await page.getByTestId('attract-touch').tap();
  await page.getByRole('button', { name: lang === 'en' ? /Start the guide/ : /Empezar la guía/ }).tap();
  await expect(page.getByTestId('guide')).toBeVisible();
}

for (const lang of ['en', 'es'] as const) {
  test(`Listen reads the card in ${lang}: heading first, then its words in screen order`, async ({
    page,
  }) => {
    await installSpeechRecorder(page);
    await boot(page, { config: { default_locale: lang } });
    await page.clock.resume();
    await openGuide(page, lang);
    await page.getByTestId('next').tap();
    const card = page.locator('article.card');
    const heading = (await card.locator('#card-heading').innerText()).trim();
    const bodyText = (await card.locator('.card-body').innerText()).replace(/\s+/g, ' ');
    await page.getByTestId('listen').tap();
    await expect(page.getByTestId('listen')).toHaveAttribute('data-state', 'speaking');
    // The stand-in plays each line through; the card is read to its end.
    await expect(page.getByTestId('listen')).toHaveAttribute('data-state', 'idle', { timeout: 20_000 });
    const log = await spoken(page);
    expect(log.length).toBeGreaterThan(1);
    expect(log.every((u) => u.lang === lang)).toBe(true);
    expect(
      log.every((u) => u.voice === (lang === 'en' ? 'Test English (US)' : 'Test Spanish (Mexico)')),
    ).toBe(true);
    const unsay = (text: string): string =>
      text
        .replace(/A L L/g, 'ALL')
        .replace(/ele ele a/g, 'LLA')
        .replace(/six M P|seis eme pe/g, '6-MP');
    expect(unsay(log[0]?.text ?? '')).toBe(heading.replace(/\s+/g, ' '));
    // Every later line is words of the card body, in order.
    let from = 0;
    for (const line of log.slice(1)) {
      const words = unsay(line.text).split(' ').slice(0, 3).join(' ');
      const at = bodyText.indexOf(words, from);
      expect(at, `"${words}" after position ${from}`).toBeGreaterThanOrEqual(0);
      from = at;
    }
  });
}

test('Stop and leaving the card stop the voice; Slower reads at three quarters of the rate', async ({
  page,
}) => {
  await installSpeechRecorder(page, { mode: 'manual' });
  await boot(page);
  await page.clock.resume();
  await openGuide(page, 'en');
  await page.getByTestId('listen-slower').tap();
  await expect(page.getByTestId('listen-slower')).toHaveAttribute('aria-pressed', 'true');
  await page.getByTestId('listen').tap();
  expect(await fire(page, 'start')).toBe(true);
  expect((await spoken(page))[0]?.rate).toBeCloseTo(0.75);
  await page.getByTestId('listen').tap();
  await expect(page.getByTestId('listen')).toHaveAttribute('data-state', 'paused');
  await page.getByTestId('listen').tap();
  await expect(page.getByTestId('listen')).toHaveAttribute('data-state', 'speaking');
  await page.getByTestId('listen-stop').tap();
  await expect(page.getByTestId('listen')).toHaveAttribute('data-state', 'idle');
  await page.getByTestId('listen').tap();
  const before = await cancels(page);
  await page.getByTestId('next').tap();
  await expect.poll(() => cancels(page)).toBeGreaterThan(before);
  await expect(page.getByTestId('listen')).toHaveAttribute('data-state', 'idle');
  expect((await snapshot(page)).speech.status).toBe('idle');
});

test('Listen to the whole guide turns the page by itself', async ({ page }) => {
  await installSpeechRecorder(page, { msPerWord: 5 });
  await boot(page);
  await page.clock.resume();
  await openGuide(page, 'en');
  const first = await page.locator('article.card').getAttribute('data-card-id');
  await page.getByTestId('listen-path').tap();
  await expect(page.locator('article.card')).not.toHaveAttribute('data-card-id', first ?? '', {
    timeout: 20_000,
  });
  await expect(page.getByTestId('listen')).toHaveAttribute('data-state', /speaking|idle/);
  expect((await snapshot(page)).speech.status).not.toBe('paused');
  // Home stops it.
  await page.getByTestId('home').tap();
  await expect.poll(async () => (await snapshot(page)).speech.status).toBe('idle');
});

test('the highlight follows the voice: heading on start, each sentence span on its boundary events', async ({
  page,
}) => {
  await installSpeechRecorder(page, { mode: 'manual' });
  await boot(page);
  await page.clock.resume();
  await openGuide(page, 'en');
  const ids = await page
    .locator('article.card .sentence')
    .evaluateAll((spans) => spans.map((s) => s.getAttribute('data-sentence')));
  expect(ids.length).toBeGreaterThan(1);
  const speaking = page.locator('[data-speaking]');
  await page.getByTestId('listen').tap();
  await expect(speaking).toHaveCount(0);
  expect(await fire(page, 'start')).toBe(true);
  await expect(speaking).toHaveCount(1);
  await expect(speaking).toHaveAttribute('id', 'card-heading');
  // A picture's description is read after the heading; it has no sentence span to mark, so step past it.
  const pictures = await page.locator('article.card .picture-block').count();
  for (let i = 0; i < pictures; i++) {
    expect(await fire(page, 'end')).toBe(true);
    expect(await fire(page, 'boundary', { charIndex: 0 })).toBe(true);
  }
  for (const id of ids.slice(0, 3)) {
    expect(await fire(page, 'end')).toBe(true);
    // The next sentence is queued but not yet audible: nothing is marked until the engine says so.
    await expect(speaking).toHaveCount(0);
    expect(await fire(page, 'boundary', { charIndex: 0 })).toBe(true);
    await expect(speaking).toHaveCount(1);
    await expect(speaking).toHaveAttribute('data-sentence', id ?? '');
    await expect(speaking).toBeInViewport();
  }
  await page.getByTestId('listen-stop').tap();
  await expect(speaking).toHaveCount(0);
});

test('self-voicing says what "I\'m done" does, and reads its question', async ({ page }) => {
  await installSpeechRecorder(page);
  await boot(page);
  await page.keyboard.press('Enter');
  await expect(page.locator('.app[data-screen="start"]')).toBeVisible();
  await arrowTo(page, /^I'm done/);
  await expect
    .poll(async () => (await lastSaid(page)).text)
    .toContain("I'm done — clear this screen for the next person");
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('done-dialog')).toBeVisible();
  await expect
    .poll(async () => (await spoken(page)).map((u) => u.text).join(' '))
    .toContain('Clear the screen for the next person?');
  await page.keyboard.press('Backspace');
  await expect(page.getByTestId('done-dialog')).toHaveCount(0);
  await expect(page.locator('.app[data-screen="start"]')).toBeVisible();
});

// Recorded narration: a generated 3 s tone (tests/fixtures/audio, never patient content) is copied into the
// built UI for these tests and given to the first guide card through the preview's test hook, so it is served
// by the real app:// handler under the real CSP (media-src 'self').
const TONE_PATH = 'audio/__test__/tone.wav';
const builtTone = join(process.env.KIOSK_OUT ?? 'out', 'renderer', TONE_PATH);

async function withRecording(page: Page): Promise<string[]> {
  await page.addInitScript((src) => {
    const win = window as Window & { __KIOSK_TEST_RECORDINGS__?: unknown; __violations?: string[] };
    win.__KIOSK_TEST_RECORDINGS__ = { 'en/welcome#welcome': src, 'es/welcome#welcome': src };
    const list: string[] = [];
    win.__violations = list;
    document.addEventListener('securitypolicyviolation', (e) =>
      list.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  }, TONE_PATH);
  const served: string[] = [];
  page.on('response', (r) => {
    if (r.url().includes(TONE_PATH)) served.push(`${r.status()} ${r.headers()['content-type'] ?? ''}`);
  });
  return served;
}

test.describe('recorded narration', () => {
  // One worker runs them all: the tone is copied into the shared build once and removed after the last.
  test.describe.configure({ mode: 'serial' });
  test.beforeAll(() => {
    mkdirSync(dirname(builtTone), { recursive: true });
    copyFileSync(fileURLToPath(new URL('../fixtures/audio/tone.wav', import.meta.url)), builtTone);
  });
  test.afterAll(() => rmSync(dirname(builtTone), { recursive: true, force: true }));

  test('a card with a recording plays it instead of the voice, marks the whole card, pauses and stops', async ({
    page,
  }) => {
    await installSpeechRecorder(page, { mode: 'manual' });
    const served = await withRecording(page);
    await boot(page);
    await page.clock.resume();
    await openGuide(page, 'en');
    await expect(page.locator('article.card')).toHaveAttribute('data-card-id', 'welcome');
    await page.getByTestId('listen').tap();
    // data-speaking on the card is set on the element's `playing` event.
    await expect(page.locator('article.card')).toHaveAttribute('data-speaking', '');
    expect((await snapshot(page)).speech).toMatchObject({ status: 'speaking', source: 'recording' });
    expect(await spoken(page), 'the voice stays silent').toEqual([]);
    await page.getByTestId('listen').tap();
    await expect(page.getByTestId('listen')).toHaveAttribute('data-state', 'paused');
    await page.getByTestId('listen').tap();
    await expect(page.getByTestId('listen')).toHaveAttribute('data-state', 'speaking');
    await page.getByTestId('listen-stop').tap();
    await expect(page.getByTestId('listen')).toHaveAttribute('data-state', 'idle');
    await expect(page.locator('article.card[data-speaking]')).toHaveCount(0);
    expect((await snapshot(page)).speech.source).toBeNull();
    expect(served[0]).toBe('200 audio/wav');
    expect(await page.evaluate(() => (window as Window & { __violations?: string[] }).__violations)).toEqual(
      [],
    );
  });

  test('the recording plays to its end; leaving the card stops it; the voice reads a card without one', async ({
    page,
  }) => {
    await installSpeechRecorder(page, { mode: 'manual' });
    await withRecording(page);
    await boot(page);
    await page.clock.resume();
    await openGuide(page, 'en');
    await page.getByTestId('listen').tap();
    await expect(page.locator('article.card')).toHaveAttribute('data-speaking', '');
    // The 3 s tone ends by itself (the `ended` event): reading stops there.
    await expect(page.getByTestId('listen')).toHaveAttribute('data-state', 'idle', { timeout: 15_000 });
    await page.getByTestId('listen').tap();
    await expect(page.locator('article.card')).toHaveAttribute('data-speaking', '');
    await page.getByTestId('next').tap();
    await expect.poll(async () => (await snapshot(page)).speech.source).toBeNull();
    await page.getByTestId('listen').tap();
    await expect.poll(async () => (await spoken(page)).length).toBe(1);
    expect((await snapshot(page)).speech.source).toBe('voice');
  });

  test('with no voice for the language, a recorded card still offers Listen; others do not', async ({
    page,
  }) => {
    await installSpeechRecorder(page, { voices: [] });
    await withRecording(page);
    await boot(page);
    await page.clock.resume();
    await openGuide(page, 'en');
    await expect(page.getByTestId('listen')).toBeVisible();
    await page.getByTestId('listen').tap();
    await expect(page.locator('article.card')).toHaveAttribute('data-speaking', '');
    await page.getByTestId('next').tap();
    await expect(page.getByTestId('listen-bar')).toHaveCount(0);
  });
});
