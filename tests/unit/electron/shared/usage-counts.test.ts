import { describe, expect, it } from 'vitest';
import type { DayCounts } from '../../../../electron/shared/usage-counts';
import { isUsageEvent } from '../../../../electron/shared/ipc-contract';
import {
  activeNotice,
  addDays,
  applyEvent,
  buildSummary,
  cloneDay,
  countPrint,
  csvField,
  emptyDay,
  isDay,
  isDayCounts,
  localDay,
  MAX_DAYS,
  MAX_PAGE_IDS_PER_DAY,
  parseUsageFile,
  pruneDays,
  usageCsv,
} from '../../../../electron/shared/usage-counts';

function day(date: string, sessions = 1): DayCounts {
  return { ...emptyDay(date), sessions };
}

/** `count` consecutive days ending `last`, oldest first. */
function run(last: string, count: number): DayCounts[] {
  return Array.from({ length: count }, (_, i) => day(addDays(last, i - count + 1)));
}

describe('days', () => {
  it('uses the local calendar date', () => {
    expect(localDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(localDay(new Date(2026, 11, 31, 0, 0))).toBe('2026-12-31');
  });

  it('adds days across months, leap years and years', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addDays('2026-11-27', -399)).toBe('2025-10-24');
  });

  it('accepts only real dates', () => {
    expect(isDay('2026-02-28')).toBe(true);
    expect(isDay('2026-02-30')).toBe(false);
    expect(isDay('2026-2-3')).toBe(false);
    expect(isDay('2026-02-03T00:00')).toBe(false);
    expect(isDay(20260203)).toBe(false);
  });
});

describe('applyEvent', () => {
  it('counts every kind of event', () => {
    const counts = emptyDay('2026-11-27');
    applyEvent(counts, { type: 'visit:start' });
    applyEvent(counts, { type: 'visit:start' });
    applyEvent(counts, { type: 'tour:finish' });
    applyEvent(counts, { type: 'page:view', pageId: 'fever' });
    applyEvent(counts, { type: 'page:view', pageId: 'fever' });
    applyEvent(counts, { type: 'page:view', pageId: 'mouth-care' });
    applyEvent(counts, { type: 'locale', locale: 'es' });
    applyEvent(counts, { type: 'text-size', step: 150 });
    applyEvent(counts, { type: 'visit:end', bucket: '3-10m' });
    applyEvent(counts, { type: 'path:start', path: 'essentials' });
    applyEvent(counts, { type: 'path:start', path: 'essentials' });
    applyEvent(counts, { type: 'path:start', path: 'maintenance' });
    applyEvent(counts, { type: 'audience', audience: 'child' });
    expect(counts).toEqual({
      day: '2026-11-27',
      sessions: 2,
      toursFinished: 1,
      pageViews: { fever: 2, 'mouth-care': 1 },
      locales: { es: 1 },
      textSizes: { '150': 1 },
      sessionLengths: { '3-10m': 1 },
      paths: { essentials: 2, maintenance: 1 },
      audiences: { child: 1 },
    });
  });

  it('never confuses a page id with an Object.prototype member', () => {
    const counts = emptyDay('2026-11-27');
    applyEvent(counts, { type: 'page:view', pageId: 'constructor' });
    applyEvent(counts, { type: 'page:view', pageId: 'to-string' });
    expect(counts.pageViews).toEqual({ constructor: 1, 'to-string': 1 });
    expect(usageCsv([counts])).toContain(
      '\r\n2026-11-27,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1\r\n',
    );
  });

  it(`caps distinct page ids per day at ${MAX_PAGE_IDS_PER_DAY}, still counting known ones`, () => {
    const counts = emptyDay('2026-11-27');
    for (let i = 0; i < MAX_PAGE_IDS_PER_DAY; i += 1) {
      expect(applyEvent(counts, { type: 'page:view', pageId: `p${i}` })).toBe('counted');
    }
    expect(applyEvent(counts, { type: 'page:view', pageId: 'one-too-many' })).toBe('page-cap');
    expect(applyEvent(counts, { type: 'page:view', pageId: 'p0' })).toBe('counted');
    expect(Object.keys(counts.pageViews)).toHaveLength(MAX_PAGE_IDS_PER_DAY);
    expect(counts.pageViews.p0).toBe(2);
  });
});

