// Horizontal swipes move between cards. Vertical movement is left to native scrolling (the element carries
// `touch-action: pan-y`), and a swipe must be clearly sideways so reading-scrolls never turn pages.

export type SwipeDirection = 'left' | 'right' | null;

/** Least horizontal travel, in CSS px, that counts as a swipe. */
export const SWIPE_MIN_PX = 80;

/** Decides whether a finger movement was a sideways swipe: long enough and at least twice as wide as tall. */
export function classifySwipe(dx: number, dy: number, minPx: number = SWIPE_MIN_PX): SwipeDirection {
  if (Math.abs(dx) < minPx || Math.abs(dx) < 2 * Math.abs(dy)) return null;
  return dx < 0 ? 'left' : 'right';
}

export type SwipeHandlers = { onleft: () => void; onright: () => void };

/** A Svelte attachment: calls `onleft` (next) or `onright` (previous) on a sideways swipe. */
export function swipe(handlers: SwipeHandlers): (node: HTMLElement) => () => void {
  return (node) => {
    let start: { id: number; x: number; y: number } | null = null;
    const down = (event: PointerEvent): void => {
      if (!event.isPrimary || event.pointerType === 'mouse') return;
      start = { id: event.pointerId, x: event.clientX, y: event.clientY };
    };
    const up = (event: PointerEvent): void => {
      if (!start || event.pointerId !== start.id) return;
      const direction = classifySwipe(event.clientX - start.x, event.clientY - start.y);
      start = null;
      if (direction === 'left') handlers.onleft();
      else if (direction === 'right') handlers.onright();
    };
    const cancel = (): void => {
      start = null;
    };
    node.addEventListener('pointerdown', down);
    node.addEventListener('pointerup', up);
    node.addEventListener('pointercancel', cancel);
    return () => {
      node.removeEventListener('pointerdown', down);
      node.removeEventListener('pointerup', up);
      node.removeEventListener('pointercancel', cancel);
    };
  };
}
