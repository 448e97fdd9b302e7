// `npm run export:site`: compile content/ with the kiosk's own compiler and write the hosted web copy.
// Options: --out=folder (default site/), --config=kiosk-config.json (the site's phone numbers, fever rule and
// languages; without it, the defaults), --dir=content.
import { resolve } from 'node:path';
import { checkConfigSource } from '../../electron/shared/config-validate';
import { readConfigSource } from '../../electron/main/config-loader';
import { defaultConfig } from '../../electron/shared/config-schema';
import { compileContent } from '../content/compile';
import { formatIssueBlock } from '../content/report';
import { readTree } from '../content/read-tree';
import { exportSite } from '../export/site';

const arg = (name: string): string | undefined =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);

async function main(): Promise<number> {
  const dir = arg('dir') ?? 'content';
  const out = resolve(arg('out') ?? 'site');
  const configPath = arg('config');
  let config = defaultConfig();
  if (configPath !== undefined) {
    const checked = checkConfigSource(readConfigSource(resolve(configPath)));
    for (const problem of checked.problems) console.warn(`${configPath}: ${problem.message}`);
    config = checked.config;
  }
  const { content, errors } = await compileContent(await readTree(dir), { root: dir.replace(/\/+$/, '') });
  if (errors.length > 0) {
    for (const error of errors) console.error(formatIssueBlock(error));
    console.error(`The content has ${errors.length} error(s); nothing was exported.`);
    return 1;
  }
  const { files } = exportSite({
    content,
    config,
    outDir: out,
    picturesDir: resolve(dir, 'pictures'),
  });
  console.log(`Wrote ${files.length} files to ${out}. Host that folder as it is (see docs/deploy.md).`);
  return 0;
}

process.exitCode = await main();
