// Whether movement should be avoided: calm mode or the system's reduced-motion setting.
export function prefersStill(calm: boolean): boolean {
  return calm || window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}
