/**
 * Excel on the web refuses a request or a response above 5 MB. Each sync is kept below this budget,
 * which leaves room for Office.js's own envelope around the data (object paths, action ids).
 */
export const PAYLOAD_BUDGET = 4_000_000;

/** What one queued call adds to a request besides its data: its action and object path. */
export const CALL_OVERHEAD = 300;

/** UTF-8 size of a value's JSON: what the value adds to a request or response body. */
export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value) ?? '';
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    // Surrogate pairs: two units, four bytes.
    if (unit >= 0x80) bytes += unit < 0x800 || (unit >= 0xd800 && unit <= 0xdfff) ? 1 : 2;
  }
  return bytes;
}
