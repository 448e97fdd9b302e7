// `npx tsx tests/bench/listen.ts` (after `npm run build`): tap on Listen → the kiosk hands its first utterance
// to speechSynthesis.speak(), p95 over 60 taps, printed. The engine is the recording stand-in
// (tests/fixtures/speech-recorder.ts): these machines have no audio sink, so a real engine's own start-up
// (the `start` event after speak()) cannot be measured here and is not included.
import { join, resolve } from 'node:path';
import { launchBench, openPage, waitForStart } from './browser';
import { startBenchServer } from './server';
import { ms, summarize } from './stats';
import { installSpeechRecorder } from '../fixtures/speech-recorder';

const TAPS = 60;
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
    const s = summarize(values);
    console.log(`| measure | n | median | p95 | max | goal |`);
    console.log(`| --- | --- | --- | --- | --- | --- |`);
    console.log(
      `| tap on Listen → speechSynthesis.speak() (stand-in engine) | ${s.n} | ${ms(s.median)} | ${ms(s.p95)} | ${ms(s.max)} | p95 < 300 ms with a local voice |`,
    );
    console.log('A real engine adds its own start-up after speak(); not measurable here (no audio sink).');
  } finally {
    await browser.close();
    await server.close();
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
