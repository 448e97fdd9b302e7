// `npm run kiosk:pin`: the same PIN hashing as the installed app's `--hash-pin` (electron/main/pin-command.ts).
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { runHashPin } from '../../electron/main/pin-command';

export { checkPinPair, outputLines, PIN_RULE, pinFromPipedText } from '../../electron/main/pin-command';

// Runs only as a script (tsx build/scripts/kiosk-pin.ts), not when a test imports the helpers above.
const invoked = process.argv[1] ? pathToFileURL(path.resolve(process.argv[1])).href : '';
if (import.meta.url === invoked) {
  runHashPin().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`kiosk:pin failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
