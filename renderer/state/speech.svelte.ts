// Read-aloud: a card's recorded narration through one <audio> element when the content has a fresh one, else
// one queue of utterances spoken one at a time through the Web Speech API; the sentence being spoken (for the
// highlight), pause/resume/stop, the slower rate, volume, and self-voicing once a key is pressed. Nothing here
// outlives a visit: reset() stops it and forgets every choice.
import type { Locale } from '../../electron/shared/content-types';
import type { SpeechSettings } from '../../electron/shared/config-schema';
import type { Utterance } from '../lib/speech/utterances';
import { chooseVoice, type VoiceInfo } from '../lib/speech/voices';

/** The parts of SpeechSynthesisUtterance this state sets and listens to. */
export type UtteranceHandle = {
  text: string;
  lang: string;
  voice: SpeechSynthesisVoice | null;
  rate: number;
  volume: number;
  onstart: ((event: SpeechSynthesisEvent) => void) | null;
  onend: ((event: SpeechSynthesisEvent) => void) | null;
  onerror: ((event: SpeechSynthesisErrorEvent) => void) | null;
  onboundary: ((event: SpeechSynthesisEvent) => void) | null;
};

/** The parts of window.speechSynthesis this state uses. */
export type SynthHandle = {
  speak(utterance: UtteranceHandle): void;
  cancel(): void;
  getVoices(): SpeechSynthesisVoice[];
  addEventListener(type: 'voiceschanged', listener: () => void): void;
};

/** The parts of an HTMLAudioElement this state drives (recorded narration). */
export type AudioHandle = {
  src: string;
  volume: number;
  playbackRate: number;
  onplaying: ((event: Event) => void) | null;
  ontimeupdate: ((event: Event) => void) | null;
  onended: ((event: Event) => void) | null;
  onerror: ((event: Event | string) => void) | null;
  play(): Promise<void>;
  pause(): void;
  load(): void;
  removeAttribute(name: 'src'): void;
};

export type SpeechPlatform = {
  synth: SynthHandle | null;
  createUtterance(text: string): UtteranceHandle;
  /** The one audio element recordings play through (absent: recordings are never played). */
  createAudio?: () => AudioHandle;
};

/** What is reading: the card's recorded narration or the synthetic voice. */
export type SpeechSource = 'recording' | 'voice';

export type SpeechStatus = 'idle' | 'speaking' | 'paused';

/** Why a language has no read-aloud, in the staff view's words (renderer/i18n/staff.ts). */
type SpeechUnavailable = 'disabled' | 'no-engine' | 'no-voices' | 'no-local-voice';

export type VoiceReport =
  | { locale: Locale; available: true; voice: string; voiceLang: string; preferredMissing: string | null }
  | { locale: Locale; available: false; reason: SpeechUnavailable };

/** "Slower" is three quarters of the site's rate. */
export const SLOW_FACTOR = 0.75;
/** Volume steps for the keypad's volume keys (the OS volume is the headphone jack's own). */
export const VOLUME_STEPS = [0.2, 0.4, 0.6, 0.8, 1] as const;
/** A voice that has not started within this long is taken as broken (no audio sink, a dead daemon). */
export const START_TIMEOUT_MS = 5000;

export type SpeechSnapshot = {
  status: SpeechStatus;
  slow: boolean;
  selfVoicing: boolean;
  used: boolean;
  volumeStep: number;
  source: SpeechSource | null;
};

export type SpeakOptions = {
  /** "Listen to the whole path": when this card ends, `onFinished` turns the page and reading goes on. */
  path?: boolean;
  onFinished?: () => void;
  /** The card's fresh recording (a path under the built UI): played instead of the voice. */
  recording?: string | null;
};

function browserPlatform(): SpeechPlatform {
  const synth = typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : null;
  return {
    synth,
    createUtterance: (text) => new SpeechSynthesisUtterance(text),
    createAudio: () => new Audio(),
  };
}

