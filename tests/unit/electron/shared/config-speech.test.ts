import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../../../electron/shared/config-schema';
import { checkConfigSource, validateConfig } from '../../../../electron/shared/config-validate';

describe('the speech key', () => {
  it('defaults to read-aloud on, no preferred voice, normal rate', () => {
    expect(validateConfig({}).config.speech).toEqual({
      enabled: true,
      voice_en: null,
      voice_es: null,
      rate: 1,
    });
  });

  it('fills the fields a site leaves out', () => {
    const { config, warnings } = validateConfig({ speech: { voice_es: '  Microsoft Sabina ' } });
    expect(warnings).toEqual([]);
    expect(config.speech).toEqual({ enabled: true, voice_en: null, voice_es: 'Microsoft Sabina', rate: 1 });
  });

  it.each([
    [{ rate: 3 }, 'speech.rate is 3'],
    [{ rate: '0.8' }, 'speech.rate is "0.8"'],
    [{ enabled: 'yes' }, 'speech.enabled is "yes"'],
    [{ voice_en: '<script>' }, 'speech.voice_en is "<script>"'],
    [{ voice_en: '' }, 'speech.voice_en is ""'],
    [{ volume: 1 }, 'speech'],
  ])('a bad field (%j) keeps the whole key on its default, with one warning naming it', (speech, named) => {
    const { config, warnings } = validateConfig({ speech, idle_seconds: 60 });
    expect(config.speech).toEqual(DEFAULT_CONFIG.speech);
    expect(config.idle_seconds).toBe(60);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.key).toBe('speech');
    expect(warnings[0]?.message).toContain(named);
    expect(warnings[0]?.message).toContain('Read-aloud stays on with the default voice and rate.');
  });

  it('is not a list or a word', () => {
    for (const speech of [true, 'on', [], null]) {
      const { config, warnings } = validateConfig({ speech });
      expect(config.speech).toEqual(DEFAULT_CONFIG.speech);
      expect(warnings.map((w) => w.key)).toEqual(['speech']);
    }
  });

  it('names the line of a bad value for --check-config', () => {
    const text = '{\n  "idle_seconds": 60,\n  "speech": { "rate": 9 }\n}\n';
    const { problems } = checkConfigSource({ kind: 'text', text });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ key: 'speech', line: 3, column: 13 });
    expect(problems[0]?.fix).toContain('"rate" (a number from 0.5 to 1.5)');
  });
});
