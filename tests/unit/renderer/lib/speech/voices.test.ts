import { describe, expect, it } from 'vitest';
import { chooseVoice, normalizeLang, speaksLocale } from '../../../../../renderer/lib/speech/voices';

const v = (name: string, lang: string, localService = true, isDefault = false) => ({
  name,
  lang,
  localService,
  default: isDefault,
});

describe('chooseVoice', () => {
  it('reads speech-dispatcher and SAPI language tags alike', () => {
    expect(normalizeLang('es_MX')).toBe('es-mx');
    expect(speaksLocale({ lang: 'en_GB' }, 'en')).toBe(true);
    expect(speaksLocale({ lang: 'eu' }, 'en')).toBe(false);
    expect(speaksLocale({ lang: 'es' }, 'es')).toBe(true);
  });

  it('takes only local voices of the language', () => {
    const voices = [v('Google US English', 'en-US', false), v('Jorge', 'es-ES'), v('Daniel', 'en-GB')];
    expect(chooseVoice(voices, 'en', null)).toEqual({ voice: voices[2], preferredMissing: false });
    expect(chooseVoice([v('Google US English', 'en-US', false)], 'en', null)).toEqual({
      voice: null,
      reason: 'no-local-voice',
    });
    expect(chooseVoice([], 'en', null)).toEqual({ voice: null, reason: 'no-voices' });
  });

  it('prefers the site voice by name, case and spaces aside', () => {
    const voices = [v('Microsoft Zira', 'en-US', true, true), v('Microsoft Aria', 'en-US')];
    expect(chooseVoice(voices, 'en', ' microsoft aria ').voice?.name).toBe('Microsoft Aria');
  });

  it('falls back when the named voice is missing, and says so', () => {
    const voices = [v('Microsoft Zira', 'en-US')];
    expect(chooseVoice(voices, 'en', 'Microsoft Aria')).toEqual({ voice: voices[0], preferredMissing: true });
  });

  it('never takes a voice of another language by name', () => {
    expect(chooseVoice([v('Sabina', 'es-MX')], 'en', 'Sabina')).toEqual({
      voice: null,
      reason: 'no-local-voice',
    });
  });

  it('orders regions US first, then the default voice', () => {
    const voices = [v('es-ES', 'es-ES', true, true), v('es-MX', 'es-MX'), v('es-US', 'es-US')];
    expect(chooseVoice(voices, 'es', null).voice?.name).toBe('es-US');
    const sameRegion = [v('A', 'en-US'), v('B', 'en-US', true, true)];
    expect(chooseVoice(sameRegion, 'en', null).voice?.name).toBe('B');
  });
});
