import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileContent } from '../../../../build/content/compile.ts';
import { ESSENTIALS_MAX_CARDS, ESSENTIALS_MAX_WORDS } from '../../../../build/content/paths.ts';
import { readTree } from '../../../../build/content/read-tree.ts';
import { STAGES } from '../../../../electron/shared/content-types.ts';
import { compile, good, put, TODAY } from './fixture.ts';

const CONTENT_DIR = fileURLToPath(new URL('../../../../content', import.meta.url));

describe('the real paths (content/paths.yaml)', async () => {
  const result = await compileContent(await readTree(CONTENT_DIR), { today: TODAY });
  const { paths, locales } = result.content;

  it('compile without path errors', () => {
    expect(result.errors.filter((e) => e.file.endsWith('paths.yaml'))).toEqual([]);
  });

  it('the essentials: at most 12 cards and 1,000 words in each language', () => {
    expect(paths.essentials.length).toBeGreaterThan(0);
    expect(paths.essentials.length).toBeLessThanOrEqual(ESSENTIALS_MAX_CARDS);
    for (const locale of ['en', 'es'] as const) {
      const pages = new Map(locales[locale].pages.map((p) => [p.id, p]));
      const words = paths.essentials.reduce(
        (n, ref) => n + (pages.get(ref.page)?.cards.find((c) => c.id === ref.card)?.words ?? NaN),
        0,
      );
      expect(words, locale).toBeLessThanOrEqual(ESSENTIALS_MAX_WORDS);
    }
  });

  it('every stage of treatment is offered, each path non-empty in both languages', () => {
    expect(paths.stages.map((s) => s.stage)).toEqual([...STAGES]);
    for (const { stage, steps } of paths.stages) {
      expect(steps.length, stage).toBeGreaterThan(0);
      for (const locale of ['en', 'es'] as const) {
        for (const step of steps) {
          const page = locales[locale].pages.find((p) => p.id === step.page);
          expect(
            page?.cards.some((c) => c.id === step.card),
            `${locale} ${stage} ${step.page}#${step.card}`,
          ).toBe(true);
        }
      }
    }
  });

  it('"Does this apply to me?" pages are outside the tour', () => {
    expect(paths.applies.length).toBeGreaterThan(0);
    for (const id of paths.applies) expect(locales.en.tour).not.toContain(id);
  });
});

describe('paths.yaml errors name the file, the line and a fix', () => {
  const withPaths = (text: string): ReturnType<typeof good> => put(good(), 'paths.yaml', text);

  it('a missing paths file means no paths, and no error', async () => {
    const r = await compile(good());
    expect(r.errors).toEqual([]);
    expect(r.content.paths).toEqual({ essentials: [], stages: [], applies: [], audienceFirst: {} });
  });

  it('compiles refs and builds a stage from the pages tagged with it', async () => {
    const r = await compile(
      withPaths('essentials: [marrow#where, mouth-sores#help]\nstages:\n  induction: [call-now#fever]\n'),
    );
    expect(r.errors).toEqual([]);
    expect(r.content.paths.essentials).toEqual([
      { page: 'marrow', card: 'where' },
      { page: 'mouth-sores', card: 'help' },
    ]);
    const induction = r.content.paths.stages.find((s) => s.stage === 'induction');
    expect(induction?.steps[0]).toEqual({ page: 'marrow', card: 'where' });
    expect(induction?.steps.at(-1)).toEqual({ page: 'call-now', card: 'fever' });
  });

  it.each([
    [
      'a card that does not exist',
      'essentials: [marrow#nope]\n',
      'path-ref-missing',
      1,
      /has no card \{#nope\}/,
    ],
    [
      'a page that does not exist',
      'essentials:\n  - marrow#where\n  - tumor-lysis#what\n',
      'path-ref-missing',
      3,
      /no page "tumor-lysis"/,
    ],
    ['not a ref', 'essentials: [marrow]\n', 'path-ref', 1, /not a card ref/],
    ['an unknown stage', 'stages:\n  relapse: [marrow#where]\n', 'schema-unknown-key', 2, /relapse/],
    ['an empty stage', 'stages:\n  maintenance: []\n', 'stage-path-empty', 2, /no cards in en/],
    [
      'an applies page that does not exist',
      'applies: [for-parents]\n',
      'path-page-missing',
      1,
      /for-parents/,
    ],
  ])('%s', async (_name, text, rule, line, message) => {
    const r = await compile(withPaths(text));
    const hit = r.errors.find((e) => e.rule === rule);
    expect(hit, JSON.stringify(r.errors)).toBeDefined();
    expect(hit?.file).toBe('content/paths.yaml');
    expect(hit?.line).toBe(line);
    expect(hit?.message).toMatch(message);
    expect(hit?.hint.length).toBeGreaterThan(10);
  });
});
