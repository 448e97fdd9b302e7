// Named re-export so the rest of the renderer never uses default imports of components.
export { default as App } from './App.svelte';
