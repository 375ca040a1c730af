import { columnLetters, quoteSheetName } from '../engine/cells';
import { termReference, TermReferences } from './contractTerms';

/**
 * The live formulas of invoice and correction lines (DESIGN §7). Every line has the same shape,
 * references its status cell on the candidate sheet and the contract's defined names, and embeds no
 * amount, rate or date. They compute exactly what the engine's rules compute; tests recompute them in
 * LibreOffice.
 *
 * The words S/FULL/SELV and D/PARTIAL/DELVIS are the status vocabulary of DESIGN §4.3; NUMBERVALUE reads
 * text shares such as "0,5" or "50%" the same in every locale.
 */
export type FormulaColumn = 'id' | 'status' | 'share' | 'rate' | 'before' | 'uncapped' | 'capUsed' | 'amount' | 'reason';

/** Where a line sits: its row on the sheet and its candidate's row on the candidate sheet (0-based). */
export interface LineCells {
  readonly row: number;
  readonly sourceRow: number;
}

export interface InvoiceFormulaContext {
  readonly sourceSheet: string;
  readonly idColumn: number;
  readonly weekColumn: number;
  readonly startColumn?: number;
  readonly endColumn?: number;
  /** Header-block cells holding the week's Monday and Sunday and what was invoiced before the week. */
  readonly mondayCell: string;
  readonly sundayCell: string;
  readonly invoicedBeforeCell: string;
  readonly defined: TermReferences;
  /** The sheet column of each formula column; `capUsed` only where lines are not all present (corrections). */
  readonly columns: Readonly<Record<Exclude<FormulaColumn, 'capUsed'>, number>> & { readonly capUsed?: number };
  /** The first data row of the table (0-based), where the running total under the cap starts. */
  readonly firstRow: number;
}

/** Row-number placeholders: every line's formulas are one template with its own row numbers put in. */
const ROW = '\u0001';
const SOURCE_ROW = '\u0002';
const PREVIOUS_ROW = '\u0003';

const WORDS_FULL = ['S', 'FULL', 'SELV'];
const WORDS_PARTIAL = ['D', 'PARTIAL', 'DELVIS'];

/**
 * The formulas of a sheet's lines, built once as a template; the function returned fills in one line's
 * rows (10,000 lines take milliseconds, not a rebuild of every formula).
 */
export function lineFormulas(context: InvoiceFormulaContext): (cells: LineCells) => Record<FormulaColumn, string | undefined> {
  const template = templateFormulas(context);
  const pieces = Object.entries(template).map(([column, formula]) => [column, formula?.split(/([\u0001-\u0003])/)] as const);
  return ({ row, sourceRow }) => {
    const values: Record<string, string> = { [ROW]: String(row + 1), [SOURCE_ROW]: String(sourceRow + 1), [PREVIOUS_ROW]: String(row) };
    const formulas = {} as Record<FormulaColumn, string | undefined>;
    for (const [column, parts] of pieces)
      formulas[column as FormulaColumn] = parts && (parts.length === 1 ? parts[0] : parts.map((part) => values[part] ?? part).join(''));
    return formulas;
  };
}

