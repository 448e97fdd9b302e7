// `--check-config PATH` (installed app) and `npm run config:check -- PATH`: checks a config file exactly as
// the kiosk would read it and prints each problem with line, column and fix. Exit codes (for Ansible
// `validate:`, Intune detection, CI): 0 no problems, 1 problems the kiosk would work around key by key,
// 2 the file as a whole is unusable (missing, unreadable, not JSON; the kiosk would use its last good copy).
import { resolve } from 'node:path';
import { checkConfigSource, formatProblem } from '../shared/config-validate';
import { describeEffectiveConfig } from '../shared/config-validate';
import { readConfigBytes } from './config-loader';

export const CHECK_OK = 0;
export const CHECK_PROBLEMS = 1;
export const CHECK_UNUSABLE = 2;

export function runConfigCheck(
  path: string,
  out: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
): number {
  const full = resolve(path);
  const read = readConfigBytes(full);
  const source =
    read.source.kind === 'missing'
      ? { kind: 'missing' as const, explicit: '--config' as const }
      : read.source;
  const { config, problems, usable } = checkConfigSource(source);
  if (!usable) {
    for (const problem of problems) out(formatProblem(full, problem).replace(/ Using all defaults\.$/m, ''));
    out(`${full}: not usable; a kiosk started with it would run on its last good config or the defaults.`);
    return CHECK_UNUSABLE;
  }
  for (const problem of problems) out(formatProblem(full, problem));
  out(
    problems.length === 0
      ? `${full}: OK. In effect: ${describeEffectiveConfig(config)}`
      : `${full}: ${problems.length} problem(s); each key above would fall back to its default.`,
  );
  return problems.length === 0 ? CHECK_OK : CHECK_PROBLEMS;
}
