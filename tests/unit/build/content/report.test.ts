import { describe, expect, it } from 'vitest';
import { formatIssueBlock, median, pageTable, summaryLine } from '../../../../build/content/report.ts';
import { compile, good } from './fixture.ts';

describe('content:check report', () => {
  it('computes medians', () => {
    expect(median([])).toBeNull();
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
  });

  it('keeps every table row within 110 columns, even with long ids', async () => {
    const { content } = await compile(good());
    for (const loc of Object.values(content.locales)) {
      const pages = loc.pages.map((p, i) =>
        i === 0 ? { ...p, id: 'a-very-long-page-id-that-will-not-fit' } : p,
      );
      const rows = pageTable(loc.locale, pages);
      expect(rows).toHaveLength(pages.length + 1);
      for (const r of rows) expect(r.length).toBeLessThanOrEqual(110);
    }
  });

  it('shows FK/SMOG/CL max and median for English and FH/INFLESZ min and median with the label for Spanish', async () => {
    const { content } = await compile(good());
    const en = pageTable('en', content.locales.en.pages);
    expect(en[0]).toMatch(
      /^loc page\s+cards words\s+FK max\/med SMOG max\/med\s+CL max\/med src checked\s+review due$/,
    );
    expect(en[3]).toMatch(
      /^en {2}mouth-sores\s+4\s+41\s+-?\d+\.\d\/-?\d+\.\d\s+\d+\.\d\/\d+\.\d\s+-?\d+\.\d\/-?\d+\.\d\s+1 2026-11-01 2027-11-01$/,
    );
    const es = pageTable('es', content.locales.es.pages);
    expect(es[0]).toContain('FH min/med');
    expect(es[0]).toContain('INFLESZ');
    expect(es[2]).toMatch(
      / (muy fácil|bastante fácil|normal|algo difícil|muy difícil)\s+1 2026-11-01 2027-11-01 reviewed$/,
    );
  });

  it('formats an issue as location + rule, message, and a Fix line', () => {
    expect(
      formatIssueBlock({
        severity: 'error',
        file: 'content/en/a.md',
        line: 3,
        column: 7,
        rule: 'r',
        message: 'M.',
        hint: 'H.',
      }),
    ).toBe('content/en/a.md:3:7  r\n    M.\n    Fix: H.');
  });

  it('summarises pages, cards, median and max grade', async () => {
    const { content } = await compile(good());
    const pages = [...content.locales.en.pages, ...content.locales.es.pages];
    expect(summaryLine(pages, 0, 2)).toMatch(
      /^10 pages, 20 cards, median grade -?\d+\.\d, max grade \d+\.\d \([a-z-]+#[a-z-]+\) \(FK\); 0 errors, 2 warnings\.$/,
    );
  });
});
