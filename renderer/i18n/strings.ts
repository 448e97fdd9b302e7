// One UI-label table per locale.
import type { Locale } from '../../electron/shared/content-types';
import { en, type UiStrings } from './en';
import { es } from './es';

export const UI_STRINGS: Record<Locale, UiStrings> = { en, es };
export type { UiStrings };
