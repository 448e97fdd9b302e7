// The JSON Schema (draft-07) of kiosk-config.json for editors and pipelines, generated from the valibot
// schemas in config-schema.ts, never written by hand. `npm run config:schema` writes it to
// docs/kiosk-config.schema.json; a unit test fails when that file is stale or disagrees with the validator.
import * as v from 'valibot';
import { toJsonSchema } from '@valibot/to-json-schema';
import type { JsonSchema } from '@valibot/to-json-schema';
import { CONFIG_KEY_SCHEMAS, CONFIG_KEYS, DEFAULT_CONFIG } from './config-schema';

const CONFIG_SCHEMA_ID = 'https://all-chemo-kiosk.invalid/kiosk-config.schema.json';

export function configJsonSchema(): JsonSchema {
  const entries = Object.fromEntries(CONFIG_KEYS.map((key) => [key, v.optional(CONFIG_KEY_SCHEMAS[key])]));
  const schema = toJsonSchema(v.strictObject(entries), {
    // Skipped: v.trim() (the phone pattern already allows spaces) and custom checks JSON Schema cannot say:
    // keep_awake_hours start ≠ end, a phone map with at least one language, default_locale ∈ locales. A list
    // without repeats is added below. --check-config applies all of them.
    errorMode: 'ignore',
  });
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const locales = properties.locales;
  if (locales !== undefined) locales.uniqueItems = true;
  for (const key of CONFIG_KEYS) {
    const property = properties[key];
    if (property !== undefined)
      property.default = JSON.parse(JSON.stringify(DEFAULT_CONFIG[key])) as JsonSchema['default'];
  }
  const { $schema: _draft, ...rest } = schema;
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: CONFIG_SCHEMA_ID,
    title: 'ALL Chemo Guide kiosk config (kiosk-config.json)',
    description:
      'Every key is optional; a bad value falls back to its default with a warning. Check a file with `--check-config PATH`.',
    ...rest,
  };
}
