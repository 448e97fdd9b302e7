// `npx tsx tests/bench/listen.ts` (after `npm run build`): tap on Listen → the kiosk hands its first utterance
// to speechSynthesis.speak(), p95 over 60 taps; then tap on Listen → a recorded file's `playing` event, over
// 30 taps, printed. The voice is the recording stand-in (tests/fixtures/speech-recorder.ts): these machines
// have no working engine (tests/bench/real-speech.ts), so a real engine's own start-up is not included. The
// recording is the fixture tone (tests/fixtures/audio/tone.wav), copied into the build for the run only.
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBench, openPage, waitForStart } from './browser';
import { startBenchServer } from './server';
import { ms, summarize } from './stats';
import { installSpeechRecorder } from '../fixtures/speech-recorder';

const TAPS = 60;
const RECORDED_TAPS = 30;
const TONE = 'audio/__bench__/tone.wav';
const root = join(resolve(process.env.KIOSK_OUT ?? 'out'), 'renderer');

type ListenWindow = Window & { __listenBench: { down: number; spoke: number[] } };

async function main(): Promise<void> {
  const server = await startBenchServer({ root, anchorRoot: root, port: 0 });
  const browser = await launchBench();
  try {
    const { page } = await openPage(browser);
    await installSpeechRecorder(page, { mode: 'manual' });
    await page.addInitScript(() => {
      const state = { down: 0, spoke: [] as number[] };
      (window as unknown as ListenWindow).__listenBench = state;
      addEventListener('pointerdown', (event) => (state.down = event.timeStamp), { capture: true });
      // Wraps the stand-in's speak(): the moment the kiosk hands over its first words.
      addEventListener('DOMContentLoaded', () => {
        const synth = window.speechSynthesis;
        const speak = synth.speak.bind(synth);
        synth.speak = (u) => {
          state.spoke.push(performance.now() - state.down);
          speak(u);
        };
      });
    });
    await page.goto(`${server.origin}/`);
    await waitForStart(page);
    await page.getByRole('button', { name: /Start the guide/ }).tap();
    const listen = page.getByTestId('listen');
    const values: number[] = [];
    for (let i = 0; i < TAPS; i++) {
      await page.evaluate(() => ((window as unknown as ListenWindow).__listenBench.spoke = []));
      await listen.tap();
      await page.waitForFunction(() => (window as unknown as ListenWindow).__listenBench.spoke.length > 0);
      values.push(
        await page.evaluate(() => (window as unknown as ListenWindow).__listenBench.spoke[0] ?? NaN),
      );
      await page.getByTestId('listen-stop').tap();
      await page.getByTestId('listen').and(page.locator('[data-state="idle"]')).waitFor();
    }
    await page.close();
    const recorded = await measureRecording(browser, server.origin);
    const s = summarize(values);
    const r = summarize(recorded);
    const verdict = (p95: number): string => (p95 < 300 ? 'met' : 'missed');
    console.log(`| measure | n | median | p95 | max | goal |`);
    console.log(`| --- | --- | --- | --- | --- | --- |`);
    console.log(
      `| tap on Listen → speechSynthesis.speak() (stand-in engine) | ${s.n} | ${ms(s.median)} | ${ms(s.p95)} | ${ms(s.max)} | p95 < 300 ms: ${verdict(s.p95)} |`,
    );
    console.log(
      `| tap on Listen → recording \`playing\` (3 s WAV, <audio>) | ${r.n} | ${ms(r.median)} | ${ms(r.p95)} | ${ms(r.max)} | p95 < 300 ms: ${verdict(r.p95)} |`,
    );
    console.log(
      'A real engine adds its own start-up after speak(); not measurable here (tests/bench/real-speech.ts).',
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Tap on Listen on a card with a recording → the <audio> element's `playing` event. */
async function measureRecording(
  browser: Awaited<ReturnType<typeof launchBench>>,
  origin: string,
): Promise<number[]> {
  const target = join(root, TONE);
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(fileURLToPath(new URL('../fixtures/audio/tone.wav', import.meta.url)), target);
  try {
    const { page } = await openPage(browser);
    await installSpeechRecorder(page, { mode: 'manual' });
    await page.addInitScript((src) => {
      const state = { down: 0, spoke: [] as number[] };
      const win = window as unknown as ListenWindow & { __KIOSK_TEST_RECORDINGS__: Record<string, string> };
      win.__listenBench = state;
      win.__KIOSK_TEST_RECORDINGS__ = { 'en/welcome#welcome': src };
      addEventListener('pointerdown', (event) => (state.down = event.timeStamp), { capture: true });
      // The kiosk's one audio element: its `playing` event is when the narration is heard.
      const play = Object.getOwnPropertyDescriptor(HTMLMediaElement.prototype, 'play')?.value as (
        this: HTMLMediaElement,
      ) => Promise<void>;
      HTMLMediaElement.prototype.play = function (this: HTMLMediaElement): Promise<void> {
        this.addEventListener('playing', () => state.spoke.push(performance.now() - state.down), {
          once: true,
        });
        return play.call(this);
      };
    }, TONE);
    await page.goto(`${origin}/`);
    await waitForStart(page);
    await page.getByRole('button', { name: /Start the guide/ }).tap();
    const listen = page.getByTestId('listen');
    const values: number[] = [];
    for (let i = 0; i < RECORDED_TAPS; i++) {
      await page.evaluate(() => ((window as unknown as ListenWindow).__listenBench.spoke = []));
      await listen.tap();
      await page.waitForFunction(() => (window as unknown as ListenWindow).__listenBench.spoke.length > 0);
      values.push(
        await page.evaluate(() => (window as unknown as ListenWindow).__listenBench.spoke[0] ?? NaN),
      );
      await page.getByTestId('listen-stop').tap();
      await page.getByTestId('listen').and(page.locator('[data-state="idle"]')).waitFor();
    }
    await page.close();
    return values;
  } finally {
    rmSync(dirname(target), { recursive: true, force: true });
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
