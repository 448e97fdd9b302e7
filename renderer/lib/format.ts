// Dates as a visitor reads them, in their language. Content dates are ISO `YYYY-MM-DD` or `YYYY-MM`.
import type { Locale } from '../../electron/shared/content-types';
import { LOCALE_PROFILES } from '../i18n/locales';

const ISO_DATE = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

/** "November 27, 2026" / "27 de noviembre de 2026"; a month-only date shows month and year. */
export function formatIsoDate(iso: string, locale: Locale): string {
  const match = ISO_DATE.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  // UTC on both sides so the date never shifts with the kiosk's time zone.
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, day ? Number(day) : 1));
  const options: Intl.DateTimeFormatOptions = day
    ? { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }
    : { year: 'numeric', month: 'long', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(LOCALE_PROFILES[locale].formatTag, options).format(date);
}
