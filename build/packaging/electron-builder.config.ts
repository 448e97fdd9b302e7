// The file `npm run dist` passes to electron-builder (--config). electron-builder 26 loads .ts configs with jiti
// and takes the default export, hence the one default export in this house of named exports.
import { builderConfig } from './builder-config.ts';
import { packagingPaths } from './paths.ts';
import { signingPlan } from './signing.ts';

// eslint-disable-next-line no-restricted-syntax -- electron-builder reads the default export of its config file.
export default builderConfig(packagingPaths(), signingPlan(process.env));
