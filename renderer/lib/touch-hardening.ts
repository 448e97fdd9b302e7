// A public touchscreen must not offer browser gestures: no long-press menu, no text selection, no dragging
// images or links away. (Zoom, overscroll and selection are also blocked in CSS and the viewport meta tag.)
export function hardenTouch(target: Window = window): void {
  const prevent = (event: Event): void => event.preventDefault();
  target.addEventListener('contextmenu', prevent);
  target.addEventListener('dragstart', prevent);
  target.addEventListener('selectstart', prevent);
  // The UI has no links (content compiles to buttons); should one ever appear, it must not open or navigate.
  const blockLink = (event: MouseEvent): void => {
    if (event.target instanceof Element && event.target.closest('a[href], area[href]'))
      event.preventDefault();
  };
  target.addEventListener('click', blockLink, { capture: true });
  target.addEventListener('auxclick', blockLink, { capture: true });
  // Dropped files would otherwise be opened by the browser in place of the kiosk.
  target.addEventListener('dragover', prevent);
  target.addEventListener('drop', prevent);
  // Ctrl/pinch wheel-zoom on precision touchpads and some touch drivers.
  target.addEventListener(
    'wheel',
    (event) => {
      if (event.ctrlKey) event.preventDefault();
    },
    { passive: false },
  );
  // Multi-finger gestures (pinch) where touch-action is not honoured.
  target.addEventListener(
    'touchmove',
    (event) => {
      if (event.touches.length > 1) event.preventDefault();
    },
    { passive: false },
  );
}
