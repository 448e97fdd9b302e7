// What a page id looks like, wherever one is written or read: lower-case words joined by single hyphens.
import * as v from 'valibot';

/** kebab-case: `fever-and-infection`; a page's file name and id, and the shape of card, term and picture ids. */
export const PAGE_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Longer ids are refused at the IPC border and in the usage file. */
const PAGE_ID_MAX_LENGTH = 64;

export const PageIdSchema = v.pipe(v.string(), v.maxLength(PAGE_ID_MAX_LENGTH), v.regex(PAGE_ID_PATTERN));
