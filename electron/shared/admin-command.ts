// The installed app's two admin switches, which run instead of the kiosk and exit: `--check-config PATH`
// (or `--check-config=PATH`) and `--hash-pin`. Pure: main passes process.argv.

export type AdminCommand =
  { kind: 'check-config'; path: string } | { kind: 'hash-pin' } | { kind: 'usage-error'; message: string };

/** The admin command on this command line, or null for a normal kiosk start. */
export function adminCommandFrom(argv: readonly string[]): AdminCommand | null {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') break;
    if (arg === '--hash-pin') return { kind: 'hash-pin' };
    if (arg.startsWith('--check-config=')) {
      const path = arg.slice('--check-config='.length);
      return path === '' ? usage() : { kind: 'check-config', path };
    }
    if (arg === '--check-config') {
      const path = argv[i + 1];
      return path === undefined || path.startsWith('--') ? usage() : { kind: 'check-config', path };
    }
  }
  return null;
}

function usage(): AdminCommand {
  return {
    kind: 'usage-error',
    message: 'Give the file to check: --check-config PATH (or --check-config=PATH).',
  };
}
