// The speech state, driven through a recording stand-in for speechSynthesis (no audio on these machines).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  SLOW_FACTOR,
  SpeechState,
  START_TIMEOUT_MS,
  type SpeechPlatform,
  type UtteranceHandle,
} from '../../../../renderer/state/speech.svelte';
import type { Utterance } from '../../../../renderer/lib/speech/utterances';

const ev = (type: string): SpeechSynthesisEvent => ({ type }) as unknown as SpeechSynthesisEvent;

type Voice = { name: string; lang: string; localService: boolean; default: boolean; voiceURI: string };

function fakePlatform(voices: Voice[]) {
  const spoken: UtteranceHandle[] = [];
  let cancels = 0;
  const listeners: (() => void)[] = [];
  const platform: SpeechPlatform = {
    synth: {
      speak: (u) => spoken.push(u),
      cancel: () => {
        cancels += 1;
      },
      getVoices: () => voices,
      addEventListener: (_type, listener) => listeners.push(listener),
    },
    createUtterance: (text) => ({
      text,
      lang: '',
      voice: null,
      rate: 1,
      volume: 1,
      onstart: null,
      onend: null,
      onerror: null,
      onboundary: null,
    }),
  };
  const last = (): UtteranceHandle => {
    const u = spoken.at(-1);
    if (!u) throw new Error('nothing spoken');
    return u;
  };
  return {
    platform,
    spoken,
    cancels: () => cancels,
    last,
    start: () => last().onstart?.(ev('start')),
    boundary: () => last().onboundary?.(ev('boundary')),
    end: () => last().onend?.(ev('end')),
    voicesChanged: () => listeners.forEach((l) => l()),
  };
}

const EN_VOICE: Voice = { name: 'Aria', lang: 'en-US', localService: true, default: true, voiceURI: 'a' };
const ES_VOICE: Voice = { name: 'Sabina', lang: 'es-MX', localService: true, default: false, voiceURI: 's' };
const NET_ES: Voice = {
  name: 'Google español',
  lang: 'es-ES',
  localService: false,
  default: false,
  voiceURI: 'g',
};
const SETTINGS = { enabled: true, voice_en: null, voice_es: null, rate: 1 };

const card = (lang: 'en' | 'es', n = 3): Utterance[] => [
  { sentenceId: null, kind: 'heading', text: 'Heading', shown: 'Heading', lang },
  ...Array.from({ length: n - 1 }, (_, i) => ({
    sentenceId: `c.${i + 1}`,
    kind: 'sentence' as const,
    text: `Sentence ${i + 1}.`,
    shown: `Sentence ${i + 1}.`,
    lang,
  })),
];

