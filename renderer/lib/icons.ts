// Every icon as inline SVG path data (24×24, drawn with a 2px round stroke): no files, no network, no fonts.
// Content picks icons by ICON_NAMES; the UI adds a few of its own.
import type { IconName } from '../../electron/shared/content-types';

type UiIconName =
  | 'home'
  | 'arrow-left'
  | 'arrow-right'
  | 'arrow-up'
  | 'arrow-down'
  | 'close'
  | 'letters'
  | 'take-home'
  | 'leave';
export type AnyIconName = IconName | UiIconName;

export const ICONS: Record<AnyIconName, string[]> = {
  welcome: ['M4 11 12 4l8 7', 'M6 10v10h12V10', 'M10 20v-5h4v5'],
  'blood-cell': ['M12 4a8 8 0 1 0 0 16a8 8 0 1 0 0-16', 'M12 9a3 3 0 1 0 0 6a3 3 0 1 0 0-6'],
  medicine: ['M8 3h8', 'M9 3v4l-3 4v9h12v-9l-3-4V3', 'M9 14h6', 'M12 11v6'],
  map: ['M3 6l6-2 6 2 6-2v14l-6 2-6-2-6 2z', 'M9 4v14', 'M15 6v14'],
  induction: ['M5 19V5', 'M5 5h11l-2 4 2 4H5'],
  'test-tube': ['M9 3h6', 'M10 3v13a2 2 0 0 0 4 0V3', 'M10 11h4'],
  spine: ['M12 3v18', 'M8 5h8', 'M7 9h10', 'M8 13h8', 'M9 17h6'],
  consolidation: ['M4 12a8 8 0 1 0 16 0a8 8 0 1 0-16 0', 'M8 12l3 3 5-6'],
  transplant: ['M12 21s-7-4.5-7-10a4 4 0 0 1 7-2.6A4 4 0 0 1 19 11c0 5.5-7 10-7 10z', 'M9 12h6', 'M12 9v6'],
  maintenance: ['M4 6h16v14H4z', 'M4 10h16', 'M8 3v4', 'M16 3v4', 'M8 14h3', 'M13 14h3', 'M8 17h3'],
  target: [
    'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18',
    'M12 7a5 5 0 1 0 0 10a5 5 0 1 0 0-10',
    'M12 11a1 1 0 1 0 0 2a1 1 0 1 0 0-2',
  ],
  immune: ['M12 3l7 3v5c0 5-3 8-7 10-4-2-7-5-7-10V6z', 'M12 8v8', 'M8 12h8'],
  'side-effects': ['M4 6h16', 'M4 12h16', 'M4 18h10', 'M18 16l2 2-2 2'],
  hair: ['M6 20v-8a6 6 0 0 1 12 0v8', 'M9 20v-7', 'M12 20v-9', 'M15 20v-7'],
  mouth: ['M4 12c3-3 13-3 16 0', 'M4 12c3 4 13 4 16 0', 'M8 12h8'],
  shield: ['M12 3l7 3v5c0 5-3 8-7 10-4-2-7-5-7-10V6z', 'M9 12l2 2 4-4'],
  droplet: ['M12 3s6 7 6 11a6 6 0 0 1-12 0c0-4 6-11 6-11z'],
  tired: ['M20 14A8 8 0 1 1 10 4a6 6 0 0 0 10 10z'],
  appetite: ['M7 3v8', 'M5 3v5a2 2 0 0 0 4 0V3', 'M7 11v10', 'M16 3c-2 2-2 6 0 8v10', 'M16 3v18'],
  nausea: ['M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18', 'M8 10h2', 'M14 10h2', 'M8 16c2-2 6 0 8-2'],
  vomit: ['M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18', 'M8 10h2', 'M14 10h2', 'M10 15h4v3h-4z'],
  bathroom: ['M4 12h16', 'M5 12v3a5 5 0 0 0 5 5h4a5 5 0 0 0 5-5v-3', 'M7 12V5a2 2 0 0 1 4 0'],
  pill: ['M4 14l6-6a4 4 0 0 1 6 6l-6 6a4 4 0 0 1-6-6z', 'M7 11l6 6'],
  'long-term': ['M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18', 'M12 7v5l3 3'],
  phone: ['M5 4h4l2 5-3 2a11 11 0 0 0 5 5l2-3 5 2v4a2 2 0 0 1-2 2A17 17 0 0 1 3 6a2 2 0 0 1 2-2z'],
  question: [
    'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18',
    'M9.5 9a2.5 2.5 0 1 1 3.5 2.3c-.7.3-1 1-1 1.7v.5',
    'M12 17h.01',
  ],
  book: ['M4 5a2 2 0 0 1 2-2h14v16H6a2 2 0 0 0-2 2z', 'M4 19V5', 'M8 7h8', 'M8 11h6'],
  sources: ['M6 3h9l4 4v14H6z', 'M14 3v5h5', 'M9 12h7', 'M9 16h7'],
  home: ['M3 11 12 4l9 7', 'M5 10v10h14V10', 'M10 20v-6h4v6'],
  'arrow-left': ['M19 12H5', 'M11 6l-6 6 6 6'],
  'arrow-right': ['M5 12h14', 'M13 6l6 6-6 6'],
  'arrow-up': ['M12 19V5', 'M6 11l6-6 6 6'],
  'arrow-down': ['M12 5v14', 'M6 13l6 6 6-6'],
  close: ['M6 6l12 12', 'M18 6 6 18'],
  letters: ['M3 19l4-14 4 14', 'M4.5 14h5', 'M14 5h6l-6 14h6'],
  // A phone with a code on its screen: take this page home on your phone.
  'take-home': ['M7 2h10v20H7z', 'M11 19h2', 'M9.5 6h5v5h-5z'],
  // A door with an arrow leaving it: "I'm done".
  leave: ['M9 21H5a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2h4', 'M16 17l5-5-5-5', 'M21 12H9'],
};
