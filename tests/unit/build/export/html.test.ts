import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ExportContext, ExportLocale, ExportPage } from '../../../../build/export/html';
import { QUESTIONS_SCRIPT, blocksHtml, pageHtml } from '../../../../build/export/html';
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

  it('the questions page has the one inline script, allowed by its hash only', () => {
    const html = pageHtml(questions, local, ctx);
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    expect(scripts).toEqual([QUESTIONS_SCRIPT]);
    const hash = createHash('sha256').update(scripts[0]).digest('base64');
    expect(html).toContain(`script-src 'sha256-${hash}'`);
    expect(html).toContain('<a href="../es/questions.html" lang="es" hreflang="es">Español</a>');
    expect(html).toMatch(/<section id="my-questions"[^>]*hidden>/);
  });
});
