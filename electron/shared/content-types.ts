// The compiled content: what build/content emits and the renderer reads. One contract for three rooms
// (content compiler, renderer, staff panel), so a change here is a change everywhere the words travel.
import type { PictureAsset, PictureLabels } from './picture-types';

export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];

/** Each locale's own name, used for the language switch (never a flag). */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', es: 'Español' };

export const PAGE_KINDS = ['guide', 'side-effect', 'reference', 'call-now', 'questions'] as const;
/**
 * guide: a step of the guided tour, in file order. side-effect: a tile in the side-effects grid, with the four
 * fixed sections. reference: a topic page outside the tour. call-now: the one "When to call" page.
 * questions: the one "Questions to ask" page.
 */
export type PageKind = (typeof PAGE_KINDS)[number];

export const PHASES = [
  'diagnosis',
  'induction',
  'consolidation',
  'maintenance',
  'transplant',
  'after-treatment',
  'all-phases',
] as const;
export type Phase = (typeof PHASES)[number];

/** The "Where are you in treatment?" choices, in order; each opens the path of the pages tagged with it. */
export const STAGES = [
  'diagnosis',
  'induction',
  'consolidation',
  'maintenance',
  'transplant',
  'after-treatment',
] as const satisfies readonly Phase[];
export type Stage = (typeof STAGES)[number];

/** Every path a visitor can start; usage counts are kept per path id. */
export const PATH_IDS = ['essentials', 'guide', ...STAGES] as const;
export type PathId = (typeof PATH_IDS)[number];

/** "Who is this for?": how the words address the reader (`self` is the default when nobody chooses). */
export const AUDIENCES = ['self', 'child', 'carer'] as const;
export type Audience = (typeof AUDIENCES)[number];

/**
 * The forms a reader variant gives, in the order content writes them: `{you have|your child has}`. "Me" and
 * "Someone I care for" read the `you` form (the patient is addressed, as adult patient pages do); "My child" the
 * `child` form.
 */
export const READER_FORMS = ['you', 'child'] as const;
export type ReaderForm = (typeof READER_FORMS)[number];
export const FORM_FOR_AUDIENCE: Record<Audience, ReaderForm> = { self: 'you', child: 'child', carer: 'you' };

/** Icons the renderer draws (inline SVG, no network); content picks one by name. */
export const ICON_NAMES = [
  'welcome',
  'blood-cell',
  'medicine',
  'map',
  'induction',
  'test-tube',
  'spine',
  'consolidation',
  'transplant',
  'maintenance',
  'target',
  'immune',
  'side-effects',
  'hair',
  'mouth',
  'shield',
  'droplet',
  'tired',
  'appetite',
  'nausea',
  'vomit',
  'bathroom',
  'pill',
  'long-term',
  'phone',
  'question',
  'book',
  'sources',
] as const;
export type IconName = (typeof ICON_NAMES)[number];

/** Fixed sections of a side-effect page, in this order. */
export const SIDE_EFFECT_SECTIONS = ['what', 'why', 'help', 'call'] as const;

/**
 * Site values that content may show. In the card tree a slot is a `slot` node; the renderer reads its value
 * from the kiosk config, or from the locale's safe default wording where the site has set none.
 */
export const SLOT_NAMES = ['fever_f', 'fever_c', 'care_team_phone', 'after_hours_phone'] as const;
export type SlotName = (typeof SLOT_NAMES)[number];
/** Slots the site may leave unset; the call-now page's front matter gives their safe default wording. */
export const PHONE_SLOTS = ['care_team_phone', 'after_hours_phone'] as const;
export type PhoneSlot = (typeof PHONE_SLOTS)[number];

export type ReadabilityScores = {
  /** Flesch–Kincaid grade (English only; null for other locales). */
  fleschKincaid: number | null;
  /** Coleman–Liau index (English only; null for other locales). */
  colemanLiau: number | null;
  /** SMOG grade (English only; null for other locales). */
  smog: number | null;
  /** Fernández-Huerta reading ease, 0–100, higher is easier (Spanish only; null otherwise). */
  fernandezHuerta: number | null;
  /** Szigriszt-Pazos / INFLESZ perspicuity, 0–100 (Spanish only; null otherwise). */
  inflesz: number | null;
};

export type SourceRef = {
  publisher: string;
  title: string;
  url: string;
  /** The date the source gives for its own review or update, ISO `YYYY-MM-DD` or `YYYY-MM`. */
  date: string;
  /** The source's language when the page marks it (`lang:`); shown when it is not the visitor's language. */
  lang: Locale | null;
  /** QR code for the URL, made at build time: a complete `<svg>` element with no scripts or styles. */
  qrSvg: string;
};

/**
 * The card tree: what the compiler emits and the renderer walks with small components. Text only ever travels
 * as `text` values (rendered as text, never as markup); taps on terms and page links are real buttons.
 */
export type InlineNode =
  | { type: 'text'; value: string }
  | { type: 'strong'; children: InlineNode[] }
  | { type: 'em'; children: InlineNode[] }
  /** A glossary word: the button shows `text` and opens the term `term`. */
  | { type: 'term'; term: string; text: string }
  /** A link to another page (and optionally a card on it), shown as a button. */
  | { type: 'page-link'; page: string; card: string | null; text: string }
  /** A site value (fever threshold, phone number), read reactively from the kiosk config in the renderer. */
  | { type: 'slot'; name: SlotName }
  /**
   * Words that change with "Who is this for?": one inline list per reader form, every form present. Never
   * nested, never across a sentence boundary, so sentence ids are the same whichever form is shown.
   */
  | { type: 'variant'; forms: Record<ReaderForm, InlineNode[]> }
  | { type: 'break' };

