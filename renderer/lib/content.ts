// The compiled content, as the build produced it. Components import from here, not the virtual module.
import compiled from 'virtual:kiosk-content';
import type { CompiledContent } from '../../electron/shared/content-types';

export const content: CompiledContent = compiled;