function templateFormulas(context: InvoiceFormulaContext): Record<FormulaColumn, string | undefined> {
  const { columns } = context;
  const at = (column: number) => `${columnLetters(column)}${ROW}`;
  const [status, share, rate, before, uncapped, paid] = [
    columns.status,
    columns.share,
    columns.rate,
    columns.before,
    columns.uncapped,
    columns.amount,
  ].map(at);
  const source = (column: number, absoluteColumn: boolean) =>
    `${quoteSheetName(context.sourceSheet)}!${absoluteColumn ? '$' : ''}${columnLetters(column)}${SOURCE_ROW}`;
  const word = (words: string[]) => `OR(UPPER(TRIM(${status}))={${words.map((each) => `"${each}"`).join(',')}})`;
  const enrolment = enrolmentTests(context, source);
  const contract = contractTests(context);
  const maxWeeks = context.defined.has('maxWeeks') ? [`${before}<${termReference(context.defined, 'maxWeeks')}`] : [];
  const payable = [`${share}>0`, `${share}<=1`, ...enrolment, ...contract, ...maxWeeks];
  const partialRate = context.defined.has('partialRate') ? termReference(context.defined, 'partialRate') : 'NA()';
  const reasons: [string, string][] = [
    [`ISERROR(${rate}*${share})`, 'invalid-status'],
    // A status cleared since an invoice (share 0) pays nothing for no fault; only corrections show such lines.
    [`${share}=0`, ''],
    [`OR(${share}<=0,${share}>1)`, 'invalid-status'],
    ...(enrolment.length ? [[`NOT(AND(${enrolment.join(',')}))`, 'outside-enrolment'] as [string, string]] : []),
    ...(contract.length ? [[`NOT(AND(${contract.join(',')}))`, 'outside-contract'] as [string, string]] : []),
    ...(maxWeeks.length ? [[`${before}>=${termReference(context.defined, 'maxWeeks')}`, 'max-weeks'] as [string, string]] : []),
    [`${paid}<${uncapped}`, 'cap'],
  ];
  return {
    id: source(context.idColumn, true),
    status: source(context.weekColumn, false),
    share: `IF(ISNUMBER(${status}),${status},IF(${word([...WORDS_FULL, ...WORDS_PARTIAL])},1,_xlfn.NUMBERVALUE(SUBSTITUTE(TRIM(${status}),",","."),".",",")))`,
    rate: `IF(${word(WORDS_PARTIAL)},${partialRate},${termReference(context.defined, 'weeklyRate')})`,
    before: undefined,
    uncapped: `IFERROR(IF(AND(${payable.join(',')}),ROUND(${rate}*${share},2),0),0)`,
    capUsed: undefined,
    amount: cappedAmount(context, uncapped),
    reason: reasons.reduceRight((otherwise, [test, reason]) => `IF(${test},"${reason}",${otherwise})`, '""'),
  };
}

/**
 * Under a cap, a line gets at most what is left of it. On an invoice every line of the week is on the
 * sheet, so what is used is what the week invoiced before plus the amounts above; a correction holds only
 * the lines that changed, so each line carries what was used before it.
 */
function cappedAmount(context: InvoiceFormulaContext, uncapped: string): string {
  if (!context.defined.has('paymentCap')) return uncapped;
  if (context.columns.capUsed !== undefined)
    return `MIN(${uncapped},MAX(0,${termReference(context.defined, 'paymentCap')}-${columnLetters(context.columns.capUsed)}${ROW}))`;
  const paid = columnLetters(context.columns.amount);
  return `MIN(${uncapped},MAX(0,${termReference(context.defined, 'paymentCap')}-${context.invoicedBeforeCell}-SUM(${paid}$${context.firstRow}:${paid}${PREVIOUS_ROW})))`;
}

function enrolmentTests(context: InvoiceFormulaContext, source: (column: number, absoluteColumn: boolean) => string): string[] {
  const tests: string[] = [];
  if (context.startColumn !== undefined) {
    const start = source(context.startColumn, true);
    tests.push(`OR(${start}="",INT(${start})<=${context.sundayCell})`);
  }
  if (context.endColumn !== undefined) {
    const end = source(context.endColumn, true);
    tests.push(`OR(${end}="",INT(${end})>=${context.mondayCell})`);
  }
  return tests;
}

function contractTests(context: InvoiceFormulaContext): string[] {
  const tests: string[] = [];
  if (context.defined.has('contractStart')) tests.push(`INT(${termReference(context.defined, 'contractStart')})<=${context.sundayCell}`);
  if (context.defined.has('contractEnd')) tests.push(`INT(${termReference(context.defined, 'contractEnd')})>=${context.mondayCell}`);
  return tests;
}
