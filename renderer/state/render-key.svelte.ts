// A counter the App keys its screens on: bumping it throws away all component-local state.
class RenderKey {
  value = $state(0);

  bump(): void {
    this.value += 1;
  }
}

export const renderKey = new RenderKey();
