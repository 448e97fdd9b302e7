import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyPin } from '../../../electron/main/staff-pin';
import { checkPinPair, outputLines, PIN_RULE, pinFromPipedText } from '../../../build/scripts/kiosk-pin';

const root = path.resolve(import.meta.dirname, '../../..');

type Run = { code: number | null; stdout: string; stderr: string };

/** Runs the real script with tsx, feeding `input` on a pipe (not a TTY). */
function runScript(input: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(root, 'node_modules/.bin/tsx'), ['build/scripts/kiosk-pin.ts'], {
      cwd: root,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

describe('pinFromPipedText', () => {
  it('reads one line, as `echo 123456 |` sends it', () => {
    expect(pinFromPipedText('123456\n')).toEqual({ ok: true, pin: '123456' });
    expect(pinFromPipedText('  123456789012 \r\n\n')).toEqual({ ok: true, pin: '123456789012' });
  });

  it('reads the PIN twice and insists they match', () => {
    expect(pinFromPipedText('123456\n123456\n')).toEqual({ ok: true, pin: '123456' });
    expect(pinFromPipedText('123456\n654321\n')).toEqual({
      ok: false,
      message: 'The two PINs did not match.',
    });
  });

  it.each(['123', '1234', '12345', '1234567890123', '12a4', '12 34', '١٢٣٤'])('refuses %j', (pin) => {
    expect(pinFromPipedText(`${pin}\n`)).toEqual({ ok: false, message: PIN_RULE });
  });

  it('refuses no input and too many lines', () => {
    expect(pinFromPipedText('')).toMatchObject({ ok: false, message: 'No PIN was given on standard input.' });
    expect(pinFromPipedText('1234\n1234\n1234\n')).toMatchObject({ ok: false });
  });

  it('checks the pair for the terminal path too', () => {
    expect(checkPinPair('000000', '000000')).toEqual({ ok: true, pin: '000000' });
    expect(checkPinPair('000000', '000001')).toMatchObject({ ok: false });
  });

  it('says where the hash goes', () => {
    expect(outputLines('scrypt$x')[1]).toBe(
      'Put it in kiosk-config.json as "staff_pin_hash": "scrypt$x" and restart the kiosk.',
    );
  });
});

describe('npm run kiosk:pin, end to end over a pipe', () => {
  it('prints a hash that verifies, and refuses bad input with exit 1 and no hash', async () => {
    const [good, bad] = await Promise.all([runScript('482913\n482913\n'), runScript('12ab\n')]);
    expect(good.code).toBe(0);
    const lines = good.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(verifyPin('482913', lines[0])).toBe(true);
    expect(verifyPin('482914', lines[0])).toBe(false);
    expect(lines[1]).toContain(`"staff_pin_hash": "${lines[0]}"`);
    expect(good.stdout).not.toContain('482913');

    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain(PIN_RULE);
  }, 60_000);
});
