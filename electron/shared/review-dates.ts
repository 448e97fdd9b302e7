// Which content pages are due for an educator's review: past their review date, or within the warning window.
// Pure: the build writes the page list (content-manifest.json beside the UI) and main reads it for status.json.

/** Days before a review date from which a page counts as due (the staff panel uses the same window). */
export const REVIEW_DUE_WITHIN_DAYS = 60;

/** One page as the build's content manifest lists it. */
export type ManifestPage = { locale: string; id: string; title: string; reviewDue: string; file: string };

export type ReviewDue = {
  locale: string;
  page: string;
  title: string;
  file: string;
  review_due: string;
  state: 'overdue' | 'due-soon';
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function addDays(day: string, delta: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + delta);
  return date.toISOString().slice(0, 10);
}

/**
 * Pages whose review date (YYYY-MM-DD, or YYYY-MM meaning the first of that month) is before `today` or
 * within `withinDays` of it, overdue first, then by date. A page with no readable date is listed as overdue:
 * nobody can say it was reviewed.
 */
export function reviewsDue(
  pages: readonly ManifestPage[],
  today: string,
  withinDays: number = REVIEW_DUE_WITHIN_DAYS,
): ReviewDue[] {
  const horizon = addDays(today, withinDays);
  const due: ReviewDue[] = [];
  for (const page of pages) {
    const date = page.reviewDue.length === 7 ? `${page.reviewDue}-01` : page.reviewDue;
    const readable = DAY.test(date) && !Number.isNaN(Date.parse(`${date}T00:00:00Z`));
    let state: ReviewDue['state'] | null = null;
    if (!readable || date < today) state = 'overdue';
    else if (date <= horizon) state = 'due-soon';
    if (state === null) continue;
    due.push({
      locale: page.locale,
      page: page.id,
      title: page.title,
      file: page.file,
      review_due: page.reviewDue,
      state,
    });
  }
  return due.sort(
    (a, b) =>
      (a.state === b.state ? 0 : a.state === 'overdue' ? -1 : 1) ||
      a.review_due.localeCompare(b.review_due) ||
      a.file.localeCompare(b.file),
  );
}

/** The manifest's pages, or null when the text is not a manifest (main then reports reviews_due as null). */
export function parseManifestPages(text: string): ManifestPage[] | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const pages = (value as { pages?: unknown }).pages;
  if (!Array.isArray(pages)) return null;
  const out: ManifestPage[] = [];
  for (const page of pages as unknown[]) {
    if (typeof page !== 'object' || page === null) return null;
    const { locale, id, title, reviewDue, file } = page as Record<string, unknown>;
    if (![locale, id, title, reviewDue, file].every((field) => typeof field === 'string')) return null;
    out.push({ locale, id, title, reviewDue, file } as ManifestPage);
  }
  return out;
}
