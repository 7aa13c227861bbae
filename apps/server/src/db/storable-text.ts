// PostgreSQL cannot store a NUL character in text or jsonb, nor a lone UTF-16 surrogate in
// jsonb: a value holding one fails deep in a query. Inputs are checked with this at the door.

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Why PostgreSQL could not store the text, or undefined when it can. */
export function unstorableReason(text: string): string | undefined {
  if (text.includes('\u0000')) return 'must not contain a NUL character';
  if (LONE_SURROGATE.test(text)) return 'must be well-formed Unicode text';
  return undefined;
}
