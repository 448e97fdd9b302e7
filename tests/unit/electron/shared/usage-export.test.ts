import { describe, expect, it } from 'vitest';
import {
  exportFileName,
  isAnyExportFile,
  isExportFolder,
  isOwnExportFile,
} from '../../../../electron/shared/usage-export';

describe('daily export names', () => {
  it('puts the kiosk id in the name when there is one', () => {
    expect(exportFileName(null, '2026-12-01')).toBe('usage-2026-12-01.csv');
    expect(exportFileName('lobby-2', '2026-12-01')).toBe('usage-lobby-2-2026-12-01.csv');
  });

  it('counts as its own only the files of its own kiosk id', () => {
    expect(isOwnExportFile('usage-lobby-2-2026-12-01.csv', 'lobby-2')).toBe(true);
    expect(isOwnExportFile('usage-lobby-20-2026-12-01.csv', 'lobby-2')).toBe(false);
    expect(isOwnExportFile('usage-2026-12-01.csv', 'lobby-2')).toBe(false);
    expect(isOwnExportFile('usage-lobby-2-2026-12-01.csv', null)).toBe(false);
    expect(isOwnExportFile('usage-2026-12-01.csv', null)).toBe(true);
    // A "." in an id is a literal dot, not "any character".
    expect(isOwnExportFile('usage-aXb-2026-12-01.csv', 'a.b')).toBe(false);
    expect(isOwnExportFile('usage-a.b-2026-12-01.csv', 'a.b')).toBe(true);
    expect(isOwnExportFile('usage-lobby-2-2026-12-01.csv.bak', 'lobby-2')).toBe(false);
  });

  it('recognises any kiosk id in the data folder, and nothing else', () => {
    expect(isAnyExportFile('usage-2026-12-01.csv')).toBe(true);
    expect(isAnyExportFile('usage-ward.3_b-2026-12-01.csv')).toBe(true);
    expect(isAnyExportFile('usage-counts.json')).toBe(false);
    expect(isAnyExportFile('usage-export-2026-12-01.csv')).toBe(true);
    expect(isAnyExportFile('notes-2026-12-01.csv')).toBe(false);
  });
});

describe('usage_export_folder values', () => {
  it.each([
    ['D:\\usage', true],
    ['C:/ProgramData/kiosk usage', true],
    ['\\\\server\\kiosks\\ward-3', true],
    ['/srv/kiosk-usage', true],
    ['usage', false],
    ['.\\usage', false],
    ['D:usage', false],
    ['\\\\server', false],
    ['//server/share', false],
    ['/srv/../etc', false],
    ['D:\\usage\\..\\Windows', false],
    ['/srv/usage\u0000x', false],
    ['', false],
    [`/${'a'.repeat(200)}`, false],
  ])('%j → %s', (value, ok) => {
    expect(isExportFolder(value)).toBe(ok);
  });
});
