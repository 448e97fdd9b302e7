// Pictures in cards: `![what it shows](picture-id)` as a paragraph of its own. The description is the page's own
// words, read by screen readers, so it must exist, say what the picture shows, and stay short.
import type { PictureBlock } from './markdown.ts';
import type { FileMap, IssueSink } from './types.ts';

export const PICTURES_FOLDER = 'pictures';
export const ALT_MAX_CHARS = 150;

/** Screen readers already say "image": a description that starts by saying so wastes the listener's time. */
const REDUNDANT_START =
  /^(?:an? )?(?:image|picture|photo|drawing) of\b|^(?:una? )?(?:imagen|foto|dibujo) de\b/iu;

/** Picture ids in the content tree: `pictures/<id>.svg` → `<id>`. */
export function pictureIds(files: FileMap): Set<string> {
  const ids = new Set<string>();
  for (const rel of files.keys()) {
    const m = /^pictures\/([^/]+)\.svg$/.exec(rel);
    if (m?.[1]) ids.add(m[1]);
  }
  return ids;
}

export function checkPicture(
  file: string,
  root: string,
  block: PictureBlock,
  known: ReadonlySet<string>,
  sink: IssueSink,
): void {
  const { alt, picture } = block;
  const example = `![A nurse checks a child's temperature](${picture || 'thermometer'})`;
  if (alt === '') {
    sink.error(
      file,
      block.altPos.line,
      block.altPos.column,
      'picture-alt-empty',
      `The picture "${picture}" has no words saying what it shows.`,
      `Write what the picture shows between the square brackets, e.g. ${example}.`,
    );
  } else {
    const redundant = REDUNDANT_START.exec(alt);
    if (redundant) {
      sink.error(
        file,
        block.altPos.line,
        block.altPos.column,
        'picture-alt-redundant',
        `The picture's words start with "${redundant[0]}".`,
        'Screen readers already say it is a picture: say only what it shows, e.g. "A nurse checks…" rather than "Picture of a nurse checking…".',
      );
    }
    if (/<[A-Za-z/!?]|\*\*|\[\[|\{\{|`|&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i.test(alt)) {
      sink.error(
        file,
        block.altPos.line,
        block.altPos.column,
        'picture-alt-markup',
        "The picture's words are plain text: no HTML, bold, glossary links or site values.",
        'Write what the picture shows in plain words between the square brackets.',
      );
    }
    const length = [...alt].length;
    if (length > ALT_MAX_CHARS) {
      sink.error(
        file,
        block.altPos.line,
        block.altPos.column,
        'picture-alt-long',
        `The picture's words are ${length} characters long; the limit is ${ALT_MAX_CHARS}.`,
        "Say in one short sentence what matters in the picture; put anything more in the card's text.",
      );
    }
  }
  if (!known.has(picture)) {
    const ids = [...known].sort();
    sink.error(
      file,
      block.targetPos.line,
      block.targetPos.column,
      'picture-unknown',
      `There is no picture "${picture}" in ${root}/${PICTURES_FOLDER}/.`,
      ids.length > 0
        ? `Use the id of a picture there (its file name without ".svg"): ${ids.join(', ')}.`
        : `There are no pictures yet: add ${root}/${PICTURES_FOLDER}/${picture || 'picture-id'}.svg, or remove this line.`,
    );
  }
}
