// Navigation controls ignore a repeat press within REPEAT_IGNORE_MS (lib/repeat-guard.ts). While a control
// is in that window it says so (aria-disabled), with no visible change, so nothing flickers for the visitor.
import { REPEAT_IGNORE_MS, RepeatGuard } from '../lib/repeat-guard';

type GuardedControl = 'back' | 'next' | 'home' | 'skip';

class PressGuard {
  cooling = $state<Record<GuardedControl, boolean>>({ back: false, next: false, home: false, skip: false });
  readonly #guard = new RepeatGuard();
  readonly #timers = new Map<GuardedControl, ReturnType<typeof setTimeout>>();

  /** Runs `action` unless this is a repeat press on the same control. */
  press(key: GuardedControl, action: () => void): void {
    const accepted = this.#guard.accept(key);
    clearTimeout(this.#timers.get(key));
    this.cooling = { ...this.cooling, [key]: true };
    this.#timers.set(
      key,
      setTimeout(() => {
        this.cooling = { ...this.cooling, [key]: false };
      }, REPEAT_IGNORE_MS),
    );
    if (accepted) action();
  }
}

export const pressGuard = new PressGuard();
