// `npm run build`: main, preload and renderer into out/. The renderer build runs the content compiler,
// so a broken content file stops the build here with its file, line and reason.
import { build } from 'vite';

const configs = [
  'build/vite/main.config.ts',
  'build/vite/preload.config.ts',
  'build/vite/renderer.config.ts',
];

for (const configFile of configs) {
  try {
    await build({ configFile, logLevel: 'warn' });
  } catch (error) {
    console.error(
      `\nBuild failed (${configFile}):\n${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  }
}
console.log(`Built main, preload and renderer into ${process.env.KIOSK_OUT ?? 'out'}/.`);
