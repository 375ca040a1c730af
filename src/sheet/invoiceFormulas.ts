import { columnLetters, quoteSheetName } from '../engine/cells';
import { WordKind } from '../engine/statusGrammar';
import { termReference, TermReferences } from './contractTerms';
import { isWord, payableStatus, shareOfStatus } from './statusFormulas';

/**
 * The live formulas of invoice and correction lines (docs/rules.md §7). Every line has the same shape,
 * references its status cells on the candidate sheet and the contract's defined names, and embeds no
 * amount, rate or date. They compute exactly what the engine's rules compute; tests recompute them in
 * LibreOffice. Statuses are read by the status grammar's own formulas (statusFormulas.ts).
 */
export type FormulaColumn = 'id' | 'status' | 'share' | 'rate' | 'before' | 'uncapped' | 'amount' | 'reason';

/** Where a line sits: its row on the sheet and its candidate's row on the candidate sheet (0-based). */
export interface LineCells {
  readonly row: number;
  readonly sourceRow: number;
}

/** The candidate sheet's week columns before the invoiced week, and the header-block cells of their Mondays. */
export interface EarlierWeeks {
  readonly firstColumn: number;
  readonly lastColumn: number;
  /** The row of week Mondays for those columns, e.g. `$B$15:$AC$15`. */
  readonly mondays: string;
}

export interface InvoiceFormulaContext {
  readonly sourceSheet: string;
  readonly idColumn: number;
  readonly weekColumn: number;
  readonly startColumn?: number;
  readonly endColumn?: number;
  /** Header-block cells holding the week's Monday and what was invoiced before the week. */
  readonly mondayCell: string;
  readonly invoicedBeforeCell: string;
  /** Undefined when no week of the candidate sheet comes before the invoiced one. */
  readonly earlierWeeks?: EarlierWeeks;
  readonly defined: TermReferences;
  /** The sheet column of each formula column. */
  readonly columns: Readonly<Record<FormulaColumn, number>>;
  /** The first data row of the table (0-based), where the running total under the cap starts. */
  readonly firstRow: number;
}

/** Row-number placeholders: every line's formulas are one template with its own row numbers put in. */
const ROW = '\u0001';
const SOURCE_ROW = '\u0002';
const PREVIOUS_ROW = '\u0003';

/** One line's formulas, from the sheet's template with the line's rows put in. */
export interface LineFormulas {
  (cells: LineCells): Record<FormulaColumn, string | undefined>;
  /**
   * The formula columns that reference the line's candidate row on the candidate sheet. The others reference
   * only their own line, its neighbours above and fixed cells, so one line's formula moved down a row is the
   * next line's; these are the next line's only when its candidate sits in the next row too.
   */
  readonly followsCandidateRow: ReadonlySet<FormulaColumn>;
}

/**
 * The formulas of a sheet's lines, built once as a template; the function returned fills in one line's
 * rows (10,000 lines take milliseconds, not a rebuild of every formula).
 */
export function lineFormulas(context: InvoiceFormulaContext): LineFormulas {
  const template = templateFormulas(context);
  const pieces = Object.entries(template).map(([column, formula]) => [column, formula?.split(/([\u0001-\u0003])/)] as const);
  const formulasOf = ({ row, sourceRow }: LineCells) => {
    const values: Record<string, string> = { [ROW]: String(row + 1), [SOURCE_ROW]: String(sourceRow + 1), [PREVIOUS_ROW]: String(row) };
    const formulas = {} as Record<FormulaColumn, string | undefined>;
    for (const [column, parts] of pieces)
      formulas[column as FormulaColumn] = parts && (parts.length === 1 ? parts[0] : parts.map((part) => values[part] ?? part).join(''));
    return formulas;
  };
  const followsCandidateRow = new Set(
    (Object.keys(template) as FormulaColumn[]).filter((column) => template[column]?.includes(SOURCE_ROW)),
  );
  return Object.assign(formulasOf, { followsCandidateRow });
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
  const source = (column: number) => `${quoteSheetName(context.sourceSheet)}!$${columnLetters(column)}${SOURCE_ROW}`;
  const week = context.mondayCell;
  const enrolment = within(week, enrolmentBounds(context, source));
  const contract = within(week, contractBounds(context));
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
    id: source(context.idColumn),
    status: statusCell(`${quoteSheetName(context.sourceSheet)}!${columnLetters(context.weekColumn)}${SOURCE_ROW}`),
    share: shareOfStatus(status),
    rate: `IF(${isWord(status, ['partial'])},${partialRate},${termReference(context.defined, 'weeklyRate')})`,
    before: payableWeeksBefore(context, source),
    uncapped: `IFERROR(IF(AND(${payable.join(',')}),ROUND(${rate}*${share},2),0),0)`,
    amount: cappedAmount(context, uncapped),
    reason: reasons.reduceRight((otherwise, [test, reason]) => `IF(${test},"${reason}",${otherwise})`, '""'),
  };
}

