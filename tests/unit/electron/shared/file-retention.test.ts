import { describe, expect, it } from 'vitest';
import { filesToPrune } from '../../../../electron/shared/file-retention';
import type { RetainedFile } from '../../../../electron/shared/file-retention';

const DAY = 86_400_000;
const NOW = Date.parse('2026-12-01T00:00:00Z');
const file = (group: string, ageDays: number, size = 10, ext = 'dmp'): RetainedFile => ({
  path: `/d/${group}.${ext}`,
  group,
  mtimeMs: NOW - ageDays * DAY,
  size,
});

describe('filesToPrune', () => {
  it('removes groups past the age limit, with all their files', () => {
    const files = [file('a', 1), file('b', 40), file('b', 40, 1, 'meta'), file('c', 31)];
    expect(filesToPrune(files, NOW, { maxAgeDays: 30, maxGroups: 0 })).toEqual([
      '/d/b.dmp',
      '/d/b.meta',
      '/d/c.dmp',
    ]);
  });

  it('keeps the newest N groups', () => {
    const files = [file('a', 1), file('b', 2), file('c', 3), file('d', 4)];
    expect(filesToPrune(files, NOW, { maxAgeDays: 0, maxGroups: 2 })).toEqual(['/d/d.dmp', '/d/c.dmp']);
  });

  it('keeps the newest groups within the byte budget', () => {
    const files = [file('a', 1, 60), file('b', 2, 30), file('c', 3, 30)];
    expect(filesToPrune(files, NOW, { maxAgeDays: 0, maxGroups: 0, maxBytes: 100 })).toEqual(['/d/c.dmp']);
  });

  it('always keeps the newest group, however old or big', () => {
    expect(
      filesToPrune([file('a', 400, 10_000)], NOW, { maxAgeDays: 30, maxGroups: 1, maxBytes: 1 }),
    ).toEqual([]);
  });

  it('prunes nothing when within every limit', () => {
    expect(filesToPrune([file('a', 1), file('b', 2)], NOW, { maxAgeDays: 30, maxGroups: 10 })).toEqual([]);
  });
});