describe('parseUsageFile', () => {
  const good = { version: 1, days: [day('2026-11-26'), day('2026-11-25', 3)] };

  it('reads a good file, oldest day first', () => {
    const parsed = parseUsageFile(JSON.stringify(good));
    expect(parsed).toEqual({
      ok: true,
      days: [day('2026-11-25', 3), day('2026-11-26')],
      notice: null,
      droppedDays: 0,
    });
  });

  it('reads a day stored before paths and audiences were counted as zero of each', () => {
    const { paths: _paths, audiences: _audiences, ...older } = day('2026-11-26', 2);
    const parsed = parseUsageFile(JSON.stringify({ version: 1, days: [older] }));
    expect(parsed).toEqual({ ok: true, days: [day('2026-11-26', 2)], notice: null, droppedDays: 0 });
  });

  it('drops a day with an unknown path or audience', () => {
    const bad = [
      { ...day('2026-11-20'), paths: { shortcut: 1 } },
      { ...day('2026-11-21'), audiences: { me: 1 } },
      { ...day('2026-11-22'), paths: { essentials: -1 } },
    ];
    const parsed = parseUsageFile(JSON.stringify({ version: 1, days: [...bad, day('2026-11-23')] }));
    expect(parsed).toMatchObject({ ok: true, days: [day('2026-11-23')], droppedDays: 3 });
  });

  it.each([
    ['empty', ''],
    ['whitespace', ' \n'],
    ['bad JSON', '{"version":1,"days":['],
    ['binary garbage', '\u0000\u00ff\u0001PK\u0003\u0004'],
    ['an array', '[]'],
    ['null', 'null'],
    ['wrong version', JSON.stringify({ version: 2, days: [] })],
    ['no days', JSON.stringify({ version: 1 })],
    ['days not a list', JSON.stringify({ version: 1, days: {} })],
  ])('refuses a corrupt file: %s', (_name, text) => {
    expect(parseUsageFile(text).ok).toBe(false);
  });

  it('drops bad or duplicate day entries and keeps the rest', () => {
    const bad = [
      { ...day('2026-11-20'), sessions: -1 },
      { ...day('2026-11-21'), sessions: 1.5 },
      { ...day('2026-11-22'), pageViews: { 'Bad Id': 1 } },
      { ...day('2026-11-23'), locales: { fr: 1 } },
      { ...day('2026-11-24'), textSizes: { '175': 1 } },
      { ...day('2026-11-19'), sessionLengths: { forever: 1 } },
      { ...day('2026-11-18'), extra: true },
      { day: '2026-11-17', sessions: 1 },
      { ...day('2026-02-30') },
      'not a day',
      day('2026-11-26', 9),
    ];
    const parsed = parseUsageFile(JSON.stringify({ version: 1, days: [...good.days, ...bad] }));
    expect(parsed).toMatchObject({
      ok: true,
      droppedDays: bad.length,
      days: [
        { day: '2026-11-25', sessions: 3 },
        { day: '2026-11-26', sessions: 1 },
      ],
    });
  });

  it.each([
    ['[]', 'the file does not hold a JSON object'],
    ['"text"', 'the file does not hold a JSON object'],
    [JSON.stringify({ days: [] }), 'the file has an unknown version'],
    [JSON.stringify({ version: 1, days: 'x' }), 'the file has no list of days'],
  ])('says why it refuses %s', (text, reason) => {
    expect(parseUsageFile(text)).toEqual({ ok: false, reason });
  });

  it('keeps page ids named like Object.prototype members, and refuses a list where counts belong', () => {
    const counts = { ...day('2026-11-26'), pageViews: { constructor: 2, 'to-string': 1 } };
    const listed = { ...day('2026-11-25'), locales: [] };
    expect(parseUsageFile(JSON.stringify({ version: 1, days: [counts, listed] }))).toEqual({
      ok: true,
      days: [counts],
      notice: null,
      droppedDays: 1,
    });
  });

  it('keeps a stored notice, and ignores a malformed one', () => {
    const notice = { day: '2026-11-20', text: 'Something happened.' };
    expect(parseUsageFile(JSON.stringify({ ...good, notice }))).toMatchObject({ ok: true, notice });
    expect(parseUsageFile(JSON.stringify({ ...good, notice: 'x' }))).toMatchObject({
      ok: true,
      notice: null,
    });
  });

  it('accepts what isDayCounts accepts', () => {
    expect(isDayCounts(day('2026-11-26'))).toBe(true);
    expect(isDayCounts({ ...day('2026-11-26'), pageViews: { fever: Number.MAX_SAFE_INTEGER + 1 } })).toBe(
      false,
    );
  });
});

