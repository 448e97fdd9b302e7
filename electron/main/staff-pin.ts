// The staff PIN is never stored, only a salted scrypt hash of it (config key `staff_pin_hash`), written as
// `scrypt$N$r$p$saltBase64$hashBase64`. verifyPin reads N/r/p back from that string but refuses values
// that would make one check take seconds or gigabytes, so a hostile or mistyped config cannot hang the kiosk.
import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';

/** Cost parameters for new hashes: about 16 MiB and tens of milliseconds per check. */
const SCRYPT_N = 16384;
const SCRYPT_R = 8;
const SCRYPT_P = 1;
const SCRYPT_KEYLEN = 32;
const SALT_BYTES = 16;

/** Limits for stored hashes (verify refuses anything outside them without computing). */
const MIN_LOG2_N = 10;
const MAX_LOG2_N = 20;
const MAX_R = 32;
const MAX_P = 16;
/** scrypt costs about 128·N·r bytes of memory, times p in time; 4× the default's 16 MiB at most. */
const MAX_MEMORY = 64 * 1024 * 1024;
const MIN_SALT_BYTES = 8;
const MIN_KEYLEN = 16;
const MAX_BYTES = 64;

const PIN = /^[0-9]{4,12}$/;
// New PINs: at least 6 digits (a million guesses, against 10,000); 4 and 5 digit hashes made earlier still verify.
const NEW_PIN = /^[0-9]{6,12}$/;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const INTEGER = /^[1-9][0-9]{0,9}$/;

/** True for 4 to 12 digits, nothing else (the same rule as PinAttemptSchema in the IPC contract). */
export function isValidPin(pin: string): boolean {
  return PIN.test(pin);
}

/** True for 6 to 12 digits: the rule for a PIN being set now. */
export function isValidNewPin(pin: string): boolean {
  return NEW_PIN.test(pin);
}

/** A new salted hash of `pin`. Throws a RangeError for a PIN that is not 6 to 12 digits. */
export function hashPin(pin: string): string {
  if (!isValidNewPin(pin)) throw new RangeError('The PIN must be 6 to 12 digits (0-9).');
  const salt = randomBytes(SALT_BYTES);
  const hash = scryptSync(pin, salt, SCRYPT_KEYLEN, { N: SCRYPT_N, r: SCRYPT_R, p: SCRYPT_P });
  return ['scrypt', SCRYPT_N, SCRYPT_R, SCRYPT_P, salt.toString('base64'), hash.toString('base64')].join('$');
}

type ParsedHash = { N: number; r: number; p: number; salt: Buffer; hash: Buffer };

function decodeBase64(text: string, min: number, max: number): Buffer | null {
  if (!BASE64.test(text)) return null;
  const bytes = Buffer.from(text, 'base64');
  // Canonical only: Node's decoder skips junk silently, so re-encoding must give back the same text.
  if (bytes.toString('base64') !== text) return null;
  return bytes.length >= min && bytes.length <= max ? bytes : null;
}

function parseHash(stored: string): ParsedHash | null {
  if (stored.length > 300) return null;
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null;
  const [, nText, rText, pText, saltText, hashText] = parts as [
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  if (!INTEGER.test(nText) || !INTEGER.test(rText) || !INTEGER.test(pText)) return null;
  const N = Number(nText);
  const r = Number(rText);
  const p = Number(pText);
  const log2N = Math.log2(N);
  if (!Number.isInteger(log2N) || log2N < MIN_LOG2_N || log2N > MAX_LOG2_N) return null;
  if (r > MAX_R || p > MAX_P || 128 * N * r * p > MAX_MEMORY) return null;
  const salt = decodeBase64(saltText, MIN_SALT_BYTES, MAX_BYTES);
  const hash = decodeBase64(hashText, MIN_KEYLEN, MAX_BYTES);
  return salt && hash ? { N, r, p, salt, hash } : null;
}

/** True when `pin` matches `stored`. False for a malformed or out-of-bounds stored value; never throws. */
export function verifyPin(pin: string, stored: string): boolean {
  try {
    if (typeof pin !== 'string' || typeof stored !== 'string' || !isValidPin(pin)) return false;
    const parsed = parseHash(stored);
    if (!parsed) return false;
    const { N, r, p, salt, hash } = parsed;
    const actual = scryptSync(pin, salt, hash.length, { N, r, p, maxmem: MAX_MEMORY + 1024 * 1024 });
    return timingSafeEqual(actual, hash);
  } catch {
    return false;
  }
}
