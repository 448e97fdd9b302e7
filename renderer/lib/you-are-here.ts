// Which step of treatment a card shows as "You are here": the stage of the path being read, or, outside a
// stage path, the one treatment step a phase page is about. None on a card whose treatment map already says it.
import type { BlockNode, PathId, Phase, Stage } from '../../electron/shared/content-types';
import { STAGES } from '../../electron/shared/content-types';

/** Phase pages: the steps of the treatment map a page can be about on its own. */
const PHASE_PAGES: readonly Stage[] = ['induction', 'consolidation', 'maintenance', 'transplant'];

export function hereStage(
  path: PathId | undefined,
  page: { phases: readonly Phase[] },
  body: readonly BlockNode[],
): Stage | null {
  if (body.some((b) => b.type === 'picture' && b.picture.startsWith('treatment-timeline'))) return null;
  const stage = STAGES.find((s) => s === path);
  if (stage !== undefined) return stage;
  const only = page.phases.length === 1 ? page.phases[0] : undefined;
  return PHASE_PAGES.find((s) => s === only) ?? null;
}
