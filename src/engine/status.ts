import { CellValue, isExcelError } from './cells';
import { EngineError, engineError } from './errors';
import { Amount, amount } from './money';

/**
 * A candidate's status for one week (DESIGN §4.3):
 * - `full`: wholly self-supporting, share 1;
 * - `partial`: partly self-supporting, paid at the partial rate;
 * - `share`: partly, by degree, paid at `share` × the full rate (0 < share < 1);
 * - `none`: not self-supporting.
 */
export type Status =
  { readonly kind: 'full' } | { readonly kind: 'partial' } | { readonly kind: 'share'; readonly share: Amount } | { readonly kind: 'none' };

export interface StatusReading {
  readonly status: Status;
  /** The cell held text that looks like a number (`"0,5"`, `"50%"`): read as that number, but worth a warning. */
  readonly numberAsText: boolean;
}

const FULL_WORDS = new Set(['S', 'FULL', 'SELV']);
const PARTIAL_WORDS = new Set(['D', 'PARTIAL', 'DELVIS']);
const NONE_WORDS = new Set(['', 'O', 'NONE', '-']);

const FULL: Status = { kind: 'full' };
const PARTIAL: Status = { kind: 'partial' };
const NONE: Status = { kind: 'none' };
/** The one "not self-supporting" status: statuses are compared by identity when priced. */
export const NONE_STATUS = NONE;
const BLANK: StatusReading = { status: NONE, numberAsText: false };

export function parseStatus(value: CellValue | undefined): StatusReading | EngineError {
  if (value === null || value === undefined) return BLANK;
  if (typeof value === 'number') return statusFromNumber(value, String(value), false);
  if (typeof value === 'boolean') return engineError('#VALUE!', 'status.boolean', { value: String(value).toUpperCase() });
  if (isExcelError(value)) return engineError('#VALUE!', 'status.excelError', { value: value.error });
  const word = value.trim().toUpperCase();
  if (FULL_WORDS.has(word)) return { status: FULL, numberAsText: false };
  if (PARTIAL_WORDS.has(word)) return { status: PARTIAL, numberAsText: false };
  if (NONE_WORDS.has(word)) return { status: NONE, numberAsText: false };
  const number = numberFromText(word);
  if (number === undefined) return engineError('#VALUE!', 'status.unknown', { value: value.trim() });
  return statusFromNumber(number, value.trim(), true);
}

function statusFromNumber(value: number, shown: string, fromText: boolean): StatusReading | EngineError {
  if (!Number.isFinite(value) || value < 0 || value > 1) return engineError('#NUM!', 'status.outOfRange', { value: shown });
  if (value === 0) return { status: NONE, numberAsText: fromText };
  if (value === 1) return { status: FULL, numberAsText: fromText };
  return { status: { kind: 'share', share: amount(value) }, numberAsText: fromText };
}

/** `0.5`, `0,5` (Danish decimal comma), `50%`, `50 %`. */
export function numberFromText(text: string): number | undefined {
  const match = /^([+-]?)(\d+(?:[.,]\d+)?|[.,]\d+)\s*(%?)$/.exec(text.trim());
  if (!match) return undefined;
  const number = Number(`${match[1]}${match[2].replace(',', '.')}`);
  return match[3] === '%' ? Number(amount(number).dividedBy(100).toString()) : number;
}

/** The paid share of the full rate: 1, the degree share, or 0. `partial` has no share of its own. */
export function shareOf(status: Status): Amount | undefined {
  switch (status.kind) {
    case 'full':
      return amount(1);
    case 'share':
      return status.share;
    case 'none':
      return amount(0);
    case 'partial':
      return undefined;
  }
}

/** Whether the status claims any self-support that week (a share above 0). */
export function isSelfSupporting(status: Status): boolean {
  return status.kind !== 'none';
}

/** The status as the invoice shows it: `S`, `D`, the share, or `O`. */
export function statusCode(status: Status): string {
  switch (status.kind) {
    case 'full':
      return 'S';
    case 'partial':
      return 'D';
    case 'share':
      return status.share.toString();
    case 'none':
      return 'O';
  }
}
