// The address a take-home QR code carries for a page: the hosted copy of that page in the visitor's language,
// plus the ticked questions in the fragment on the questions page. Null when the site set no base URL.
import type { Locale, PageKind } from '../../electron/shared/content-types';
import { questionsFragment, takeHomeUrl } from '../../electron/shared/take-home';

export function takeHomeLink(
  base: string | null,
  locale: Locale,
  page: { id: string; kind: PageKind },
  questions: readonly string[],
): string | null {
  if (base === null) return null;
  const url = takeHomeUrl(base, locale, page.id);
  return page.kind === 'questions' ? url + questionsFragment(questions) : url;
}
