// Horizontal swipes move between cards. Vertical movement is left to native scrolling (the element carries
// `touch-action: pan-y`). A swipe must be one finger, long, nearly flat, and never part of a scroll or pinch:
// a tired hand that drags, pinches or scrolls must never turn the page.

export type SwipeDirection = 'left' | 'right' | null;

/** Least horizontal travel, in CSS px, that counts as a swipe. */
export const SWIPE_MIN_PX = 100;
/** Steepest path, in degrees from horizontal, that still counts as sideways. */
const SWIPE_MAX_ANGLE_DEG = 20;

const MAX_SLOPE = Math.tan((SWIPE_MAX_ANGLE_DEG * Math.PI) / 180);

/** Decides whether a finger movement was a sideways swipe: long enough and within 20° of horizontal. */
export function classifySwipe(dx: number, dy: number, minPx: number = SWIPE_MIN_PX): SwipeDirection {
  if (Math.abs(dx) < minPx || Math.abs(dy) > Math.abs(dx) * MAX_SLOPE) return null;
  return dx < 0 ? 'left' : 'right';
}

/**
 * One gesture from the first finger down to the last finger up. It yields a direction only when exactly one
 * finger took part, nothing scrolled meanwhile, and the path was a clear swipe. No DOM: fed by the attachment.
 */
export class SwipeTracker {
  #start: { id: number; x: number; y: number } | null = null;
  #fingers = new Set<number>();
  #spoiled = false;

  down(id: number, x: number, y: number): void {
    if (this.#fingers.size === 0) {
      this.#start = { id, x, y };
      this.#spoiled = false;
    } else {
      // A second finger makes it a pinch or a palm: this gesture never navigates.
      this.#spoiled = true;
    }
    this.#fingers.add(id);
  }

  /** The reading area scrolled during the gesture: it was a scroll, not a swipe. */
  scrolled(): void {
    if (this.#fingers.size > 0) this.#spoiled = true;
  }

  /** The browser took the touch over (it started a scroll) or the pointer was lost. */
  cancel(id: number): void {
    this.#fingers.delete(id);
    this.#spoiled = true;
    if (this.#fingers.size === 0) this.#start = null;
  }

  up(id: number, x: number, y: number): SwipeDirection {
    if (!this.#fingers.delete(id)) return null;
    const start = this.#start;
    if (this.#fingers.size > 0) return null;
    this.#start = null;
    if (this.#spoiled || !start || start.id !== id) return null;
    return classifySwipe(x - start.x, y - start.y);
  }
}

export type SwipeHandlers = {
  onleft: () => void;
  onright: () => void;
  /** Asked at each gesture's end; swipes are off while it returns false. */
  enabled?: () => boolean;
};

/** A Svelte attachment: calls `onleft` (next) or `onright` (previous) on a clear one-finger sideways swipe. */
export function swipe(handlers: SwipeHandlers): (node: HTMLElement) => () => void {
  return (node) => {
    const tracker = new SwipeTracker();
    const down = (event: PointerEvent): void => {
      if (event.pointerType === 'mouse') return;
      tracker.down(event.pointerId, event.clientX, event.clientY);
    };
    const up = (event: PointerEvent): void => {
      if (event.pointerType === 'mouse') return;
      const direction = tracker.up(event.pointerId, event.clientX, event.clientY);
      if (direction === null || handlers.enabled?.() === false) return;
      if (direction === 'left') handlers.onleft();
      else handlers.onright();
    };
    const cancel = (event: PointerEvent): void => tracker.cancel(event.pointerId);
    const scrolled = (): void => tracker.scrolled();
    node.addEventListener('pointerdown', down);
    node.addEventListener('pointerup', up);
    node.addEventListener('pointercancel', cancel);
    // Scroll events do not bubble; a capturing listener hears the reading area's own scrolls.
    node.addEventListener('scroll', scrolled, { capture: true, passive: true });
    return () => {
      node.removeEventListener('pointerdown', down);
      node.removeEventListener('pointerup', up);
      node.removeEventListener('pointercancel', cancel);
      node.removeEventListener('scroll', scrolled, { capture: true });
    };
  };
}

/** Swipes are off at Large text and above: there every card scrolls, so most drags are reading, not paging. */
export function swipesEnabled(textSize: number): boolean {
  return textSize < 125;
}