describe('SpeechState', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  function setup(voices: Voice[] = [EN_VOICE, ES_VOICE]) {
    const fake = fakePlatform(voices);
    const speech = new SpeechState(fake.platform);
    speech.configure(SETTINGS);
    return { fake, speech };
  }

  it('speaks a card one utterance at a time, in order, with the language and a voice for it', () => {
    const { fake, speech } = setup();
    speech.speak('p/0', card('es'));
    expect(fake.spoken.map((u) => u.text)).toEqual(['Heading']);
    expect(fake.last().lang).toBe('es');
    expect(fake.last().voice?.name).toBe('Sabina');
    fake.start();
    expect(speech.speakingKind).toBe('heading');
    fake.end();
    fake.start();
    expect(speech.sentenceId).toBe('c.1');
    fake.end();
    fake.start();
    fake.end();
    expect(fake.spoken.map((u) => u.text)).toEqual(['Heading', 'Sentence 1.', 'Sentence 2.']);
    expect(speech.status).toBe('idle');
    expect(speech.sentenceId).toBeNull();
  });

  it('moves the highlight on boundary events even when an engine sends no start', () => {
    const { fake, speech } = setup();
    speech.speak('p/0', card('en'));
    fake.end();
    expect(speech.sentenceId).toBeNull();
    fake.boundary();
    expect(speech.sentenceId).toBe('c.1');
  });

  it('counts narration as activity on start, boundary and end', () => {
    const { fake, speech } = setup();
    const activity = vi.fn();
    speech.onActivity = activity;
    speech.speak('p/0', card('en', 1));
    fake.start();
    fake.boundary();
    fake.end();
    expect(activity).toHaveBeenCalledTimes(3);
  });

  it('pauses by stopping the engine and resumes from the same sentence', () => {
    const { fake, speech } = setup();
    speech.speak('p/0', card('en'));
    fake.end();
    fake.start();
    speech.pause();
    expect(speech.status).toBe('paused');
    expect(fake.cancels()).toBeGreaterThan(0);
    // The cancelled utterance's late end event must not move the queue on.
    fake.end();
    expect(fake.spoken).toHaveLength(2);
    speech.resume();
    expect(fake.spoken.map((u) => u.text)).toEqual(['Heading', 'Sentence 1.', 'Sentence 1.']);
    expect(speech.status).toBe('speaking');
  });

  it('stop forgets the queue and ignores the late events of what it cancelled', () => {
    const { fake, speech } = setup();
    speech.speak('p/0', card('en'));
    const first = fake.last();
    speech.stop();
    first.onstart?.(ev('start'));
    first.onend?.(ev('end'));
    expect(speech.status).toBe('idle');
    expect(speech.sentenceId).toBeNull();
    expect(fake.spoken).toHaveLength(1);
  });

  it('a slower rate is three quarters of the site rate, and applies to the sentence being spoken', () => {
    const { fake, speech } = setup();
    speech.configure({ ...SETTINGS, rate: 1.2 });
    speech.speak('p/0', card('en'));
    expect(fake.last().rate).toBeCloseTo(1.2);
    speech.toggleSlow();
    expect(fake.spoken).toHaveLength(2);
    expect(fake.last().text).toBe('Heading');
    expect(fake.last().rate).toBeCloseTo(1.2 * SLOW_FACTOR);
  });

  it('never uses a network voice, prefers the configured name, and reports why a language has none', () => {
    const { speech } = setup([EN_VOICE, NET_ES]);
    expect(speech.available('en')).toBe(true);
    expect(speech.report('es')).toEqual({ locale: 'es', available: false, reason: 'no-local-voice' });
    speech.configure({ ...SETTINGS, voice_en: 'Zira' });
    expect(speech.report('en')).toMatchObject({ available: true, voice: 'Aria', preferredMissing: 'Zira' });
    speech.configure({ ...SETTINGS, enabled: false });
    expect(speech.report('en')).toEqual({ locale: 'en', available: false, reason: 'disabled' });
  });

  it('says nothing in a language without a voice', () => {
    const { fake, speech } = setup([EN_VOICE]);
    speech.speak('p/0', card('es'));
    expect(fake.spoken).toHaveLength(0);
    expect(speech.status).toBe('idle');
  });

  it('picks up voices the engine lists late', () => {
    const voices: Voice[] = [];
    const fake = fakePlatform(voices);
    const speech = new SpeechState(fake.platform);
    speech.configure(SETTINGS);
    expect(speech.report('en')).toMatchObject({ available: false, reason: 'no-voices' });
    voices.push(EN_VOICE);
    fake.voicesChanged();
    expect(speech.available('en')).toBe(true);
  });

  it('gives up on a voice that never starts, and says so for the staff view', () => {
    const { speech } = setup();
    speech.speak('p/0', card('en'));
    vi.advanceTimersByTime(START_TIMEOUT_MS);
    expect(speech.status).toBe('idle');
    expect(speech.failure).toBe('no-start');
  });

  it('stops on an engine error but not on its own cancel', () => {
    const { fake, speech } = setup();
    speech.speak('p/0', card('en'));
    fake.last().onerror?.({ ...ev('error'), error: 'interrupted' });
    expect(speech.status).toBe('speaking');
    fake.last().onerror?.({ ...ev('error'), error: 'audio-hardware' });
    expect(speech.status).toBe('idle');
    expect(speech.failure).toBe('audio-hardware');
  });

  it('leaving the card stops it; the path turning the page to the expected card goes on', () => {
    const { fake, speech } = setup();
    speech.speak('p/0', card('en', 1));
    expect(speech.placeChanged('p/0')).toBe(false);
    expect(speech.status).toBe('speaking');
    expect(speech.placeChanged('p/1')).toBe(false);
    expect(speech.status).toBe('idle');

    const turned: string[] = [];
    speech.speak('p/0', card('en', 1), {
      path: true,
      onFinished: () => {
        speech.expect('p/1');
        turned.push('p/1');
      },
    });
    fake.start();
    fake.end();
    expect(turned).toEqual(['p/1']);
    expect(speech.placeChanged('p/1')).toBe(true);
    // The visitor going somewhere else while the path turns stops it.
    speech.speak('p/1', card('en', 1), { path: true, onFinished: () => speech.expect('p/2') });
    fake.end();
    expect(speech.placeChanged('topics')).toBe(false);
    expect(speech.status).toBe('idle');
    expect(speech.path).toBe(false);
  });

  it('volume keys step between a fifth and full, never to silence', () => {
    const { fake, speech } = setup();
    for (let i = 0; i < 10; i++) speech.changeVolume(-1);
    expect(speech.volume).toBeCloseTo(0.2);
    speech.speak('p/0', card('en', 1));
    expect(fake.last().volume).toBeCloseTo(0.2);
    expect(speech.changeVolume(1)).toBe(2);
  });

  it('reset returns to a fresh visit: silent, normal rate, full volume, no self-voicing', () => {
    const { fake, speech } = setup();
    const fresh = speech.snapshot();
    speech.startSelfVoicing();
    speech.toggleSlow();
    speech.changeVolume(-1);
    speech.speak('p/0', card('en'));
    speech.reset();
    expect(fake.cancels()).toBeGreaterThan(0);
    expect(speech.snapshot()).toEqual(fresh);
  });
});
