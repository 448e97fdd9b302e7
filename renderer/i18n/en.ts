// English UI labels. Patient-facing content words never live here: they come from the compiled content.
// es.ts is typed as `UiStrings`, so a label missing in Spanish is a type error.
import type { TextSizeStep } from '../../electron/shared/ipc-contract';

/** Where a "Back to …" / "Done" button returns to. */
export type ReturnPlace = 'start' | 'topics' | 'phases' | 'side-effects' | 'glossary' | 'sources' | 'guide';

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export const en = {
  appTitle: 'ALL Chemo Guide',
  appIntro: 'Chemotherapy for acute lymphocytic leukemia (ALL), explained one short step at a time.',
  loading: 'Loading…',
  noContent: 'This guide has no pages in this language yet. Please ask a member of staff.',
  loadFailed: 'The guide could not be loaded. Please ask a member of staff.',
  startGuide: 'Start the guide',
  startGuideHint: 'Treatment from start to finish, then side effects',
  chooseTopic: 'Choose a topic',
  chooseTopicHint: 'Go straight to what you want to know',
  settings: 'Make it easier to read',
  language: 'Language',
  // Read in this language when the header button offers it: "English — change the language to English".
  switchLanguage: 'change the language to English',
  languageChanged: 'Now in English.',
  textSize: 'Text size',
  textSizeNames: { 100: 'Normal', 125: 'Large', 150: 'Larger', 200: 'Largest' } as Record<
    TextSizeStep,
    string
  >,
  textSizeLabel: (name: string): string => `Text size: ${name}`,
  readSlowly: 'I read slowly',
  calmMode: 'Calm mode (no movement)',
  highContrast: 'High contrast',
  on: 'On',
  off: 'Off',
  // The idle rule as it really runs: first "Still reading?" (IdleWarning), then back to the start.
  resetRule: (seconds: number): string =>
    `If no one touches the screen for ${seconds % 60 === 0 ? plural(seconds / 60, 'minute', 'minutes') : plural(seconds, 'second', 'seconds')}, it asks if you are still reading. With no answer, it goes back to the start. Nothing you looked at is kept.`,
  home: 'Home',
  callNow: 'When to call your care team',
  callNowShort: 'When to call',
  back: 'Back',
  next: 'Next',
  returnTo: {
    start: 'Back to start',
    topics: 'Back to topics',
    phases: 'Back to treatment steps',
    'side-effects': 'Back to side effects',
    glossary: 'Back to words to know',
    sources: 'Back to sources',
    guide: 'Back to the guide',
  } as Record<ReturnPlace, string>,
  stepNav: 'Move between steps',
  stepOf: (n: number, total: number): string => `Step ${n} of ${total}`,
  partOf: (n: number, total: number): string => `Part ${n} of ${total}`,
  stepAnnouncement: (where: string, title: string): string => `${where}: ${title}`,
  guideProgress: 'How far you are in the guide',
  pageProgress: 'How far you are in this topic',
  guideDone: 'You have finished the guide',
  guideDoneText: 'Well done. What would you like to do next?',
  seeSideEffects: 'Side effects',
  seeTopics: 'Choose a topic',
  goHome: 'Go to the start',
  topicsTitle: 'Choose a topic',
  topicsIntro: 'Tap a topic to open it.',
  topicPhases: 'Treatment steps',
  topicSideEffects: 'Side effects',
  topicGlossary: 'Words to know',
  topicSources: 'Sources',
  phasesTitle: 'Treatment steps',
  phasesIntro: 'Each step of treatment, in order. Tap one to read about it.',
  sideEffectsTitle: 'Side effects',
  sideEffectsIntro: 'Tap a side effect to learn what it is, why it happens, what helps and when to call.',
  glossaryTitle: 'Words to know',
  glossaryIntro: 'Tap a letter to jump to words that start with it.',
  letters: 'Letters',
  jumpTo: (letter: string): string => `Words starting with ${letter}`,
  definitionClose: 'Close',
  sourcesTitle: 'Sources',
  sourcesIntro: 'Where the facts in this guide come from, and when they were checked.',
  whereFrom: 'Where this comes from',
  showSources: 'Sources for this page',
  hideSources: 'Hide the sources',
  sourceUpdated: (date: string): string => `Updated ${date}`,
  factsChecked: (date: string): string => `Facts checked ${date}`,
  reviewDue: (date: string): string => `Next check due ${date}`,
  qrLabel: (title: string): string => `QR code: scan it with your phone camera to open “${title}”`,
  qrHint: 'Scan with your phone camera to read more at home.',
  newSince2014: 'Newer treatment',
  showPicture: 'Show picture',
  hidePicture: 'Hide picture',
  moreBelow: 'More below',
  scrollUp: 'Scroll up',
  scrollDown: 'Scroll down',
  readingArea: 'Reading area',
  // Attract screen and idle warning (issue 5).
  attractTouch: 'Touch the screen to start',
  stillReading: 'Still reading?',
  stillReadingText: (seconds: number): string =>
    `If no one touches the screen, it goes back to the start in ${plural(seconds, 'second', 'seconds')}. Nothing you looked at is kept.`,
  keepReading: 'Keep reading',
  secondsLeft: (seconds: number): string => `${plural(seconds, 'second', 'seconds')} left`,
  secondsWord: (seconds: number): string => (seconds === 1 ? 'second' : 'seconds'),
};

export type UiStrings = typeof en;
