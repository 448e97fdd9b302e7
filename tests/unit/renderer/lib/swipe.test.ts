import { describe, expect, it } from 'vitest';
import { SWIPE_MIN_PX, classifySwipe } from '../../../../renderer/lib/swipe';

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
});
