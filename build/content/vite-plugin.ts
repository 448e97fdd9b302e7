// PLACEHOLDER until the content compiler lands: serves `virtual:kiosk-content` with no pages.
import type { Plugin } from 'vite';

export type KioskContentOptions = { contentDir: string };

const VIRTUAL_ID = 'virtual:kiosk-content';
const RESOLVED_ID = '\0' + VIRTUAL_ID;

export function kioskContent(_options: KioskContentOptions): Plugin {
  return {
    name: 'kiosk-content',
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : null;
    },
    load(id) {
      if (id !== RESOLVED_ID) return null;
      const empty = { locale: 'en', pages: [], tour: [], glossary: [], slotDefaults: {} };
      return `export default ${JSON.stringify({ locales: { en: empty, es: { ...empty, locale: 'es' } }, warnings: [] })};`;
    },
  };
}
