import { describe, expect, it } from 'vitest';
import { chooseSystemLog } from '../../../../electron/main/system-log';

describe('chooseSystemLog', () => {
  it('uses journald only when systemd connected stdout to it', () => {
    expect(chooseSystemLog('linux', { JOURNAL_STREAM: '8:1234' })).toBe('journal');
    expect(chooseSystemLog('linux', {})).toBe('off');
  });
  it('uses the Event Log on Windows, nothing on macOS', () => {
    expect(chooseSystemLog('win32', {})).toBe('eventlog');
    expect(chooseSystemLog('darwin', {})).toBe('off');
  });
  it('lets KIOSK_SYSTEM_LOG decide, and ignores values it does not know', () => {
    expect(chooseSystemLog('win32', { KIOSK_SYSTEM_LOG: 'off' })).toBe('off');
    expect(chooseSystemLog('linux', { KIOSK_SYSTEM_LOG: 'eventlog' })).toBe('eventlog');
    expect(chooseSystemLog('linux', { KIOSK_SYSTEM_LOG: 'syslog', JOURNAL_STREAM: '1:2' })).toBe('journal');
  });
});
