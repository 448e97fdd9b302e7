// The one test for "a JSON object" (not null, not a list) that every reader of untrusted data uses.

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
