// `npm run config:schema`: writes docs/kiosk-config.schema.json from the valibot schemas. A unit test fails
// when the checked-in file differs from what this would write.
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { format } from 'prettier';
import { configJsonSchema } from '../../electron/shared/config-json-schema';

export const SCHEMA_FILE = path.resolve(import.meta.dirname, '../../docs/kiosk-config.schema.json');

/** The file's text, formatted as `npm run check`'s Prettier wants it. */
export function schemaText(): Promise<string> {
  return format(JSON.stringify(configJsonSchema()), { parser: 'json', printWidth: 110 });
}

const invoked = process.argv[1] ? pathToFileURL(path.resolve(process.argv[1])).href : '';
if (import.meta.url === invoked) {
  writeFileSync(SCHEMA_FILE, await schemaText());
  console.log(`Wrote ${path.relative(process.cwd(), SCHEMA_FILE)}.`);
}
