import { scryptSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashPin, isValidNewPin, isValidPin, verifyPin } from '../../../../electron/main/staff-pin';

// One hash shared by the tests below: each scrypt call costs ~0.1 s.
const stored = hashPin('246813');
const [, , , , salt, hash] = stored.split('$') as [string, string, string, string, string, string];

describe('hashPin / verifyPin', () => {
  it('writes scrypt$16384$8$1$salt$hash with a 16-byte salt and a 32-byte key', () => {
    expect(stored).toMatch(/^scrypt\$16384\$8\$1\$[A-Za-z0-9+/]+={0,2}\$[A-Za-z0-9+/]+={0,2}$/);
    expect(Buffer.from(salt, 'base64')).toHaveLength(16);
    expect(Buffer.from(hash, 'base64')).toHaveLength(32);
  });

  it('round-trips the right PIN', () => {
    expect(verifyPin('246813', stored)).toBe(true);
  });

  it('rejects a wrong PIN, including near misses', () => {
    expect(verifyPin('246814', stored)).toBe(false);
    expect(verifyPin('2468130', stored)).toBe(false);
    expect(verifyPin('', stored)).toBe(false);
  });

  it('salts every hash differently', () => {
    const again = hashPin('246813');
    expect(again).not.toBe(stored);
    expect(verifyPin('246813', again)).toBe(true);
  });

  it('only hashes 6 to 12 digits; attempts of 4 to 12 digits are still checked', () => {
    expect(() => hashPin('123')).toThrow(RangeError);
    expect(() => hashPin('1234')).toThrow(RangeError);
    expect(() => hashPin('12345')).toThrow(RangeError);
    expect(isValidNewPin('123456')).toBe(true);
    expect(isValidNewPin('12345')).toBe(false);
    expect(() => hashPin('1234567890123')).toThrow(RangeError);
    expect(() => hashPin('12a4')).toThrow(RangeError);
    expect(isValidPin('1234')).toBe(true);
    expect(isValidPin('123456789012')).toBe(true);
    expect(isValidPin(' 1234')).toBe(false);
  });

  it('a 4-digit hash made before the 6-digit rule still verifies', () => {
    const legacySalt = Buffer.from('0123456789abcdef');
    const key = scryptSync('2468', legacySalt, 32, { N: 16384, r: 8, p: 1 });
    const legacy = ['scrypt', 16384, 8, 1, legacySalt.toString('base64'), key.toString('base64')].join('$');
    expect(verifyPin('2468', legacy)).toBe(true);
    expect(verifyPin('2469', legacy)).toBe(false);
  });

  const swap = (index: number, value: string): string => {
    const parts = stored.split('$');
    parts[index] = value;
    return parts.join('$');
  };

  it.each([
    ['empty', ''],
    ['not scrypt', stored.replace(/^scrypt/, 'bcrypt')],
    ['too few parts', stored.split('$').slice(0, 5).join('$')],
    ['too many parts', `${stored}$x`],
    ['N not a power of two', swap(1, '16383')],
    ['N too small', swap(1, '512')],
    ['N above 2^20', swap(1, String(2 ** 21))],
    ['N huge', swap(1, '9999999999')],
    ['N with a sign', swap(1, '+16384')],
    ['r zero', swap(2, '0')],
    ['r absurd', swap(2, '1000')],
    ['p absurd', swap(3, '1000')],
    ['work over the memory cap', swap(1, String(2 ** 20))],
    ['salt not base64', swap(4, 'not*base64')],
    ['salt too short', swap(4, Buffer.alloc(4).toString('base64'))],
    ['hash too short', swap(5, Buffer.alloc(8).toString('base64'))],
    ['hash not canonical base64', swap(5, `${hash.slice(0, -1)}`)],
    ['very long', `scrypt$16384$8$1$${'A'.repeat(400)}$${hash}`],
  ])('returns false, without throwing, for a malformed hash: %s', (_name, bad) => {
    expect(verifyPin('2468', bad)).toBe(false);
  });

  it('returns false for values that are not strings at all', () => {
    expect(verifyPin('2468', null as unknown as string)).toBe(false);
    expect(verifyPin(1234 as unknown as string, stored)).toBe(false);
  });

  it('accepts other sane cost parameters that the stored value names', () => {
    // Hand-made with N=1024 r=8 p=1 so verify must read N/r/p from the string, not assume the defaults.
    const s = Buffer.from('0123456789abcdef');
    const h = scryptSync('9999', s, 32, { N: 1024, r: 8, p: 1 });
    const custom = `scrypt$1024$8$1$${s.toString('base64')}$${h.toString('base64')}`;
    expect(verifyPin('9999', custom)).toBe(true);
    expect(verifyPin('9998', custom)).toBe(false);
  });
});
