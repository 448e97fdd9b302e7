// Stable event ids per kind of log line, for the system logs (journald, the Windows Event Log) and for
// monitoring rules that match on them. Pure: the logger classifies each line it writes by its fixed wording.
// docs/deploy.md lists the same table; a unit test keeps the two in step. Ids stay within 1–1000, the range
// Windows' eventcreate accepts.

export type LogLevelName = 'info' | 'warn' | 'error';

export type LogEvent = {
  id: number;
  kind: string;
  /** Also written to the Windows Event Log (the system log on Linux gets every line). */
  eventLog: boolean;
  /** What the line means, for the docs table. */
  meaning: string;
};

type Rule = LogEvent & { test: RegExp };

const rule = (id: number, kind: string, test: RegExp, eventLog: boolean, meaning: string): Rule => ({
  id,
  kind,
  test,
  eventLog,
  meaning,
});

/** First match wins; more specific wording comes first. */
const RULES: readonly Rule[] = [
  rule(100, 'start', /^kiosk \S+ starting/, true, 'The kiosk started (version in the line)'),
  rule(101, 'stop', /^kiosk stopping/, true, 'The kiosk is quitting (reason and exit code in the line)'),
  rule(102, 'staff-restart', /^staff restart/, true, 'Staff chose Restart in the staff panel'),
  rule(103, 'staff-exit', /^staff exit/, true, 'Staff chose Exit in the staff panel'),
  rule(
    104,
    'second-instance',
    /^another kiosk is already running/,
    true,
    'A second launch found the kiosk running',
  ),
  rule(
    110,
    'refused-switch',
    /^refusing to start/,
    true,
    'A debugging or security-weakening switch was refused',
  ),
  rule(
    203,
    'healing-relaunch',
    /^healing: .*relaunching the kiosk/,
    true,
    'Healing: the app relaunches (or exits to its supervisor)',
  ),
  rule(
    202,
    'healing-crash-reload',
    /^healing: .*crashing the renderer/,
    true,
    'Healing: a hung page was killed and the start screen loaded',
  ),
  rule(
    201,
    'healing-reload',
    /^healing: .*loading the start screen/,
    true,
    'Healing: the start screen was loaded again',
  ),
  rule(
    200,
    'healing-logged',
    /^healing: .*(logged, the kiosk keeps running|Chromium restarts it)/,
    true,
    'Healing: a failure was logged; the kiosk kept running',
  ),
  rule(
    204,
    'healing-recycle',
    /^healing: recycling the renderer/,
    false,
    'Healing: a planned fresh page at the attract screen (no visit running)',
  ),
  rule(
    209,
    'healing-note',
    /^healing: /,
    false,
    'Healing: a note that needs no action (responsive again, own crash call)',
  ),
  rule(210, 'process-gone', /^(a renderer is gone|child process gone)/, true, 'A Chromium process ended'),
  rule(
    300,
    'config-last-good',
    /LAST GOOD (CONFIG|COPY)/,
    true,
    'The config file was unusable; the last good copy is in effect',
  ),
  rule(
    303,
    'config-file',
    /^config: .* \(from .*\), sha256 /,
    false,
    'Which config file was read, its sha256, its warning count',
  ),
  rule(301, 'config-warning', /^config( [a-z_]+)?: /, true, 'A config warning (key and fix in the line)'),
  rule(302, 'config-in-effect', /^config in effect: /, false, 'The config values in effect at this start'),
  rule(400, 'request-blocked', /^blocked request to /, true, 'A request off the machine was blocked'),
  rule(401, 'key-blocked', /^key blocked/, false, 'A key or shortcut that leaves the kiosk was blocked'),
  rule(
    402,
    'permission',
    /^(permission|device permission|bluetooth|screen capture|USB|HID|serial)/,
    false,
    'A permission or device request was refused',
  ),
  rule(
    403,
    'window-refused',
    /^(window\.open refused|webview refused|download cancelled|window close refused|DevTools closed)/,
    true,
    'A window, webview, download or DevTools attempt was refused',
  ),
  rule(500, 'usage', /^usage: /, false, 'Usage counts: export written, corrupt file set aside, write failed'),
  rule(510, 'usage-daily-export', /^daily export: /, false, 'The daily usage export was written or pruned'),
  rule(600, 'status', /^status: /, false, 'status.json written again, or could not be written'),
  rule(610, 'data-folder', /^data folder/, false, 'Which data folder is in use and why'),
  rule(620, 'crash-dumps', /^crash dumps: /, false, 'Where crash dumps go; old dumps pruned'),
  rule(
    700,
    'main-error',
    /^(uncaught exception|unhandled promise rejection) in main/,
    true,
    'An error in the main process (logged, counted by the ladder)',
  ),
  rule(710, 'start-page', /^start page failed to load/, true, 'The start page could not be loaded'),
  rule(720, 'log-held-back', /^log: \d+ repeated line/, false, 'Repeated lines held back by the rate limit'),
];

/** Lines that match no rule, by level. */
const OTHER: Record<LogLevelName, LogEvent> = {
  info: { id: 900, kind: 'other-info', eventLog: false, meaning: 'Any other information line' },
  warn: { id: 901, kind: 'other-warning', eventLog: true, meaning: 'Any other warning' },
  error: { id: 902, kind: 'other-error', eventLog: true, meaning: 'Any other error' },
};

export function classifyLogLine(message: string, level: LogLevelName): LogEvent {
  const found = RULES.find((r) => r.test.test(message));
  if (found === undefined) return OTHER[level];
  const { test: _test, ...event } = found;
  return event;
}

/** Every event, in id order, for the docs table. */
export function logEventTable(): LogEvent[] {
  const all: LogEvent[] = [...RULES.map(({ test: _test, ...event }) => event), ...Object.values(OTHER)];
  return all.sort((a, b) => a.id - b.id);
}

/** syslog(3) priorities, which journald reads from a `<N>` prefix on each stdout line. */
const SYSLOG_PRIORITY: Record<LogLevelName, number> = { error: 3, warn: 4, info: 6 };

/** One line for journald: `<priority>[event id] message`. */
export function journalLine(level: LogLevelName, message: string): string {
  const event = classifyLogLine(message, level);
  return `<${SYSLOG_PRIORITY[level]}>[${event.id}] ${message}\n`;
}

/** Arguments for Windows' eventcreate: Application log, our source, type, id, text (capped). */
export function eventCreateArgs(level: LogLevelName, message: string, source: string): string[] | null {
  const event = classifyLogLine(message, level);
  if (!event.eventLog) return null;
  const type = { error: 'ERROR', warn: 'WARNING', info: 'INFORMATION' }[level];
  const text = message.length > 500 ? `${message.slice(0, 500)}…` : message;
  return [
    '/L',
    'APPLICATION',
    '/T',
    type,
    '/SO',
    source,
    '/ID',
    String(event.id),
    '/D',
    `[${event.kind}] ${text}`,
  ];
}
