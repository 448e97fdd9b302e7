// What a visitor chose to take home: the questions they ticked, the take-home panel, the print's progress.
// Everything here goes back to its initial value on resetVisit(), so the next visitor sees none of it.
import { kiosk } from '../lib/kiosk';

type PrintState = 'idle' | 'printing' | 'printed' | 'too-soon' | 'failed';

export type TakeHomeSnapshot = { questions: string[]; panelOpen: boolean; print: PrintState };

class TakeHome {
  /** Ticked question ids (first sentence ids), in the order ticked. */
  questions = $state<string[]>([]);
  panelOpen = $state(false);
  print = $state<PrintState>('idle');
  // A print answered after a reset must not write into the next visit.
  #generation = 0;

  isTicked(id: string): boolean {
    return this.questions.includes(id);
  }

  toggle(id: string): void {
    this.questions = this.isTicked(id) ? this.questions.filter((q) => q !== id) : [...this.questions, id];
  }

  openPanel(): void {
    if (this.panelOpen) return;
    this.panelOpen = true;
    this.print = 'idle';
    kiosk.recordUsage({ type: 'take-home:qr' });
  }

  closePanel(): void {
    this.panelOpen = false;
  }

  async printSummary(): Promise<void> {
    if (this.print === 'printing') return;
    const generation = this.#generation;
    this.print = 'printing';
    let next: PrintState;
    try {
      const result = await kiosk.printSummary();
      next = result.ok ? 'printed' : result.reason === 'too-soon' ? 'too-soon' : 'failed';
    } catch {
      next = 'failed';
    }
    if (generation === this.#generation) this.print = next;
  }

  reset(): void {
    this.#generation += 1;
    this.questions = [];
    this.panelOpen = false;
    this.print = 'idle';
  }

  snapshot(): TakeHomeSnapshot {
    return { questions: [...this.questions], panelOpen: this.panelOpen, print: this.print };
  }
}

export const takeHome = new TakeHome();
