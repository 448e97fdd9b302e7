// Staff-only labels (PIN pad, staff panel, cleaning mode). English only: staff are trained on one language,
// and visitors never see these. Kept in one table so a site can translate them in one place.
import type { Audience, PathId } from '../../electron/shared/content-types';
import type { SessionLengthBucket } from '../../electron/shared/ipc-contract';

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export const STAFF_TEXT = {
  padTitle: 'Staff sign-in',
  padHint: 'Enter the staff PIN.',
  digitsEntered: (n: number): string =>
    n === 0 ? 'No digits entered' : `${plural(n, 'digit', 'digits')} entered`,
  deleteDigit: 'Delete',
  enter: 'Enter',
  cancel: 'Cancel',
  checking: 'Checking…',
  wrongPin: (left: number): string => `Wrong PIN, ${plural(left, 'try', 'tries')} left`,
  locked: (minutes: number): string => `Locked. Try again in ${plural(minutes, 'minute', 'minutes')}.`,
  tooShort: 'Enter 4 to 12 digits.',
  pinError: 'The PIN could not be checked. Try again, or restart the kiosk.',
  panelTitle: 'Staff panel',
  close: 'Close',
  closesItself: 'This panel closes itself after 60 seconds without a touch.',
  notConfiguredTitle: 'No staff PIN is set',
  notConfiguredSteps: [
    'On the kiosk computer, run the kiosk app with --hash-pin (from a source folder: npm run kiosk:pin).',
    'Copy the line it prints (it starts with scrypt$) into kiosk-config.json as "staff_pin_hash".',
    'Restart the kiosk.',
  ],
  pinUnreadableTitle: 'The staff PIN could not be read from the config file',
  pinUnreadableSteps: [
    'The config file has a problem (listed below), so the kiosk runs without its staff PIN.',
    'Fix the file (check it with the kiosk app\u2019s --check-config PATH), then restart the kiosk.',
  ],
  takeHomeOn: (base: string): string =>
    `Take-home copy: ${base} (every page shows a QR code to its copy there).`,
  takeHomeOff:
    'Take-home copy: not set, so no take-home QR codes are shown. Set take_home_base_url to the https address of the exported copy.',
  printerOn: (name: string): string => `Printer: "${name}" (visitors see Print this).`,
  printerOff: 'Printer: off.',
  takeHomeUse: (qr: number, prints: number): string =>
    `Last 30 days: ${plural(qr, 'take-home QR code', 'take-home QR codes')} shown, ${plural(prints, 'summary', 'summaries')} printed.`,
  configBadge: (n: number): string => `Config: ${plural(n, 'warning', 'warnings')}`,
  cleaningTitle: 'Cleaning mode',
  cleaningHint: 'Touches are ignored for 60 seconds so you can wipe the screen.',
  cleaningStart: 'Start cleaning mode',
  cleaningNow: 'Cleaning mode: touches are ignored',
  cleaningLeft: (seconds: number): string => `${plural(seconds, 'second', 'seconds')} left`,
  usageTitle: 'Usage counts (last 30 days)',
  usageOff: 'Usage counts are off (usage_counts is false in the config).',
  usageFailed: 'The usage counts could not be read.',
  usageLoading: 'Loading…',
  chartLabel: (total: number, max: number): string =>
    `Bar chart of visits per day for the last 30 days: ${plural(total, 'visit', 'visits')} in all, at most ${max} on one day.`,
  colDate: 'Date',
  colVisits: 'Visits',
  colTours: 'Tours finished',
  colViews: 'Page views',
  visitLengths: 'Visit lengths (30 days):',
  bucketNames: {
    '<1m': 'under 1 min',
    '1-3m': '1–3 min',
    '3-10m': '3–10 min',
    '10-30m': '10–30 min',
    '30m+': '30 min or more',
  } as Record<SessionLengthBucket, string>,
  pathsStarted: 'Paths started (30 days):',
  pathNames: {
    essentials: 'essentials',
    guide: 'full guide',
    diagnosis: 'just diagnosed',
    induction: 'induction',
    consolidation: 'consolidation',
    maintenance: 'maintenance',
    transplant: 'transplant',
    'after-treatment': 'after treatment',
  } as Record<PathId, string>,
  audiencesAnswered: '"Who is this for?" answers (30 days):',
  audienceNames: { self: 'me', child: 'my child', carer: 'someone I care for' } as Record<Audience, string>,
  exportCsv: 'Export CSV',
  exporting: 'Exporting…',
  exported: (path: string): string => `Saved to ${path}`,
  exportFailed: (reason: string): string => `Not exported: ${reason}`,
  contentTitle: 'Content status',
  contentWarnings: (n: number): string =>
    `${plural(n, 'content warning', 'content warnings')} from the build.`,
  colPage: 'Page',
  colReviewDue: 'Review due',
  colTranslation: 'Translation',
  overdue: 'Overdue',
  dueSoon: 'Due within 60 days',
  reviewOk: 'OK',
  reviewUnknown: 'No valid date',
  original: 'Original (English)',
  draft: 'Draft',
  reviewed: (reviewer: string | null, date: string | null): string =>
    `Reviewed${reviewer ? ` by ${reviewer}` : ''}${date ? ` on ${date}` : ''}`,
  needsAttention: (n: number): string => `${plural(n, 'page needs', 'pages need')} a review soon or now.`,
  signOffTitle: (n: number): string =>
    `${plural(n, 'page changed and needs', 'pages changed and need')} a clinician's sign-off.`,
  signOffNone: 'No changed page is waiting for a clinician.',
  signOffChanged: (date: string): string => `changed ${date}`,
  colClinical: 'Clinical sign-off',
  signOffPending: 'Needs sign-off',
  signedOff: (reviewer: string | null, date: string | null): string =>
    `Signed${reviewer ? ` by ${reviewer}` : ''}${date ? ` on ${date}` : ''}`,
  signOffUnchanged: 'Unchanged',
  configTitle: 'Configuration',
  configPath: (path: string | null): string =>
    path ? `Config file: ${path}` : 'Config file: none (browser preview uses the defaults).',
  configOk: 'No configuration warnings.',
  kioskTitle: 'Kiosk',
  restart: 'Restart the kiosk',
  exit: 'Exit the kiosk',
  confirmRestart: 'Restart now? The screen goes blank for a few seconds.',
  confirmExit: 'Exit now? The kiosk stays closed until someone starts it again.',
  yes: 'Yes',
  no: 'No',
  unavailable: 'Restart and exit work only in the kiosk app.',
  speechTitle: 'Read-aloud',
  speechVoice: (name: string, lang: string): string => `read by the voice "${name}" (${lang}).`,
  speechPreferredMissing: (name: string): string =>
    ` The configured voice "${name}" is not installed on this computer, so another voice of the language reads.`,
  speechHidden: {
    disabled: 'Listen is hidden: read-aloud is turned off in the config (speech.enabled is false).',
    'no-engine': 'Listen is hidden: this browser or app offers no speech engine.',
    'no-voices':
      'Listen is hidden: the computer lists no voices at all (Windows: Settings, Time & language, Speech; Linux: install speech-dispatcher with espeak-ng).',
    'no-local-voice':
      'Listen is hidden: no voice for this language is installed on this computer (online voices are never used). Windows: add the language’s speech pack in Settings, Time & language, Language & region.',
  },
  speechFailure: (error: string): string =>
    `The last reading stopped because the voice failed (${error === 'no-start' ? 'it never started: check the headphones or speakers and the speech service' : error}).`,
  recordingsStaleTitle: 'Recordings not played (their card changed)',
  line: (n: number): string => `recordings.yaml line ${n}`,
  recordingsStale: (n: number): string =>
    `${plural(n, 'recording is', 'recordings are')} out of date: the voice reads these cards until they are recorded again and re-stamped (content/README.md, "Recorded narration").`,
  recordingsFresh: (n: number): string => `${plural(n, 'card plays', 'cards play')} recorded narration.`,
  speechVoiceCount: (n: number): string => `${plural(n, 'voice', 'voices')} on this computer.`,
} as const;
