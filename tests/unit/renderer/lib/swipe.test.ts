import { describe, expect, it } from 'vitest';
import { SWIPE_MIN_PX, SwipeTracker, classifySwipe, swipesEnabled } from '../../../../renderer/lib/swipe';

describe('classifySwipe', () => {
  it('reads a long sideways move as a swipe', () => {
    expect(classifySwipe(-120, 10)).toBe('left');
    expect(classifySwipe(150, -20)).toBe('right');
  });

  it('ignores short moves', () => {
    expect(classifySwipe(SWIPE_MIN_PX - 1, 0)).toBeNull();
  });

  it('ignores mostly vertical moves (reading scrolls)', () => {
    expect(classifySwipe(-100, 60)).toBeNull();
    expect(classifySwipe(20, 300)).toBeNull();
  });

  it('ignores a sloppy drag more than 20° off horizontal (140 px across, 60 px up)', () => {
    expect(classifySwipe(-140, -60)).toBeNull();
    expect(classifySwipe(-140, -50)).toBe('left');
  });
});

describe('SwipeTracker', () => {
  it('turns one clean finger into a direction', () => {
    const t = new SwipeTracker();
    t.down(1, 300, 200);
    expect(t.up(1, 100, 210)).toBe('left');
  });

  it('never turns a pinch into a swipe, in or out, whichever finger lifts first', () => {
    const out = new SwipeTracker();
    out.down(1, 480, 300);
    out.down(2, 520, 300);
    expect(out.up(1, 350, 300)).toBeNull();
    expect(out.up(2, 650, 300)).toBeNull();
    const late = new SwipeTracker();
    late.down(1, 600, 300);
    late.down(2, 700, 300);
    expect(late.up(2, 720, 300)).toBeNull();
    expect(late.up(1, 400, 300)).toBeNull();
  });

  it('starts fresh after a spoiled gesture', () => {
    const t = new SwipeTracker();
    t.down(1, 480, 300);
    t.down(2, 520, 300);
    t.up(1, 350, 300);
    t.up(2, 650, 300);
    t.down(3, 300, 300);
    expect(t.up(3, 100, 300)).toBe('left');
  });

  it('ignores a gesture during which the reading area scrolled, or the browser took over', () => {
    const scrolled = new SwipeTracker();
    scrolled.down(1, 300, 200);
    scrolled.scrolled();
    expect(scrolled.up(1, 100, 200)).toBeNull();
    const cancelled = new SwipeTracker();
    cancelled.down(1, 300, 200);
    cancelled.cancel(1);
    expect(cancelled.up(1, 100, 200)).toBeNull();
  });

  it('a scroll between gestures does not spoil the next one', () => {
    const t = new SwipeTracker();
    t.scrolled();
    t.down(1, 100, 200);
    expect(t.up(1, 300, 200)).toBe('right');
  });
});

describe('swipesEnabled', () => {
  it('is on at Normal text and off at Large and above', () => {
    expect(swipesEnabled(100)).toBe(true);
    expect([125, 150, 200].map(swipesEnabled)).toEqual([false, false, false]);
  });
});
