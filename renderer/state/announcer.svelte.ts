// The polite live region's text: step changes are announced here for screen readers.
class Announcer {
  text = $state('');

  say(text: string): void {
    this.text = text;
  }

  reset(): void {
    this.text = '';
  }
}

export const announcer = new Announcer();
