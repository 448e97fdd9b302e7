import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ExportContext, ExportLocale, ExportPage } from '../../../../build/export/html';
import {
  QUESTIONS_SCRIPT,
  blocksHtml,
  pageHtml,
  pictureHtml,
  pictureLayoutCss,
} from '../../../../build/export/html';
import type { PictureAsset } from '../../../../electron/shared/picture-types';
import { scriptHash } from '../../../../build/export/site';

const ctx: ExportContext = {
  locale: 'en',
  slots: {
    fever_f: '100.4 °F',
    fever_c: '38 °C',
    care_team_phone: '555-0100 <x22>',
    after_hours_phone: '555-0199',
  },
  otherLocale: { locale: 'es', pageIds: new Set(['questions']) },
  scriptHash: scriptHash(),
};

const base = {
  locale: 'en' as const,
  shortTitle: 'Q',
  icon: 'question' as const,
  phases: [],
  sources: [
    {
      publisher: 'ACS',
      title: 'Chemo & you',
      url: 'https://www.cancer.org/x',
      date: '2024-01-02',
      lang: null,
      qrSvg: '',
    },
    {
      publisher: 'NCI',
      title: 'La quimioterapia',
      url: 'https://www.cancer.gov/espanol/x',
      date: '2024-01',
      lang: 'es' as const,
      qrSvg: '',
    },
  ],
  factsChecked: '2026-11-27',
  reviewDue: '2027-11-27',
  newSince2014: [],
  translation: null,
  clinicalReview: null,
  file: 'content/en/q.md',
};

const questions: ExportPage = {
  ...base,
  id: 'questions',
  title: 'Questions to ask',
  kind: 'questions',
  cards: [
    {
      id: 'treatment',
      heading: 'About your treatment',
      body: [
        {
          type: 'list',
          ordered: false,
          items: [
            {
              type: 'list-item',
              children: [
                {
                  type: 'sentence',
                  id: 'treatment.1',
                  children: [
                    { type: 'text', value: 'What type of ' },
                    { type: 'term', term: 'all', text: 'ALL' },
                    { type: 'text', value: ' do I have?' },
                  ],
                },
              ],
            },
          ],
        },
        {
          type: 'paragraph',
          children: [
            {
              type: 'sentence',
              id: 'treatment.2',
              children: [
                { type: 'text', value: 'Call ' },
                { type: 'slot', name: 'care_team_phone' },
                { type: 'text', value: ' or see ' },
                { type: 'page-link', page: 'call-now', card: 'fever', text: 'when to call' },
                { type: 'text', value: '. <script>alert(1)</script>' },
              ],
            },
          ],
        },
      ],
    },
  ],
};
const other: ExportPage = { ...questions, id: 'steroids', title: 'Steroids', kind: 'reference' };
const local: ExportLocale = {
  locale: 'en',
  pages: [questions, other],
  tour: [],
  glossary: [],
  slotDefaults: { care_team_phone: 'your team', after_hours_phone: 'after hours' },
  pronunciations: [],
  pictureLabels: {},
  recordings: {},
  staleRecordings: [],
};

describe('export HTML', () => {
  it('walks the tree: terms and page links become links, slots the site values, text is escaped', () => {
    const html = blocksHtml(questions.cards[0].body, ctx, true);
    expect(html).toContain(
      '<li id="q-treatment.1">What type of <a class="term" href="glossary.html#term-all">ALL</a> do I have?</li>',
    );
    expect(html).toContain('<strong class="slot">555-0100 &lt;x22&gt;</strong>');
    expect(html).toContain('<a href="call-now.html#fever">when to call</a>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>');
  });

  it('other pages carry no script and a CSP that forbids any', () => {
    const html = pageHtml(other, local, ctx);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain("script-src 'none'");
    expect(html).toContain('Facts checked November 27, 2026. Next check due November 27, 2027.');
    expect(html).toContain('<a href="../es/steroids.html"'.replace('steroids', 'index'));
  });

  it('names a source in another language than the page, and only that one', () => {
    const html = pageHtml(questions, local, ctx);
    expect(html).toContain('>La quimioterapia</a> (in Spanish) (Updated');
    expect(html).toContain('>Chemo &amp; you</a> (Updated');
  });

  it('the questions page has the one inline script, allowed by its hash only', () => {
    const html = pageHtml(questions, local, ctx);
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    expect(scripts).toEqual([QUESTIONS_SCRIPT]);
    const hash = createHash('sha256').update(scripts[0]).digest('base64');
    expect(html).toContain(`script-src 'sha256-${hash}'`);
    expect(html).toContain('<a href="../es/questions.html" lang="es" hreflang="es">Español</a>');
    expect(html).toMatch(/<section id="my-questions"[^>]*hidden>/);
  });

  it('a picture carries its labels as live text in the page language, with the site values filled in', () => {
    const asset: PictureAsset = {
      id: 'thermo',
      viewBox: '0 0 100 50',
      aspect: 2,
      children: [],
      anchors: [
        { id: 'threshold', x: 60, y: 25.123, side: 'right' },
        { id: 'tip', x: 10, y: 90, side: 'left' },
      ],
      bytes: 0,
      gzipBytes: 0,
    };
    const html = pictureHtml('thermo', 'A "thermometer"', {
      ...ctx,
      pictures: { thermo: asset },
      pictureLabels: {
        thermo: {
          threshold: [
            { type: 'slot', name: 'fever_f' },
            { type: 'text', value: ' or <higher>' },
          ],
        },
      },
    });
    expect(html).toBe(
      '<figure class="picture" data-picture="thermo"><img class="picture-img" src="../pictures/thermo.svg" alt="A &quot;thermometer&quot;">' +
        '<ul class="picture-labels"><li class="picture-label side-right" data-label="threshold">100.4 °F or &lt;higher&gt;</li></ul></figure>',
    );
    const css = pictureLayoutCss({ thermo: asset, 'bad"id': { ...asset, id: 'bad"id' } });
    expect(css).toContain(".picture[data-picture='thermo']{--aspect:2}");
    expect(css).toContain(
      ".picture[data-picture='thermo'] [data-label='threshold']{left:60%;top:25.12%;--room:40%}",
    );
    expect(css).toContain("[data-label='tip']{left:10%;top:90%;--room:10%}");
    expect(css).not.toContain('bad');
  });

  it('a picture without label points is a figure with only its image', () => {
    expect(pictureHtml('x', 'Alt', ctx)).toBe(
      '<figure class="picture" data-picture="x"><img class="picture-img" src="../pictures/x.svg" alt="Alt"></figure>',
    );
  });
});
