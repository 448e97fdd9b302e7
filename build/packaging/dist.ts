// `npm run dist` (after `npm run build`): installers for this computer's platform into dist/. Draws the icons,
// then runs electron-builder with build/packaging/electron-builder.config.ts. Extra arguments go to
// electron-builder: `npm run dist -- --linux deb --arm64`. electron-builder downloads Electron and its packaging
// tools on first use; where it cannot, this says so in one sentence instead of ending on a stack trace.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { makeIcons } from './make-icons.ts';
import { packagingPaths } from './paths.ts';
import { signingPlan } from './signing.ts';

/** Output lines that mean "could not download", as electron-builder and its Go helper print them. */
const NETWORK_FAILURE =
  /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|getaddrinfo|dial tcp|no such host|i\/o timeout|proxyconnect|cannot download|unable to download|download.*fail|github\.com.*(error|fail)/i;

/** One plain sentence for a failed run, or null when the output shows no sign of a network failure. */
export function explainFailure(output: string): string | null {
  if (!NETWORK_FAILURE.test(output)) return null;
  return (
    'npm run dist could not download what electron-builder needs (the Electron binary, and for AppImage, deb, ' +
    'NSIS and dmg its packaging tools) because this computer cannot reach github.com: build installers on a ' +
    'machine with internet access (see docs/deploy.md, "Building the installers"); `npm run dist:check` checks ' +
    'the packaging offline.'
  );
}

async function main(): Promise<number> {
  const paths = packagingPaths();
  const signing = signingPlan(process.env);
  for (const line of signing.messages) console.log(line);
  if (signing.errors.length > 0) {
    for (const line of signing.errors) console.error(`npm run dist: ${line}`);
    return 1;
  }
  const icons = await makeIcons(resolve(paths.iconsDir));
  console.log(`Drew ${icons.files.length} icon files into ${paths.iconsDir}/.`);
  const cli = createRequire(import.meta.url).resolve('electron-builder/cli.js');
  const args = ['--config', 'build/packaging/electron-builder.config.ts', '--publish', 'never'];
  const child = spawn(process.execPath, [cli, ...args, ...process.argv.slice(2)], {
    stdio: ['inherit', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    process.stdout.write(chunk);
  });
  child.stderr.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    process.stderr.write(chunk);
  });
  const code = await new Promise<number>((done) => child.on('close', (c) => done(c ?? 1)));
  if (code !== 0) {
    console.error(
      `\n${explainFailure(output) ?? `npm run dist failed: electron-builder exited with code ${code} (its output is above).`}`,
    );
  } else {
    console.log(`\nInstallers are in ${paths.outputDir}/.`);
  }
  return code;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exit(await main());
}
