import { describe, expect, it } from 'vitest';
import { parseManifestPages, reviewsDue } from '../../../../electron/shared/review-dates';
import type { ManifestPage } from '../../../../electron/shared/review-dates';

const page = (id: string, reviewDue: string, locale = 'en'): ManifestPage => ({
  locale,
  id,
  title: id,
  reviewDue,
  file: `content/${locale}/${id}.md`,
});

describe('reviewsDue', () => {
  const pages = [
    page('later', '2027-06-01'),
    page('soon', '2027-01-15'),
    page('edge', '2027-01-30'),
    page('past', '2026-11-30'),
    page('today', '2026-12-01'),
    page('month', '2026-11'),
    page('broken', 'soon-ish'),
    page('past', '2026-11-30', 'es'),
  ];

  it('lists overdue pages first, then those due within 60 days, and leaves later ones out', () => {
    const due = reviewsDue(pages, '2026-12-01');
    expect(due.map((d) => `${d.locale}/${d.page}:${d.state}`)).toEqual([
      'en/month:overdue',
      'en/past:overdue',
      'es/past:overdue',
      'en/broken:overdue',
      'en/today:due-soon',
      'en/soon:due-soon',
      'en/edge:due-soon',
    ]);
  });

  it('honours a shorter window', () => {
    expect(reviewsDue(pages, '2026-12-01', 0).map((d) => d.page)).toEqual([
      'month',
      'past',
      'past',
      'broken',
      'today',
    ]);
  });

  it('is empty when every review lies beyond the window', () => {
    expect(reviewsDue([page('later', '2027-06-01')], '2026-12-01')).toEqual([]);
  });
});

describe('parseManifestPages', () => {
  it('reads the build manifest and refuses anything else', () => {
    const good = JSON.stringify({ schema: 1, content_sha256: 'x', pages: [page('a', '2027-01-01')] });
    expect(parseManifestPages(good)).toEqual([page('a', '2027-01-01')]);
    expect(parseManifestPages('not json')).toBeNull();
    expect(parseManifestPages('[]')).toBeNull();
    expect(parseManifestPages(JSON.stringify({ pages: [{ id: 1 }] }))).toBeNull();
  });
});
