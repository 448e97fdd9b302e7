// `--hash-pin` (installed app) and `npm run kiosk:pin`: turns a staff PIN into the salted scrypt hash that
// kiosk-config.json keeps as "staff_pin_hash" (the PIN itself is never stored). On a terminal it asks twice
// without echoing; piped (`echo 482913 | …`) it reads one line, or two that must match. Prompts and errors go
// to stderr so stdout carries only the hash line and the line saying where to put it.
import { hashPin, isValidNewPin as isValidPin } from './staff-pin';

export const PIN_RULE = 'The PIN must be 6 to 12 digits (0-9), with nothing else.';
/** More than this on stdin is not a PIN; stop reading instead of buffering it. */
const MAX_INPUT = 1024;

export type PinRead = { ok: true; pin: string } | { ok: false; message: string };

/** Checks a PIN and its confirmation. */
export function checkPinPair(first: string, second: string | null): PinRead {
  if (!isValidPin(first)) return { ok: false, message: PIN_RULE };
  if (second !== null && second !== first) return { ok: false, message: 'The two PINs did not match.' };
  return { ok: true, pin: first };
}

/** Piped input: one PIN line, or the PIN and the same PIN again; surrounding spaces and CRs are ignored. */
export function pinFromPipedText(text: string): PinRead {
  const lines = text.split('\n').map((line) => line.trim());
  while (lines.length > 0 && lines.at(-1) === '') lines.pop();
  if (lines.length === 0) return { ok: false, message: 'No PIN was given on standard input.' };
  if (lines.length > 2) {
    return { ok: false, message: 'Give one PIN line (or the PIN twice on two lines), nothing more.' };
  }
  return checkPinPair(lines[0] ?? '', lines[1] ?? null);
}

/** The two lines printed on success. */
export function outputLines(hash: string): string[] {
  return [hash, `Put it in kiosk-config.json as "staff_pin_hash": "${hash}" and restart the kiosk.`];
}

async function readAll(stream: NodeJS.ReadStream): Promise<string> {
  let text = '';
  for await (const chunk of stream) {
    text += String(chunk);
    if (text.length > MAX_INPUT) break;
  }
  return text;
}

/** Reads one line from the terminal with echo off; null when the person pressed Ctrl-C or Ctrl-D. */
function readHidden(prompt: string): Promise<string | null> {
  const input = process.stdin;
  process.stderr.write(prompt);
  return new Promise((resolve) => {
    let typed = '';
    const finish = (value: string | null): void => {
      input.off('data', onData);
      input.setRawMode(false);
      input.pause();
      process.stderr.write('\n');
      resolve(value);
    };
    const onData = (chunk: Buffer | string): void => {
      for (const char of String(chunk)) {
        if (char === '\r' || char === '\n') return finish(typed);
        if (char === '\u0003' || char === '\u0004') return finish(null);
        if (char === '\u007f' || char === '\b') typed = typed.slice(0, -1);
        else if (typed.length < 64) typed += char;
      }
    };
    input.setRawMode(true);
    input.setEncoding('utf8');
    input.on('data', onData);
    input.resume();
  });
}

async function readPin(): Promise<PinRead | null> {
  if (!process.stdin.isTTY) return pinFromPipedText(await readAll(process.stdin));
  const first = await readHidden('New staff PIN (6 to 12 digits, not shown): ');
  if (first === null) return null;
  if (!isValidPin(first)) return { ok: false, message: PIN_RULE };
  const second = await readHidden('Type the same PIN again: ');
  if (second === null) return null;
  return checkPinPair(first, second);
}

/** Reads, checks and hashes a PIN; returns the process exit code (0 hash printed, 1 refused, 130 cancelled). */
export async function runHashPin(): Promise<number> {
  const read = await readPin();
  if (read === null) {
    process.stderr.write('Cancelled; nothing was changed.\n');
    return 130;
  }
  if (!read.ok) {
    process.stderr.write(`PIN not accepted: ${read.message} Nothing was printed; try again.\n`);
    return 1;
  }
  process.stdout.write(`${outputLines(hashPin(read.pin)).join('\n')}\n`);
  return 0;
}
