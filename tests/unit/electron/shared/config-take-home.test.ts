import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, isTakeHomeBase } from '../../../../electron/shared/config-schema';
import { validateConfig } from '../../../../electron/shared/config-validate';

describe('take_home_base_url', () => {
  it('is off (null) by default', () => {
    expect(DEFAULT_CONFIG.take_home_base_url).toBeNull();
    expect(DEFAULT_CONFIG.printer).toEqual({ enabled: false, device_name: 'default' });
  });

  it.each([
    'https://www.example-hospital.org',
    'https://www.example-hospital.org/',
    'https://portal.example.org/patients/all-guide',
    'https://example.org:8443/guide/',
  ])('accepts %s', (url) => {
    const { config, warnings } = validateConfig({ take_home_base_url: url });
    expect(warnings).toEqual([]);
    expect(config.take_home_base_url).toBe(url);
  });

  it.each([
    ['http (not https)', 'http://www.example-hospital.org/guide'],
    ['a file URL', 'file:///srv/guide'],
    ['a javascript URL', 'javascript:alert(1)'],
    ['credentials', 'https://user:pw@example.org/guide'],
    ['a query', 'https://example.org/guide?x=1'],
    ['a fragment', 'https://example.org/guide#top'],
    ['no host', 'https:///guide'],
    ['a bare word', 'guide'],
    ['a number', 42],
    ['too long', `https://example.org/${'a'.repeat(200)}`],
  ])('refuses %s with a warning and keeps the QR off', (_why, url) => {
    const { config, warnings } = validateConfig({ take_home_base_url: url });
    expect(config.take_home_base_url).toBeNull();
    expect(warnings).toHaveLength(1);
    expect(warnings[0].key).toBe('take_home_base_url');
    expect(warnings[0].message).toMatch(/https address.*Showing no take-home QR code\./);
  });

  it('a bad take_home_base_url leaves the other keys alone', () => {
    const { config } = validateConfig({ take_home_base_url: 'http://x.org', idle_seconds: 300 });
    expect(config.idle_seconds).toBe(300);
  });

  it('isTakeHomeBase is the same rule', () => {
    expect(isTakeHomeBase('https://a.org/x')).toBe(true);
    expect(isTakeHomeBase('HTTPS://A.ORG/x')).toBe(true);
    expect(isTakeHomeBase('ftp://a.org')).toBe(false);
  });
});

describe('printer', () => {
  it('takes a printer name as the operating system writes it', () => {
    const printer = { enabled: true, device_name: '\\\\print-server\\Lobby HP' };
    const { config, warnings } = validateConfig({ printer });
    expect(warnings).toEqual([]);
    expect(config.printer).toEqual(printer);
  });

  it.each([
    ['no name', { enabled: true }],
    ['an empty name', { enabled: true, device_name: '  ' }],
    ['a control character', { enabled: true, device_name: 'HP\nLaserJet' }],
    ['enabled as text', { enabled: 'yes', device_name: 'HP' }],
    ['an unknown field', { enabled: true, device_name: 'HP', copies: 3 }],
    ['a bare boolean', true],
  ])('refuses %s: printing stays off, with a warning', (_why, printer) => {
    const { config, warnings } = validateConfig({ printer });
    expect(config.printer.enabled).toBe(false);
    expect(warnings.map((w) => w.key)).toEqual(['printer']);
    expect(warnings[0].message).toMatch(/Printing stays off\./);
  });
});
