/// <reference types="svelte" />
/// <reference types="vite/client" />

// Served by build/content/vite-plugin.ts: the content compiled at build time.
declare module 'virtual:kiosk-content' {
  const content: import('../electron/shared/content-types').CompiledContent;
  export default content;
}
