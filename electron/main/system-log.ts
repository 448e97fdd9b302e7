// The system log beside kiosk.log: journald on Linux (each line on stdout with a `<priority>` prefix, which
// journald reads when systemd connected stdout to it) and the Windows Event Log (through Windows' own
// eventcreate.exe: Electron and Node have no Event Log API, and a native module is not worth it for a few
// lines a day). Only lines that passed the log's rate limit arrive here.
import { execFile } from 'node:child_process';
import { eventCreateArgs, journalLine } from '../shared/log-events';
import type { LogLevelName } from '../shared/log-events';

/** The Event Log source; deploy.md registers it once as an administrator. */
const EVENT_SOURCE = 'ALL Chemo Guide';
/** Event Log writes per minute at most: each is a child process. */
const EVENT_LOG_PER_MINUTE = 20;

export type SystemLogKind = 'journal' | 'eventlog' | 'off';
export type SystemLogSink = { kind: SystemLogKind; write(level: LogLevelName, message: string): void };

/** KIOSK_SYSTEM_LOG (journal, eventlog, off) wins; else journald when systemd set JOURNAL_STREAM, the Event Log on Windows. */
export function chooseSystemLog(platform: string, env: NodeJS.ProcessEnv): SystemLogKind {
  const asked = env.KIOSK_SYSTEM_LOG;
  if (asked === 'journal' || asked === 'eventlog' || asked === 'off') return asked;
  if (platform === 'linux' && (env.JOURNAL_STREAM ?? '') !== '') return 'journal';
  if (platform === 'win32') return 'eventlog';
  return 'off';
}

export function createSystemLog(kind: SystemLogKind, now: () => number = Date.now): SystemLogSink {
  if (kind === 'journal') {
    return { kind, write: (level, message) => void process.stdout.write(journalLine(level, message)) };
  }
  if (kind === 'eventlog') {
    let windowStart = now();
    let sent = 0;
    let failed = false;
    return {
      kind,
      write(level, message) {
        const args = eventCreateArgs(level, message, EVENT_SOURCE);
        if (args === null) return;
        if (now() - windowStart >= 60_000) {
          windowStart = now();
          sent = 0;
        }
        if (sent >= EVENT_LOG_PER_MINUTE) return;
        sent += 1;
        execFile('eventcreate', args, { windowsHide: true, timeout: 10_000 }, (error) => {
          // Said once on stderr (kiosk.log has the line itself): usually the source is not registered.
          if (error !== null && !failed) {
            failed = true;
            console.error(
              `Event Log write failed (is the "${EVENT_SOURCE}" source registered?): ${error.message}`,
            );
          }
        });
      },
    };
  }
  return { kind, write: () => undefined };
}
