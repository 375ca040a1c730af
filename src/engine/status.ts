import { CellValue, isExcelError } from './cells';
import { EngineError, engineError } from './errors';
import { Amount, amount } from './money';
import { statusTextError } from './statusFlaws';
import { excelTrim, numberOfText, WordKind, wordKind } from './statusGrammar';

/**
 * A candidate's status for one week (docs/rules.md §4.3):
 * - `full`: wholly self-supporting, share 1;
 * - `partial`: partly self-supporting, paid at the partial rate;
 * - `share`: partly, by degree, paid at `share` × the full rate (0 < share < 1);
 * - `none`: not self-supporting.
 */
export type Status =
  { readonly kind: 'full' } | { readonly kind: 'partial' } | { readonly kind: 'share'; readonly share: Amount } | { readonly kind: 'none' };

/** Why a cell that was read is still not in canonical form: the sheet check warns about it. */
export type StatusNote =
  /** Text that looks like a number (`"0,5"`, `"50 %"`): read as that number. */
  | 'numberAsText'
  /** A word with spaces around it (`"D "`): read as the word. */
  | 'spaces'
  /** TRUE or FALSE: read as 1 or 0, as Excel's arithmetic and LibreOffice (which has no logical type) read it. */
  | 'logical';

export interface StatusReading {
  readonly status: Status;
  readonly note?: StatusNote;
}

const FULL: Status = { kind: 'full' };
const PARTIAL: Status = { kind: 'partial' };
const NONE: Status = { kind: 'none' };
/** The one "not self-supporting" status: statuses are compared by identity when priced. */
export const NONE_STATUS = NONE;
const BLANK: StatusReading = { status: NONE };
const BY_WORD_KIND: Readonly<Record<WordKind, Status>> = { full: FULL, partial: PARTIAL, none: NONE };

/** docs/rules.md §4.3, by the grammar of statusGrammar.ts: a cell's status, or an error naming what is wrong. */
export function parseStatus(value: CellValue | undefined): StatusReading | EngineError {
  if (value === null || value === undefined) return BLANK;
  if (typeof value === 'number') return statusFromNumber(value, String(value));
  if (typeof value === 'boolean') return statusFromNumber(value ? 1 : 0, String(value).toUpperCase(), 'logical');
  if (isExcelError(value)) return engineError('#VALUE!', 'status.excelError', { value: value.error });
  const trimmed = excelTrim(value);
  const kind = wordKind(trimmed);
  if (kind !== undefined) {
    // A cell of spaces only is as good as blank; a word with spaces around it is worth a warning.
    return trimmed === value || trimmed === '' ? { status: BY_WORD_KIND[kind] } : { status: BY_WORD_KIND[kind], note: 'spaces' };
  }
  const number = numberOfText(value);
  if (number === undefined) return statusTextError(value);
  return statusFromNumber(number, trimmed, 'numberAsText');
}

function statusFromNumber(value: number, shown: string, note?: StatusNote): StatusReading | EngineError {
  if (!Number.isFinite(value) || value < 0 || value > 1) return engineError('#NUM!', 'status.outOfRange', { value: shown });
  const status: Status = value === 0 ? NONE : value === 1 ? FULL : { kind: 'share', share: amount(value) };
  return note ? { status, note } : { status };
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
