// Recorded narration through the speech state: one <audio> stand-in records what the state asks of it.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  SLOW_FACTOR,
  SpeechState,
  START_TIMEOUT_MS,
  VOLUME_STEPS,
  type AudioHandle,
  type SpeechPlatform,
  type UtteranceHandle,
} from '../../../../renderer/state/speech.svelte';
import type { Utterance } from '../../../../renderer/lib/speech/utterances';

const EN_VOICE = { name: 'Aria', lang: 'en-US', localService: true, default: true, voiceURI: 'a' };

function fakeAudio() {
  const calls: string[] = [];
  let rejectPlay: ((e: Error) => void) | null = null;
  const audio: AudioHandle = {
    src: '',
    volume: 1,
    playbackRate: 1,
    onplaying: null,
    ontimeupdate: null,
    onended: null,
    onerror: null,
    play: () => {
      calls.push(`play ${audio.src}`);
      return new Promise<void>((_resolve, reject) => {
        rejectPlay = reject;
      });
    },
    pause: () => calls.push('pause'),
    load: () => calls.push('load'),
    removeAttribute: () => {
      audio.src = '';
      calls.push('remove src');
    },
  };
  return { audio, calls, reject: (name: string) => rejectPlay?.(Object.assign(new Error(name), { name })) };
}

function setup(withVoice = true) {
  const fake = fakeAudio();
  const spoken: UtteranceHandle[] = [];
  const platform: SpeechPlatform = {
    synth: {
      speak: (u) => spoken.push(u),
      cancel: () => {},
      getVoices: () => (withVoice ? [EN_VOICE] : []),
      addEventListener: () => {},
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
    createAudio: () => fake.audio,
  };
  const speech = new SpeechState(platform);
  speech.configure({ enabled: true, voice_en: null, voice_es: null, rate: 1.2 });
  let activity = 0;
  speech.onActivity = () => {
    activity += 1;
  };
  return { speech, fake, spoken, activity: () => activity };
}

const CARD: Utterance[] = [
  { sentenceId: null, kind: 'heading', text: 'Hello', shown: 'Hello', lang: 'en' },
  { sentenceId: 'hello.1', kind: 'sentence', text: 'One.', shown: 'One.', lang: 'en' },
];
const SRC = 'audio/en/welcome/hello.ogg';
const ev = new Event('x');

describe('SpeechState with a recording', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('plays the recording instead of the voice, marks the whole card, and counts as activity', () => {
    const { speech, fake, spoken, activity } = setup();
    speech.speak('guide/welcome/0', CARD, { recording: SRC });
    expect(fake.calls).toEqual([`play ${SRC}`]);
    expect(spoken).toEqual([]);
    expect(speech.status).toBe('speaking');
    expect(speech.source).toBe('recording');
    fake.audio.onplaying?.(ev);
    expect(speech.speakingKind).toBe('recording');
    fake.audio.ontimeupdate?.(ev);
    fake.audio.ontimeupdate?.(ev);
    expect(activity()).toBe(3);
    fake.audio.onended?.(ev);
    expect(speech.status).toBe('idle');
    expect(speech.speakingKind).toBeNull();
    expect(speech.source).toBeNull();
  });

  it('pauses in place and resumes from there; stop drops the source so nothing more is heard', () => {
    const { speech, fake } = setup();
    speech.speak('k', CARD, { recording: SRC });
    fake.audio.onplaying?.(ev);
    speech.pause();
    expect(speech.status).toBe('paused');
    speech.resume();
    expect(fake.calls).toEqual([`play ${SRC}`, 'pause', `play ${SRC}`]);
    speech.stop();
    expect(fake.calls.slice(-3)).toEqual(['pause', 'remove src', 'load']);
    expect(speech.status).toBe('idle');
    // A late event of the stopped recording changes nothing.
    expect(fake.audio.onended).toBeNull();
  });

  it('reset, a new card and interface words all stop the recording', () => {
    const { speech, fake } = setup();
    speech.speak('a', CARD, { recording: SRC });
    speech.placeChanged('b');
    expect(fake.calls.at(-2)).toBe('remove src');
    speech.speak('a', CARD, { recording: SRC });
    speech.reset();
    expect(fake.calls.at(-2)).toBe('remove src');
    expect(speech.used).toBe(false);
  });

  it('keeps the narrator’s pace: Slower is 0.75, the site rate (for voices) is not applied; volume follows', () => {
    const { speech, fake } = setup();
    speech.speak('k', CARD, { recording: SRC });
    expect(fake.audio.playbackRate).toBe(1);
    speech.toggleSlow();
    expect(fake.audio.playbackRate).toBe(SLOW_FACTOR);
    speech.changeVolume(-2);
    expect(fake.audio.volume).toBe(VOLUME_STEPS[2]);
  });

  it('a file that cannot play falls back to the voice and tells the staff view', async () => {
    const { speech, fake, spoken } = setup();
    speech.speak('k', CARD, { recording: SRC });
    fake.reject('NotSupportedError');
    await vi.advanceTimersByTimeAsync(0);
    expect(speech.failure).toBe('recording: NotSupportedError');
    expect(spoken.map((u) => u.text)).toEqual(['Hello']);
    expect(speech.source).toBe('voice');
  });

  it('a recording that never starts is stopped by the watchdog', () => {
    const { speech } = setup();
    speech.speak('k', CARD, { recording: SRC });
    vi.advanceTimersByTime(START_TIMEOUT_MS);
    expect(speech.failure).toBe('no-start');
    expect(speech.status).toBe('idle');
  });

  it('Listen is offered for a recorded card even where the language has no voice, never when speech is off', () => {
    const { speech } = setup(false);
    expect(speech.listenable('en', false)).toBe(false);
    expect(speech.listenable('en', true)).toBe(true);
    speech.configure({ enabled: false, voice_en: null, voice_es: null, rate: 1 });
    expect(speech.listenable('en', true)).toBe(false);
  });

  it('the whole path goes on after a recording ends', () => {
    const { speech, fake } = setup();
    const onFinished = vi.fn();
    speech.speak('k', CARD, { recording: SRC, path: true, onFinished });
    fake.audio.onplaying?.(ev);
    fake.audio.onended?.(ev);
    expect(onFinished).toHaveBeenCalledOnce();
  });
});
