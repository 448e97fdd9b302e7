// `npx tsx tests/bench/real-speech.ts`: one measured try of the real speech engine in Chromium on Linux
// (speech-dispatcher + espeak-ng, Chromium started with --enable-speech-dispatcher, as main does for the
// kiosk). Prints the voices listed for en and es, whether `start`, `boundary` and `end` fire for one English
// and one Spanish sentence, and speak() → start in ms. Without speech-dispatcher it prints SKIPPED and exits
// 3, never a pass. Not in CI: the engine is flaky on these machines (toolchain facts, README "Read-aloud").
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../fixtures/chromium';

const DAEMON = '/usr/bin/speech-dispatcher';
const WAIT_MS = 8000;

type Trial = {
  lang: string;
  voice: string | null;
  events: string[];
  startMs: number | null;
  error: string | null;
};

async function main(): Promise<number> {
  if (!existsSync(DAEMON)) {
    console.log(
      `SKIPPED: ${DAEMON} is not installed (apt-get install speech-dispatcher speech-dispatcher-espeak-ng espeak-ng).`,
    );
    return 3;
  }
  const executablePath = chromiumExecutable();
  const browser = await chromium.launch({
    args: [...CHROMIUM_ARGS, '--enable-speech-dispatcher'],
    ...(executablePath ? { executablePath } : {}),
  });
  try {
    const page = await browser.newPage();
    // tsx keeps function names with __name(…) inside evaluate callbacks; the page gets a no-op of it.
    await page.addInitScript('globalThis.__name = (f) => f;');
    await page.goto('about:blank');
    const voices = await page.evaluate(async () => {
      const list = (): SpeechSynthesisVoice[] => speechSynthesis.getVoices();
      for (let i = 0; i < 150 && list().length === 0; i++) await new Promise((r) => setTimeout(r, 100));
      return list().map((v) => ({ name: v.name, lang: v.lang, local: v.localService }));
    });
    const of = (prefix: string): typeof voices =>
      voices.filter((v) => v.lang.toLowerCase().replace('_', '-').startsWith(prefix));
    console.log(
      `voices listed: ${voices.length} (en: ${of('en').length}, es: ${of('es').length}, local: ${voices.filter((v) => v.local).length})`,
    );
    console.log(
      `  en first: ${
        of('en')
          .slice(0, 3)
          .map((v) => `${v.name} [${v.lang}]`)
          .join(', ') || 'none'
      }`,
    );
    console.log(
      `  es first: ${
        of('es')
          .slice(0, 3)
          .map((v) => `${v.name} [${v.lang}]`)
          .join(', ') || 'none'
      }`,
    );
    const trials: Trial[] = [];
    for (const [lang, text] of [
      ['en-US', 'Chemo can make you feel tired.'],
      ['es-US', 'La quimioterapia puede causar cansancio.'],
    ] as const) {
      trials.push(
        await page.evaluate(
          ({ lang, text, wait }) =>
            new Promise<Trial>((resolve) => {
              const prefix = lang.slice(0, 2);
              const voice =
                speechSynthesis.getVoices().find((v) => v.lang.toLowerCase().startsWith(prefix)) ?? null;
              const u = new SpeechSynthesisUtterance(text);
              u.lang = lang;
              u.voice = voice;
              const trial: Trial = {
                lang,
                voice: voice?.name ?? null,
                events: [],
                startMs: null,
                error: null,
              };
              const t0 = performance.now();
              const done = (): void => resolve(trial);
              u.onstart = () => {
                trial.events.push('start');
                trial.startMs = Math.round(performance.now() - t0);
              };
              u.onboundary = () => {
                if (!trial.events.includes('boundary')) trial.events.push('boundary');
              };
              u.onend = () => {
                trial.events.push('end');
                done();
              };
              u.onerror = (e) => {
                trial.error = e.error;
                done();
              };
              speechSynthesis.speak(u);
              setTimeout(() => {
                speechSynthesis.cancel();
                done();
              }, wait);
            }),
          { lang, text, wait: WAIT_MS },
        ),
      );
    }
    for (const t of trials) {
      console.log(
        `${t.lang} (${t.voice ?? 'no voice'}): events ${t.events.join(', ') || 'none'} within ${WAIT_MS / 1000} s; speak() → start ${t.startMs === null ? 'never' : `${t.startMs} ms`}${t.error ? `; error ${t.error}` : ''}`,
      );
    }
    const works = trials.every((t) => t.events.includes('start') && t.events.includes('end'));
    console.log(
      works
        ? 'REAL ENGINE: works here.'
        : 'REAL ENGINE: does not work here (see above); the stand-in is used for tests.',
    );
    return works ? 0 : 1;
  } finally {
    await browser.close();
  }
}

process.exitCode = await main();
