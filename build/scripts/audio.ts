// `npm run audio -- script <locale> <page#card>`: the words a narrator reads for one card (what Listen says,
// before the pronunciation table). `npm run audio -- stamp <locale> <page#card>`: after recording it, write
// the hash of those words into content/<locale>/audio/recordings.yaml, so the build plays the file until the
// card's words change again. `npm run audio -- list`: every recording and whether it is fresh or stale.
// Option: --dir=content.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LOCALES, type Locale } from '../../electron/shared/content-types.ts';
import { recordingText } from '../../electron/shared/spoken-text.ts';
import { compileContent } from '../content/compile.ts';
import { readTree } from '../content/read-tree.ts';
import { AUDIO_DIR, RECORDINGS_FILE, recordingHash, stampManifest } from '../content/recordings.ts';

const USAGE =
  'Use: npm run audio -- script <locale> <page-id>#<card-id> | stamp <locale> <page-id>#<card-id> | list';

async function main(): Promise<number> {
  const dirArg = process.argv.find((a) => a.startsWith('--dir='));
  const dir = (dirArg?.slice(6) ?? 'content').replace(/\/+$/, '');
  const [command, localeArg, key] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  if (command !== 'script' && command !== 'stamp' && command !== 'list') {
    console.error(USAGE);
    return 2;
  }
  const { content } = await compileContent(await readTree(dir), { root: dir });
  if (command === 'list') {
    for (const locale of LOCALES) {
      const loc = content.locales[locale];
      for (const [card, file] of Object.entries(loc.recordings))
        console.log(`fresh  ${locale} ${card}  ${file}`);
      for (const r of loc.staleRecordings)
        console.log(`STALE  ${locale} ${r.page}#${r.card}  ${r.file} (recordings.yaml line ${r.line})`);
    }
    return 0;
  }
  if (!(LOCALES as readonly string[]).includes(localeArg ?? '') || !key?.includes('#')) {
    console.error(USAGE);
    return 2;
  }
  const locale = localeArg as Locale;
  const [pageId, cardId] = key.split('#');
  const page = content.locales[locale].pages.find((p) => p.id === pageId);
  const card = page?.cards.find((c) => c.id === cardId);
  if (!page || !card) {
    console.error(
      page
        ? `The page "${pageId}" has no card {#${cardId}}; its cards are ${page.cards.map((c) => c.id).join(', ')}.`
        : `There is no page "${pageId}" in ${dir}/${locale}/ (or the content does not compile: run npm run content:check).`,
    );
    return 1;
  }
  const text = recordingText(card);
  if (command === 'script') {
    console.log(text);
    return 0;
  }
  const manifest = join(dir, locale, AUDIO_DIR, RECORDINGS_FILE);
  let before: string | null = null;
  try {
    before = await readFile(manifest, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const after = stampManifest(before, key, recordingHash(text));
  if (after === null) {
    console.error(
      `${manifest} is not a list of recordings the stamp can go into; fix it (npm run content:check).`,
    );
    return 1;
  }
  await writeFile(manifest, after);
  console.log(`Stamped ${key} in ${manifest}. Check it with npm run content:check.`);
  return 0;
}

process.exitCode = await main();