export class SpeechState {
  status = $state<SpeechStatus>('idle');
  /** The sentence node being spoken (`<cardId>.<n>`), for the highlight. */
  sentenceId = $state<string | null>(null);
  /** Whether a recording or the voice is reading now (null when silent). */
  source = $state<SpeechSource | null>(null);
  /** What kind of words are being spoken (the heading is highlighted too; a recording marks the whole card). */
  speakingKind = $state<Utterance['kind'] | null>(null);
  /** The place (page/card) whose words are queued, or null for interface words. */
  cardKey = $state<string | null>(null);
  slow = $state(false);
  volumeStep = $state<number>(VOLUME_STEPS.length - 1);
  /** Reading card after card ("Listen to the whole path"). */
  path = $state(false);
  /** On after the visitor's first key press: what gets focus is spoken. */
  selfVoicing = $state(false);
  /** Whether audio was used in this visit (then the idle warning is spoken too). */
  used = $state(false);
  /** The last voice failure, for the staff view: the engine never started. */
  failure = $state<string | null>(null);
  voices = $state.raw<SpeechSynthesisVoice[]>([]);
  settings = $state.raw<SpeechSettings>({ enabled: true, voice_en: null, voice_es: null, rate: 1 });

  /** Called on every start, boundary and end: narration counts as activity for the idle timer. */
  onActivity: () => void = () => {};

  #platform: SpeechPlatform | null;
  #queue: Utterance[] = [];
  #index = 0;
  #onFinished: (() => void) | null = null;
  /** The place the path is turning to; reading resumes when the visitor arrives there. */
  #awaiting: string | null = null;
  /** Bumped whenever the queue is replaced, so late events of a cancelled utterance are ignored. */
  #generation = 0;
  #startTimer: ReturnType<typeof setTimeout> | null = null;
  #listening = false;
  #audio: AudioHandle | null = null;
  /** The recording being played (or paused), else null. */
  #recording: string | null = null;

  constructor(platform?: SpeechPlatform) {
    this.#platform = platform ?? null;
  }