/**
 * The status cell as the line shows it. A blank cell shows as blank: a plain reference would give 0 in
 * Excel, and in LibreOffice an empty result that reads as "0" to TRIM but is no number to ISNUMBER.
 */
function statusCell(source: string): string {
  return `IF(ISBLANK(${source}),"",${source})`;
}

/**
 * docs/rules.md §4.5: the candidate's earlier weeks that were payable by status, enrolment and contract
 * period, counted over the candidate's row with the week Mondays of the header block, and capped at
 * SIB_MaxWeeks. The weeks between the bounds are those whose Monday lies on or after the latest lower
 * bound (a week counts when its Sunday reaches a start) and on or before the earliest upper bound.
 */
function payableWeeksBefore(context: InvoiceFormulaContext, source: (column: number) => string): string {
  const earlier = context.earlierWeeks;
  if (!earlier) return '0';
  const sheet = quoteSheetName(context.sourceSheet);
  const statuses = `${sheet}!$${columnLetters(earlier.firstColumn)}${SOURCE_ROW}:$${columnLetters(earlier.lastColumn)}${SOURCE_ROW}`;
  const kinds: WordKind[] = context.defined.has('partialRate') ? ['full', 'partial'] : ['full'];
  const bounds = [...enrolmentBounds(context, source), ...contractBounds(context)];
  // Blank cells of the Mondays row (columns that are not weeks) are 0, below the lower bound of 1.
  const lower = ['1', ...bounds.flatMap((bound) => bound.lower ?? [])];
  const upper = [`${context.mondayCell}-1`, ...bounds.flatMap((bound) => bound.upper ?? [])];
  const count =
    `SUMPRODUCT((${payableStatus(statuses, kinds)})` +
    `*(${earlier.mondays}>=MAX(${lower.join(',')}))*(${earlier.mondays}<=MIN(${upper.join(',')})))`;
  return context.defined.has('maxWeeks') ? `MIN(${termReference(context.defined, 'maxWeeks')},${count})` : count;
}

/** Bounds on a week's Monday: at least `lower`, at most `upper`. */
interface MondayBounds {
  readonly lower?: string;
  readonly upper?: string;
}

/** Tests that the week of `monday` lies within each of the bounds. */
function within(monday: string, bounds: readonly MondayBounds[]): string[] {
  return bounds.map((bound) => (bound.lower ? `${monday}>=${bound.lower}` : `${monday}<=${bound.upper}`));
}

/**
 * Enrolment: a start date (or none: blank, or text the engine reads as blank) and an end date. A week is
 * within it when its Sunday is on or after the start and its Monday on or before the end.
 */
function enrolmentBounds(context: InvoiceFormulaContext, source: (column: number) => string): MondayBounds[] {
  const bounds: MondayBounds[] = [];
  if (context.startColumn !== undefined) bounds.push({ lower: `INT(N(${source(context.startColumn)}))-6` });
  if (context.endColumn !== undefined) {
    const end = source(context.endColumn);
    // No end date (a blank, or text the engine reads as blank) bounds nothing: this week's Monday stands in.
    // Arithmetic, not IF, because the bound also sits inside SUMPRODUCT.
    bounds.push({ upper: `INT(N(${end}))+NOT(ISNUMBER(${end}))*${context.mondayCell}` });
  }
  return bounds;
}

function contractBounds(context: InvoiceFormulaContext): MondayBounds[] {
  const bounds: MondayBounds[] = [];
  if (context.defined.has('contractStart')) bounds.push({ lower: `INT(${termReference(context.defined, 'contractStart')})-6` });
  if (context.defined.has('contractEnd')) bounds.push({ upper: `INT(${termReference(context.defined, 'contractEnd')})` });
  return bounds;
}

/**
 * Under a cap, a line gets at most what is left of it: the cap less what was invoiced before the week and
 * the amounts above it. Every line of the week is on the sheet for that — a capped correction too.
 */
function cappedAmount(context: InvoiceFormulaContext, uncapped: string): string {
  if (!context.defined.has('paymentCap')) return uncapped;
  const paid = columnLetters(context.columns.amount);
  return `MIN(${uncapped},MAX(0,${termReference(context.defined, 'paymentCap')}-${context.invoicedBeforeCell}-SUM(${paid}$${context.firstRow}:${paid}${PREVIOUS_ROW})))`;
}
