import { CellValue } from '../engine/cells';
import { CellEdit, CellSpec, DefinedNameSpec, NumberFormatKind, SheetGrid, WorkbookChanges } from '../workbook/types';
import { TERM_NAMES, TermKey } from './contractTerms';

/**
 * DESIGN §6: the Contract sheet the task pane creates when a workbook has no contract terms: one row per
 * term — its defined name, what it means, its value in column C — and a defined name per term pointing at
 * that value cell. Terms missing from an existing Contract sheet are added in rows below what it holds.
 */
export const CONTRACT_SHEET = 'Contract';

/** `percent`: a share of 0 to 1, shown and typed as a percentage. */
export type TermKind = 'amount' | 'date' | 'integer' | 'percent' | 'text';

/** The terms in the order the sheet lists them, each with its kind and what it means. */
export const CONTRACT_TERMS: readonly { readonly key: TermKey; readonly kind: TermKind; readonly meaning: string }[] = [
  { key: 'contractName', kind: 'text', meaning: 'Contract' },
  { key: 'commissioner', kind: 'text', meaning: 'Commissioner' },
  { key: 'investor', kind: 'text', meaning: 'Investor' },
  { key: 'provider', kind: 'text', meaning: 'Provider' },
  { key: 'weeklyRate', kind: 'amount', meaning: 'Weekly rate, wholly self-supporting' },
  { key: 'partialRate', kind: 'amount', meaning: 'Weekly rate, partly self-supporting' },
  { key: 'maxWeeks', kind: 'integer', meaning: 'Max payable weeks per candidate' },
  { key: 'contractStart', kind: 'date', meaning: 'Contract start' },
  { key: 'contractEnd', kind: 'date', meaning: 'Contract end' },
  { key: 'paymentCap', kind: 'amount', meaning: 'Contract payment cap' },
  { key: 'invested', kind: 'amount', meaning: 'Invested by the investor' },
  { key: 'currency', kind: 'text', meaning: 'Currency' },
  { key: 'successTarget', kind: 'percent', meaning: 'Success target, share of candidates self-supporting' },
  { key: 'investorCvr', kind: 'text', meaning: 'E-invoice: investor’s CVR number (seller)' },
  { key: 'commissionerCvr', kind: 'text', meaning: 'E-invoice: commissioner’s CVR number (buyer)' },
  { key: 'commissionerEan', kind: 'text', meaning: 'E-invoice: commissioner’s EAN location number (NemHandel)' },
  { key: 'investorIban', kind: 'text', meaning: 'E-invoice: investor’s IBAN, paid to' },
  { key: 'paymentDays', kind: 'integer', meaning: 'E-invoice: days to pay (blank: 30)' },
  { key: 'buyerReference', kind: 'text', meaning: 'E-invoice: buyer’s reference (blank: the contract)' },
  { key: 'vatCategory', kind: 'text', meaning: 'E-invoice: VAT category, O or E (blank: O)' },
  { key: 'vatExemptionReason', kind: 'text', meaning: 'E-invoice: VAT exemption reason (needed for E)' },
];

const FORMAT: Readonly<Record<TermKind, NumberFormatKind>> = {
  amount: 'amount',
  date: 'date',
  integer: 'integer',
  percent: 'share',
  text: 'text',
};

export function termKind(key: TermKey): TermKind {
  return CONTRACT_TERMS.find((term) => term.key === key)!.kind;
}

export function termFormat(key: TermKey): NumberFormatKind {
  return FORMAT[termKind(key)];
}

export type TermValues = Partial<Record<TermKey, CellValue>>;

const HEADER_ROWS = 2;
const VALUE_COLUMN = 'C';

/** A new Contract sheet holding `keys` (in the sheet's order) with the values given, and their names. */
export function newContractSheet(keys: readonly TermKey[], values: TermValues): WorkbookChanges {
  const terms = ordered(keys);
  const rows: (CellSpec | null)[][] = [
    [{ value: 'Contract terms — inputs. Formulas refer to these cells by their names.', bold: true }],
    [
      { value: 'Name', bold: true },
      { value: 'Term', bold: true },
      { value: 'Value', bold: true },
    ],
    ...terms.map(({ key, meaning }) => [
      { value: TERM_NAMES[key] },
      { value: meaning },
      { value: values[key] ?? null, format: termFormat(key) },
    ]),
  ];
  return {
    addSheets: [{ name: CONTRACT_SHEET, rows, columnWidths: [20, 38, 24] }],
    addNames: terms.map(({ key }, index) => ({ name: TERM_NAMES[key], formula: valueCell(HEADER_ROWS + index) })),
  };
}

/** Rows for terms missing from an existing Contract sheet, below its last non-empty row, and their names. */
export function addedTermRows(
  grid: SheetGrid,
  keys: readonly TermKey[],
  values: TermValues,
): { edits: CellEdit[]; names: DefinedNameSpec[] } {
  const used = grid.rows.reduce<number>(
    (last, row, index) => (row?.some((cell) => cell !== null && cell !== undefined && cell !== '') ? index : last),
    -1,
  );
  const terms = ordered(keys);
  const edits = terms.flatMap(({ key, meaning }, index): CellEdit[] => {
    const row = used + 2 + index;
    return [
      { address: `${CONTRACT_SHEET}!A${row}`, cell: { value: TERM_NAMES[key] } },
      { address: `${CONTRACT_SHEET}!B${row}`, cell: { value: meaning } },
      { address: `${CONTRACT_SHEET}!${VALUE_COLUMN}${row}`, cell: { value: values[key] ?? null, format: termFormat(key) } },
    ];
  });
  return { edits, names: terms.map(({ key }, index) => ({ name: TERM_NAMES[key], formula: valueCell(used + 1 + index) })) };
}

function ordered(keys: readonly TermKey[]) {
  return CONTRACT_TERMS.filter((term) => keys.includes(term.key));
}

/** `Contract!$C$5` for a 0-based row. */
function valueCell(row: number): string {
  return `${CONTRACT_SHEET}!$${VALUE_COLUMN}$${row + 1}`;
}