  get #synth(): SynthHandle | null {
    this.#platform ??= browserPlatform();
    return this.#platform.synth;
  }

  /** The site's speech settings and the installed voices (which some engines list only after a while). */
  configure(settings: SpeechSettings): void {
    this.settings = settings;
    this.refreshVoices();
    const synth = this.#synth;
    if (synth && !this.#listening) {
      this.#listening = true;
      synth.addEventListener('voiceschanged', () => this.refreshVoices());
    }
  }

  refreshVoices(): void {
    this.voices = this.#synth?.getVoices() ?? [];
  }

  report(locale: Locale): VoiceReport {
    if (!this.settings.enabled) return { locale, available: false, reason: 'disabled' };
    if (!this.#synth) return { locale, available: false, reason: 'no-engine' };
    const preferred = locale === 'en' ? this.settings.voice_en : this.settings.voice_es;
    const choice = chooseVoice<VoiceInfo & { name: string }>(this.voices, locale, preferred);
    if (choice.voice === null) return { locale, available: false, reason: choice.reason };
    return {
      locale,
      available: true,
      voice: choice.voice.name,
      voiceLang: choice.voice.lang,
      preferredMissing: choice.preferredMissing ? preferred : null,
    };
  }

  /** Whether the synthetic voice can read this language. */
  available(locale: Locale): boolean {
    return this.report(locale).available;
  }

  /** Whether Listen is offered: read-aloud is on and the card has a recording or the language a voice. */
  listenable(locale: Locale, hasRecording: boolean): boolean {
    if (!this.settings.enabled) return false;
    return (hasRecording && this.#audioElement() !== null) || this.available(locale);
  }

  get rate(): number {
    return this.settings.rate * (this.slow ? SLOW_FACTOR : 1);
  }

  get volume(): number {
    return VOLUME_STEPS[this.volumeStep] ?? 1;
  }

  /** Reads a card's utterances from the start (or, for the idle warning and self-voicing, interface words). */
  speak(cardKey: string | null, utterances: readonly Utterance[], options: SpeakOptions = {}): void {
    this.#cancel();
    const recording = this.settings.enabled ? (options.recording ?? null) : null;
    if (recording !== null && this.#audioElement() !== null) {
      this.used = true;
      this.failure = null;
      this.cardKey = cardKey;
      this.path = options.path === true;
      this.#onFinished = options.onFinished ?? null;
      // Kept for the voice to fall back on if the file cannot be played.
      this.#queue = [...utterances];
      this.#index = 0;
      this.#recording = recording;
      this.#playRecording(true);
      return;
    }
    if (utterances.length === 0 || !this.available(utterances[0]?.lang ?? 'en')) {
      this.#finishIdle();
      return;
    }
    this.used = true;
    this.failure = null;
    this.cardKey = cardKey;
    this.path = options.path === true;
    this.#onFinished = options.onFinished ?? null;
    this.#queue = [...utterances];
    this.#index = 0;
    this.#speakCurrent();
  }

  /** Stops where it is; resume() starts that sentence again (engines differ too much in pausing mid-word). */
  pause(): void {
    if (this.status !== 'speaking') return;
    if (this.#recording !== null) {
      // A recording pauses exactly where it is (unlike voices); resume() goes on from there.
      this.#clearStartTimer();
      this.#audio?.pause();
      this.status = 'paused';
      return;
    }
    this.#generation += 1;
    this.#clearStartTimer();
    this.#synth?.cancel();
    this.status = 'paused';
  }

  resume(): void {
    if (this.status !== 'paused') return;
    if (this.#recording !== null) {
      this.#playRecording(false);
      return;
    }
    this.#speakCurrent();
  }

  /** Stops and forgets the queue (Stop, Home, leaving the card, a language change). */
  stop(): void {
    this.#cancel();
    this.#finishIdle();
  }

  toggleSlow(): void {
    this.slow = !this.slow;
    if (this.#recording !== null && this.#audio) {
      this.#audio.playbackRate = this.#recordingRate();
      return;
    }
    // The new rate applies from the sentence being spoken, said again.
    if (this.status === 'speaking') {
      this.#generation += 1;
      this.#synth?.cancel();
      this.#speakCurrent();
    }
  }

  /** Volume keys: steps up or down (mute is the lowest step: never silence the only output). Returns 1–5. */
  changeVolume(steps: number): number {
    this.volumeStep = Math.max(0, Math.min(VOLUME_STEPS.length - 1, this.volumeStep + Math.trunc(steps)));
    if (this.#recording !== null && this.#audio) this.#audio.volume = this.volume;
    return this.volumeStep + 1;
  }

  /**
   * The visitor is somewhere new. Reading of another card stops, unless the path is turning to this very
   * place: then the caller reads it (true is returned).
   */
  placeChanged(cardKey: string): boolean {
    if (this.#awaiting !== null) {
      const expected = this.#awaiting === cardKey;
      this.#awaiting = null;
      if (expected) return true;
      this.stop();
      return false;
    }
    if (this.cardKey !== null && this.cardKey !== cardKey && this.status !== 'idle') this.stop();
    return false;
  }

  /** The path turns the page to `cardKey`; the next placeChanged(cardKey) continues reading. */
  expect(cardKey: string): void {
    this.#awaiting = cardKey;
  }

  /** A key was pressed during a visit: from now on focus changes are spoken. */
  startSelfVoicing(): void {
    this.selfVoicing = true;
  }

  /** Back to a fresh visit: silent, normal rate and volume, no self-voicing. */
  reset(): void {
    this.stop();
    this.slow = false;
    this.volumeStep = VOLUME_STEPS.length - 1;
    this.selfVoicing = false;
    this.used = false;
    this.failure = null;
  }

  snapshot(): SpeechSnapshot {
    return {
      status: this.status,
      slow: this.slow,
      selfVoicing: this.selfVoicing,
      used: this.used,
      volumeStep: this.volumeStep,
      source: this.source,
    };
  }

  #speakCurrent(): void {
    const synth = this.#synth;
    const item = this.#queue[this.#index];
    if (!synth || !item) {
      this.#finishIdle();
      return;
    }
    const generation = ++this.#generation;
    const live = (): boolean => generation === this.#generation;
    const utterance = this.#platform?.createUtterance(item.text);
    if (!utterance) return;
    utterance.lang = item.lang;
    utterance.voice = this.#voiceFor(item.lang);
    utterance.rate = this.rate;
    utterance.volume = this.volume;
    const here = (): void => {
      if (!live()) return;
      this.#clearStartTimer();
      this.sentenceId = item.sentenceId;
      this.speakingKind = item.kind;
      this.onActivity();
    };
    utterance.onstart = here;
    utterance.onboundary = here;
    this.source = 'voice';
    utterance.onend = () => {
      if (!live()) return;
      // The words are said: unmark them until the next sentence is heard.
      this.sentenceId = null;
      this.speakingKind = null;
      this.onActivity();
      this.#advance();
    };
    utterance.onerror = (event) => {
      if (!live()) return;
      const error: string = event.error ?? 'unknown';
      // "interrupted" / "canceled" come from our own cancel(); anything else is a broken voice.
      if (error === 'interrupted' || error === 'canceled') return;
      this.failure = error;
      this.stop();
    };
    this.status = 'speaking';
    this.#clearStartTimer();
    this.#startTimer = setTimeout(() => {
      if (!live()) return;
      this.failure = 'no-start';
      this.stop();
    }, START_TIMEOUT_MS);
    synth.speak(utterance);
  }

  #advance(): void {
    this.#index += 1;
    if (this.#index < this.#queue.length) {
      this.#speakCurrent();
      return;
    }
    const finished = this.#onFinished;
    const onPath = this.path;
    this.#queue = [];
    this.#clearStartTimer();
    this.sentenceId = null;
    this.speakingKind = null;
    this.status = 'idle';
    this.source = null;
    if (onPath && finished) finished();
    else this.#finishIdle();
  }

  #audioElement(): AudioHandle | null {
    this.#platform ??= browserPlatform();
    this.#audio ??= this.#platform.createAudio?.() ?? null;
    return this.#audio;
  }

  /** A recording keeps its narrator's pace: only "Slower" changes it (the site's rate is the voice's). */
  #recordingRate(): number {
    return this.slow ? SLOW_FACTOR : 1;
  }

  #playRecording(fromStart: boolean): void {
    const audio = this.#audioElement();
    const src = this.#recording;
    if (!audio || src === null) {
      this.#finishIdle();
      return;
    }
    const generation = ++this.#generation;
    const live = (): boolean => generation === this.#generation;
    const failed = (error: string): void => {
      if (!live()) return;
      this.failure = `recording: ${error}`;
      this.#fallBackToVoice();
    };
    audio.onplaying = () => {
      if (!live()) return;
      this.#clearStartTimer();
      this.speakingKind = 'recording';
      this.onActivity();
    };
    // Narration counts as activity for the idle timer all the way through, like a voice's boundaries.
    audio.ontimeupdate = () => {
      if (live()) this.onActivity();
    };
    audio.onended = () => {
      if (!live()) return;
      this.speakingKind = null;
      this.onActivity();
      this.#recording = null;
      this.#index = this.#queue.length;
      this.#advance();
    };
    audio.onerror = () => failed('the file could not be played');
    if (fromStart) audio.src = src;
    audio.volume = this.volume;
    audio.playbackRate = this.#recordingRate();
    this.source = 'recording';
    this.status = 'speaking';
    this.sentenceId = null;
    this.#clearStartTimer();
    this.#startTimer = setTimeout(() => {
      if (!live()) return;
      this.failure = 'no-start';
      this.stop();
    }, START_TIMEOUT_MS);
    audio.play().catch((error: unknown) => {
      // AbortError: our own pause()/stop() interrupted the start; anything else means it cannot play.
      if (error instanceof Error && error.name === 'AbortError') return;
      failed(error instanceof Error ? error.name : 'refused');
    });
  }

  /** The file would not play: the voice reads the card instead, where the language has one. */
  #fallBackToVoice(): void {
    this.#releaseAudio();
    const lang = this.#queue[0]?.lang;
    if (lang === undefined || !this.available(lang)) {
      this.#cancel();
      this.#finishIdle();
      return;
    }
    this.#index = 0;
    this.#speakCurrent();
  }

  #releaseAudio(): void {
    const audio = this.#audio;
    this.#recording = null;
    if (!audio) return;
    audio.onplaying = null;
    audio.ontimeupdate = null;
    audio.onended = null;
    audio.onerror = null;
    audio.pause();
    // Dropping the source frees the decoder and guarantees nothing more is heard.
    audio.removeAttribute('src');
    audio.load();
  }

  #voiceFor(lang: Locale): SpeechSynthesisVoice | null {
    const preferred = lang === 'en' ? this.settings.voice_en : this.settings.voice_es;
    return chooseVoice(this.voices, lang, preferred).voice;
  }

  #cancel(): void {
    this.#generation += 1;
    this.#clearStartTimer();
    if (this.#recording !== null) {
      this.#releaseAudio();
      return;
    }
    if (this.status !== 'idle') this.#synth?.cancel();
  }

  #clearStartTimer(): void {
    if (this.#startTimer !== null) clearTimeout(this.#startTimer);
    this.#startTimer = null;
  }

  #finishIdle(): void {
    this.#queue = [];
    this.#index = 0;
    this.#onFinished = null;
    this.#awaiting = null;
    this.status = 'idle';
    this.sentenceId = null;
    this.speakingKind = null;
    this.cardKey = null;
    this.path = false;
    this.source = null;
  }
}

export const speech = new SpeechState();
