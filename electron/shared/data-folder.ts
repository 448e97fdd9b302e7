// Where the kiosk keeps its logs, usage counts, last good config and status file: one machine-wide folder
// that device management can read, else the per-user folder when the machine-wide one is not writable.
// Pure: main passes the platform, environment and user-data path, then probes the candidates in order.

/** Folder name under %ProgramData% on Windows. */
const WINDOWS_DATA_NAME = 'ALL Chemo Guide';
/** Machine-wide folder on Linux (the .deb's postinst, or the deploy guide, creates it for the kiosk account). */
const LINUX_DATA_DIR = '/var/lib/all-chemo-kiosk';

export type DataFolderCandidate = {
  path: string;
  /** machine: shared by every account; user: this account's own app-data folder. */
  scope: 'machine' | 'user';
  /** Why this folder is on the list, for the start-up log line. */
  from: 'KIOSK_DATA_DIR' | 'ProgramData' | 'var-lib' | 'user data';
};

/** Candidates in the order they are tried; the last is always the per-user folder. */
export function dataFolderCandidates(input: {
  platform: string;
  env: Readonly<Record<string, string | undefined>>;
  userData: string;
  /** Joins path segments the platform's way (node:path join in main). */
  join: (...parts: string[]) => string;
}): DataFolderCandidate[] {
  const { platform, env, userData, join } = input;
  const list: DataFolderCandidate[] = [];
  const override = env.KIOSK_DATA_DIR?.trim();
  if (override) list.push({ path: override, scope: 'machine', from: 'KIOSK_DATA_DIR' });
  if (platform === 'win32') {
    const programData = env.ProgramData ?? env.PROGRAMDATA;
    if (programData)
      list.push({ path: join(programData, WINDOWS_DATA_NAME), scope: 'machine', from: 'ProgramData' });
  } else if (platform === 'linux') {
    list.push({ path: LINUX_DATA_DIR, scope: 'machine', from: 'var-lib' });
  }
  list.push({ path: userData, scope: 'user', from: 'user data' });
  return list;
}
