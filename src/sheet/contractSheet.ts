import { CellValue, quoteSheetName } from '../engine/cells';
import { Language } from '../engine/messages';
import { CellEdit, CellSpec, DefinedNameSpec, NumberFormatKind, SheetGrid, WorkbookChanges } from '../workbook/types';
import { TERM_NAMES, TermKey } from './contractTerms';
import { workbookText, WorkbookTextKey } from './workbookTexts';

/**
 * docs/rules.md §6: the Contract sheet the task pane creates when a workbook has no contract terms: one row per
 * term — its defined name, what it means, its value in column C — and a defined name per term pointing at
 * that value cell. Terms missing from an existing Contract sheet are added in rows below what it holds.
 * Its name and labels are in the workbook's language: `Contract`, or `Kontrakt` in Danish.
 */
export function contractSheetName(language: Language): string {
  return workbookText(language, 'sheet.contract');
}

/** `percent`: a share of 0 to 1, shown and typed as a percentage. */
export type TermKind = 'amount' | 'date' | 'integer' | 'percent' | 'text';

/** The terms in the order the sheet lists them, each with its kind; what each means is in workbookTexts.ts. */
export const CONTRACT_TERMS: readonly { readonly key: TermKey; readonly kind: TermKind }[] = [
  { key: 'contractName', kind: 'text' },
  { key: 'commissioner', kind: 'text' },
  { key: 'investor', kind: 'text' },
  { key: 'provider', kind: 'text' },
  { key: 'weeklyRate', kind: 'amount' },
  { key: 'partialRate', kind: 'amount' },
  { key: 'maxWeeks', kind: 'integer' },
  { key: 'contractStart', kind: 'date' },
  { key: 'contractEnd', kind: 'date' },
  { key: 'paymentCap', kind: 'amount' },
  { key: 'invested', kind: 'amount' },
  { key: 'currency', kind: 'text' },
  { key: 'successTarget', kind: 'percent' },
  { key: 'language', kind: 'text' },
  { key: 'investorCvr', kind: 'text' },
  { key: 'commissionerCvr', kind: 'text' },
  { key: 'commissionerEan', kind: 'text' },
  { key: 'investorIban', kind: 'text' },
  { key: 'paymentDays', kind: 'integer' },
  { key: 'buyerReference', kind: 'text' },
  { key: 'vatCategory', kind: 'text' },
  { key: 'vatExemptionReason', kind: 'text' },
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

/** A new Contract sheet in `language` holding `keys` (in the sheet's order) with the values given, and their names. */
export function newContractSheet(keys: readonly TermKey[], values: TermValues, language: Language): WorkbookChanges {
  const terms = ordered(keys);
  const text = (key: WorkbookTextKey, bold = false): CellSpec => ({ value: workbookText(language, key), bold });
  const name = contractSheetName(language);
  const rows: (CellSpec | null)[][] = [
    [text('contract.title', true)],
    [text('contract.name', true), text('contract.term', true), text('contract.value', true)],
    ...terms.map(({ key }) => [{ value: TERM_NAMES[key] }, text(`term.${key}`), { value: values[key] ?? null, format: termFormat(key) }]),
  ];
  return {
    addSheets: [{ name, rows, columnWidths: [20, 38, 24] }],
    addNames: terms.map(({ key }, index) => ({ name: TERM_NAMES[key], formula: valueCell(name, HEADER_ROWS + index) })),
  };
}

/** Rows for terms missing from an existing Contract sheet, below its last non-empty row, and their names; labelled in `language`. */
export function addedTermRows(
  grid: SheetGrid,
  keys: readonly TermKey[],
  values: TermValues,
  language: Language,
): { edits: CellEdit[]; names: DefinedNameSpec[] } {
  const used = grid.rows.reduce<number>(
    (last, row, index) => (row?.some((cell) => cell !== null && cell !== undefined && cell !== '') ? index : last),
    -1,
  );
  const terms = ordered(keys);
  const sheet = quoteSheetName(grid.name);
  const edits = terms.flatMap(({ key }, index): CellEdit[] => {
    const row = used + 2 + index;
    return [
      { address: `${sheet}!A${row}`, cell: { value: TERM_NAMES[key] } },
      { address: `${sheet}!B${row}`, cell: { value: workbookText(language, `term.${key}`) } },
      { address: `${sheet}!${VALUE_COLUMN}${row}`, cell: { value: values[key] ?? null, format: termFormat(key) } },
    ];
  });
  return { edits, names: terms.map(({ key }, index) => ({ name: TERM_NAMES[key], formula: valueCell(grid.name, used + 1 + index) })) };
}

function ordered(keys: readonly TermKey[]) {
  return CONTRACT_TERMS.filter((term) => keys.includes(term.key));
}

/** `Contract!$C$5` for a 0-based row. */
function valueCell(sheet: string, row: number): string {
  return `${quoteSheetName(sheet)}!$${VALUE_COLUMN}$${row + 1}`;
}
