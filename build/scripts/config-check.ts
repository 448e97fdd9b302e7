// `npm run config:check -- PATH…`: the installed app's `--check-config`, for workstations and pipelines.
import { runConfigCheck } from '../../electron/main/config-check';

const paths = process.argv.slice(2).filter((arg) => arg !== '--');
if (paths.length === 0) {
  console.error('Usage: npm run config:check -- path/to/kiosk-config.json [more files…]');
  process.exitCode = 2;
} else {
  process.exitCode = Math.max(...paths.map((path) => runConfigCheck(path)));
}