/**
 * One sentence, segmented at build time. `id` is stable for the same words (`<cardId>.<n>`, 1-based within the
 * card), so read-aloud can highlight it and an export can reuse it. A `strong`/`em` run that spans two sentences
 * is split into one run per sentence.
 */
export type SentenceNode = { type: 'sentence'; id: string; children: InlineNode[] };

type ParagraphNode = { type: 'paragraph'; children: SentenceNode[] };
type ListItemNode = { type: 'list-item'; children: SentenceNode[] };
export type ListNode = { type: 'list'; ordered: boolean; items: ListItemNode[] };

/**
 * A picture from `content/pictures/`, placed by id. `alt` is the page's own words in its locale (never baked
 * into the drawing); the picture asset itself is shared by every locale.
 */
export type PictureNode = { type: 'picture'; picture: string; alt: string };

export type BlockNode = ParagraphNode | ListNode | PictureNode;

export type Card = {
  /** From `## Heading {#id}`, else `card-N` (1-based). Equal across locales so a switch keeps the visitor here. */
  id: string;
  /** The heading in the default (`you`) form. */
  heading: string;
  /** The heading in each reader form (equal when it has no `{you|your child}` variant). */
  headingForms: Record<ReaderForm, string>;
  /** The card's words as a tree: no markup travels, and nothing in content can navigate except page links. */
  body: BlockNode[];
  /** Words in the default (`you`) form; grades are of that form too. */
  words: number;
  grades: ReadabilityScores;
  /** How many `{you|your child}` variants the card has (heading and body). */
  variants: number;
  /** True when the page's `new_since_2014` names this card: visitors see a "Newer treatment" badge on it. */
  newFact: boolean;
};

export type TranslationStatus = {
  status: 'draft' | 'reviewed';
  reviewer: string | null;
  /** ISO date of the review, or null while draft. */
  date: string | null;
};

/** A page whose words changed waits for a clinician's sign-off (`clinical_review` in its settings). */
export type ClinicalReview = {
  status: 'pending' | 'signed';
  /** ISO date the words last changed. */
  changed: string;
  reviewer: string | null;
  /** ISO date of the sign-off, or null while pending. */
  date: string | null;
};

export type Page = {
  /** File name without numeric prefix and extension: `01-welcome.md` → `welcome`. Unique per locale. */
  id: string;
  locale: Locale;
  title: string;
  shortTitle: string;
  kind: PageKind;
  icon: IconName;
  phases: Phase[];
  cards: Card[];
  sources: SourceRef[];
  /** ISO date the facts were last checked against the sources. */
  factsChecked: string;
  /** ISO date by which an educator must review the page again. */
  reviewDue: string;
  /** Short plain-language notes of facts on this page that are newer than the 2014 base text. */
  newSince2014: string[];
  /** English pages are the original; other locales carry a translation status. */
  translation: TranslationStatus | null;
  /** Null for a page nobody has changed since its last clinical check. */
  clinicalReview: ClinicalReview | null;
  /** Path relative to the repository, for the staff panel and error messages. */
  file: string;
};

export type GlossaryTerm = {
  /** Stable id, equal across locales (e.g. `remission`). */
  id: string;
  /** The word as shown in the A–Z list. */
  term: string;
  /** Plain-text definition. */
  definition: string;
};

export type LocaleContent = {
  locale: Locale;
  /** All pages in file order. */
  pages: Page[];
  /** Ids of the `guide` pages in tour order. */
  tour: string[];
  /** Sorted by term for the locale (Intl.Collator). */
  glossary: GlossaryTerm[];
  /** Safe wording for each phone slot where the site has set no number. Fever slots always come from config. */
  slotDefaults: Record<PhoneSlot, string>;
  /** How the voice says words it would get wrong, longest `text` first (`pronunciations.yaml`). */
  pronunciations: PronunciationRule[];
  /** Words beside each picture's label points, in this locale (content/<locale>/picture-labels.yaml). */
  pictureLabels: PictureLabels;
  /** Recorded narration that still matches its card's words: `page#card` → file under the built UI. */
  recordings: Record<string, string>;
  /** Recordings whose card's words changed since they were stamped: not played, listed in the staff view. */
  staleRecordings: StaleRecording[];
};

/** A recording left out because its card's words changed after it was recorded. */
export type StaleRecording = { page: string; card: string; file: string; line: number };

/**
 * One line of `content/<locale>/pronunciations.yaml`: whole-word `text` is spoken as `say`. The screen never
 * changes. `exactCase` (default: true when `text` has no small letters) keeps "ALL" apart from "all".
 */
export type PronunciationRule = { text: string; say: string; exactCase: boolean };

export type ContentWarning = {
  file: string;
  line: number;
  column: number;
  rule: string;
  message: string;
  hint: string;
};

/** One card of a path, by ids that are equal in every locale. */
export type PathStep = { page: string; card: string };

/** The short routes through the cards, from `content/paths.yaml`; the same in every locale. */
export type CompiledPaths = {
  /** The essentials: at most 12 cards and 1,000 words in each locale. */
  essentials: PathStep[];
  /** The stages the kiosk offers, in order, each with its cards (never empty). */
  stages: { stage: Stage; steps: PathStep[] }[];
  /** "Does this apply to me?": page ids shown together on the topic list. */
  applies: string[];
  /** Pages listed first under "Does this apply to me?" for a visitor who chose that audience. */
  audienceFirst: Partial<Record<Audience, string[]>>;
};

export type CompiledContent = {
  locales: Record<Locale, LocaleContent>;
  paths: CompiledPaths;
  /** Warnings the build accepted (grade above 6, Spanish harder than "normal", …), shown in the staff panel. */
  warnings: ContentWarning[];
  /** Every picture in content/pictures/, sanitized to an element tree, shared by all locales. */
  pictures: Record<string, PictureAsset>;
};