describe('pruneDays', () => {
  it(`keeps exactly the ${MAX_DAYS}-day window ending today`, () => {
    const days = run('2026-11-27', 450);
    const kept = pruneDays(days, '2026-11-27');
    expect(kept).toHaveLength(MAX_DAYS);
    expect(kept[0]?.day).toBe(addDays('2026-11-27', -(MAX_DAYS - 1)));
    expect(kept.at(-1)?.day).toBe('2026-11-27');
  });

  it('keeps sparse old days inside the window and drops those outside', () => {
    const days = [day('2024-01-01'), day('2025-10-24'), day('2025-10-23'), day('2026-11-27')];
    expect(pruneDays(days, '2026-11-27').map((d) => d.day)).toEqual(['2025-10-24', '2026-11-27']);
  });

  it(`never keeps more than ${MAX_DAYS} entries, even with future days from a wrong clock`, () => {
    const days = run('2027-06-01', 500);
    const kept = pruneDays(days, '2026-11-27');
    expect(kept).toHaveLength(MAX_DAYS);
    expect(kept.at(-1)?.day).toBe('2027-06-01');
  });
});

describe('buildSummary', () => {
  it('returns the days with counts among the last 30, newest last', () => {
    const days = [...run('2026-11-27', 40)].reverse();
    const summary = buildSummary(days, '2026-11-27', true, null);
    expect(summary.enabled).toBe(true);
    expect(summary.notice).toBeNull();
    expect(summary.days).toHaveLength(30);
    expect(summary.days[0]?.day).toBe('2026-10-29');
    expect(summary.days.at(-1)?.day).toBe('2026-11-27');
  });

  it('leaves out future days and returns copies', () => {
    const days = [day('2026-11-01'), day('2026-12-01')];
    const summary = buildSummary(days, '2026-11-27', true, 'note');
    expect(summary.days.map((d) => d.day)).toEqual(['2026-11-01']);
    expect(summary.notice).toBe('note');
    summary.days[0].pageViews.x = 5;
    expect(days[0]?.pageViews).toEqual({});
  });

  it('shows a stored notice for 30 days', () => {
    const notice = { day: '2026-11-01', text: 'Moved aside.' };
    expect(activeNotice(notice, '2026-11-01')).toBe('Moved aside.');
    expect(activeNotice(notice, '2026-11-30')).toBe('Moved aside.');
    expect(activeNotice(notice, '2026-12-01')).toBeNull();
    expect(activeNotice(null, '2026-12-01')).toBeNull();
  });
});

