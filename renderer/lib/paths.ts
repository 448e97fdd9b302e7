// The paths a visitor can take, as steps in the current language: the full guide (every tour card), the
// essentials and one path per stage of treatment (from content/paths.yaml). Pure, so it is unit-tested.
import type { CompiledPaths, PathId, Stage } from '../../electron/shared/content-types';
import type { ContentIndex, TourStep } from './content-index';

/** A run of consecutive steps on one page: what the progress calls a chapter ("Induction · part 2 of 4"). */
export type Chapter = { pageId: string; title: string; start: number; length: number };

/** Where a step sits: its 0-based place in the path and in its chapter. */
export type PathPosition = {
  step: number;
  total: number;
  chapter: Chapter;
  chapterIndex: number;
  part: number;
};

/** The steps of a path in this language; refs whose card is missing here are left out. */
export function pathSteps(index: ContentIndex, paths: CompiledPaths, path: PathId): TourStep[] {
  if (path === 'guide') return index.steps;
  const refs =
    path === 'essentials' ? paths.essentials : (paths.stages.find((s) => s.stage === path)?.steps ?? []);
  const steps: TourStep[] = [];
  for (const ref of refs) {
    const card = index.pagesById.get(ref.page)?.cards.findIndex((c) => c.id === ref.card) ?? -1;
    if (card >= 0) steps.push({ pageId: ref.page, card });
  }
  return steps;
}

/** The stages this content offers, in order (each has at least one step). */
export function offeredStages(paths: CompiledPaths): Stage[] {
  return paths.stages.filter((s) => s.steps.length > 0).map((s) => s.stage);
}

export function chaptersOf(index: ContentIndex, steps: readonly TourStep[]): Chapter[] {
  const chapters: Chapter[] = [];
  steps.forEach((step, i) => {
    const last = chapters.at(-1);
    if (last && last.pageId === step.pageId && last.start + last.length === i) last.length += 1;
    else {
      const page = index.pagesById.get(step.pageId);
      chapters.push({ pageId: step.pageId, title: page?.shortTitle ?? step.pageId, start: i, length: 1 });
    }
  });
  return chapters;
}

/** The step showing `pageId` card `card`, or -1 when the path does not hold that card. */
export function stepIndex(steps: readonly TourStep[], pageId: string, card: number): number {
  return steps.findIndex((s) => s.pageId === pageId && s.card === card);
}

export function positionOf(chapters: readonly Chapter[], step: number, total: number): PathPosition | null {
  const chapterIndex = chapters.findIndex((c) => step >= c.start && step < c.start + c.length);
  const chapter = chapters[chapterIndex];
  if (!chapter) return null;
  return { step, total, chapter, chapterIndex, part: step - chapter.start + 1 };
}