describe('CSV', () => {
  it('quotes per RFC 4180 and defuses formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField(12)).toBe('12');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(' padded ')).toBe('" padded "');
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('@sum')).toBe("'@sum");
  });

  it('writes one row per day with a header and a column per page id', () => {
    const a = emptyDay('2026-11-26');
    const b = emptyDay('2026-11-27');
    applyEvent(a, { type: 'visit:start' });
    applyEvent(a, { type: 'page:view', pageId: 'fever' });
    applyEvent(a, { type: 'locale', locale: 'en' });
    applyEvent(a, { type: 'visit:end', bucket: '<1m' });
    applyEvent(b, { type: 'visit:start' });
    applyEvent(b, { type: 'visit:start' });
    applyEvent(b, { type: 'tour:finish' });
    applyEvent(b, { type: 'page:view', pageId: 'blood-counts' });
    applyEvent(b, { type: 'page:view', pageId: 'blood-counts' });
    applyEvent(b, { type: 'locale', locale: 'es' });
    applyEvent(b, { type: 'text-size', step: 200 });
    applyEvent(b, { type: 'visit:end', bucket: '30m+' });
    applyEvent(b, { type: 'path:start', path: 'essentials' });
    applyEvent(b, { type: 'audience', audience: 'carer' });
    expect(usageCsv([b, a]).split('\r\n')).toEqual([
      'date,visits started,tours finished,language en,language es,text size 100%,text size 125%,' +
        'text size 150%,text size 200%,visits under 1 min,visits 1-3 min,visits 3-10 min,visits 10-30 min,' +
        'visits 30+ min,path essentials,path guide,path diagnosis,path induction,path consolidation,' +
        'path maintenance,path transplant,path after-treatment,for me,for my child,for someone I care for,' +
        'take-home QR shown,prints,views blood-counts,views fever',
      '2026-11-26,1,0,1,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1',
      '2026-11-27,2,1,0,1,0,0,0,1,0,0,0,0,1,1,0,0,0,0,0,0,0,0,0,1,0,0,2,0',
      '',
    ]);
  });

  it('has only a header for no days', () => {
    expect(usageCsv([])).toMatch(/^date,[^\r\n]*\r\n$/);
  });
});

describe('usageCsv with site and kiosk ids', () => {
  it('every row starts with the ids when the config names them; unchanged otherwise', () => {
    const day = emptyDay('2026-11-27');
    day.sessions = 2;
    const named = usageCsv([day], { siteId: 'north', kioskId: 'lobby-2' }).split('\r\n');
    expect(named[0]).toMatch(/^site id,kiosk id,date,visits started,/);
    expect(named[1]).toMatch(/^north,lobby-2,2026-11-27,2,/);
    expect(usageCsv([day], { siteId: null, kioskId: null })).toBe(usageCsv([day]));
    expect(usageCsv([day], { siteId: null, kioskId: 'k1' }).split('\r\n')[1]).toMatch(/^,k1,2026-11-27,/);
  });
});

describe('take-home counts', () => {
  it('counts QR codes shown and prints per day, and nothing about what was shown or printed', () => {
    const counts = emptyDay('2026-12-02');
    applyEvent(counts, { type: 'take-home:qr' });
    applyEvent(counts, { type: 'take-home:qr' });
    countPrint(counts);
    expect(counts.qrShown).toBe(2);
    expect(counts.prints).toBe(1);
    expect(Object.keys(counts).sort()).toEqual(
      [...Object.keys(emptyDay('2026-12-02')), 'prints', 'qrShown'].sort(),
    );
    expect(usageCsv([counts]).split('\r\n')[1]).toBe(
      '2026-12-02,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,1',
    );
  });

  it('reads days stored before these counts existed, and days with them', () => {
    const old = emptyDay('2026-11-30');
    const fresh = { ...emptyDay('2026-12-01'), qrShown: 3, prints: 1 };
    const parsed = parseUsageFile(JSON.stringify({ version: 1, days: [old, fresh] }));
    expect(parsed).toMatchObject({ ok: true, droppedDays: 0 });
    expect(parsed.ok && parsed.days[1]).toEqual(fresh);
    expect(parsed.ok && cloneDay(parsed.days[1])).toEqual(fresh);
  });

  it('drops a stored day with a bad take-home count', () => {
    const bad = { ...emptyDay('2026-12-01'), prints: -1 };
    expect(isDayCounts(bad)).toBe(false);
    expect(isDayCounts({ ...emptyDay('2026-12-01'), qrShown: 'many' })).toBe(false);
  });

  it('accepts the QR event only without extra fields', () => {
    expect(isUsageEvent({ type: 'take-home:qr' })).toBe(true);
    expect(isUsageEvent({ type: 'take-home:qr', pageId: 'fever' })).toBe(false);
    expect(isUsageEvent({ type: 'take-home:print' })).toBe(false);
  });
});
