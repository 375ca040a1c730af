import { CellValue } from '../engine/cells';
import { Language } from '../engine/messages';
import { Amount, ZERO } from '../engine/money';
import { Reason } from '../engine/rules';
import { DateSystem, IsoWeek, todayDay } from '../engine/weeks';
import { ContractTerms, readContractTerms } from '../sheet/contractTerms';
import { correctionTotal } from '../sheet/correction';
import { defaultInvoiceWeek } from '../sheet/defaultWeek';
import { explainableLines, Explanation } from '../sheet/explain';
import { Finding } from '../sheet/findings';
import { InvestorFigures, InvestorRefusal } from '../sheet/investor';
import { Ledger, readLedger } from '../sheet/ledger';
import { findLedgerSheet, findProductSheet } from '../sheet/sheetNames';
import { StatementComparison } from '../sheet/statement';
import { parseRange, splitSheetReference } from '../workbook/ranges';
import { SheetGrid, WorkbookChanges, WorkbookReader } from '../workbook/types';
import { CheckRequest, findCandidateSheet, runCheck } from './checkJob';
import { EInvoiceJobResult, EInvoiceRequest, runEInvoice } from './einvoiceJob';
import { runExplain } from './explainJob';
import { runInvestor } from './investorJob';
import { InvoiceJobRefusal, SettledInvoice, settleInvoice } from './invoiceJob';
import { runStatement, StatementRefusal } from './statementJob';

/**
 * The jobs the task pane asks of the engine, each a request in and a small result out. They run where the
 * workbook's data is (in a Web Worker, see taskpane/engine), and their results cross to the pane's thread,
 * so a result holds what the pane shows and no more: never a whole candidate sheet.
 */
export interface PaneJobs {
  /** The workbook's sheets, and the candidate sheet found automatically. */
  readonly sheets: Job<object, SheetList>;
  readonly check: Job<{ readonly choice: CheckRequest }, CheckSummary>;
  readonly invoiceSetup: Job<{ readonly choice: CheckRequest }, InvoiceSetup>;
  readonly invoicePreview: Job<{ readonly choice: CheckRequest; readonly week: IsoWeek }, InvoicePreview>;
  readonly investor: Job<{ readonly choice: CheckRequest }, InvestorResult>;
  readonly explain: Job<{ readonly address: string; readonly formula?: string; readonly choice: CheckRequest }, Explanation>;
  readonly explainableLines: Job<{ readonly sheet: string }, readonly ExplainableLine[]>;
  readonly contract: Job<object, ContractSetup>;
  readonly statementWeeks: Job<{ readonly choice: CheckRequest }, readonly IsoWeek[]>;
  /** Checks a received invoice: in `received` (an .xlsx file's bytes) or, without it, in the workbook itself. */
  readonly statement: Job<{ readonly choice: CheckRequest; readonly week?: IsoWeek; readonly received?: Uint8Array }, StatementOutcome>;
  /** A cell's value, by its sheet-qualified address; undefined for a blank cell or one that does not exist. */
  readonly cellValue: Job<{ readonly address: string }, CellValue | undefined>;
  readonly einvoice: Job<EInvoiceRequest, EInvoiceOutcome>;
}

interface Job<Request, Result> {
  readonly request: Request;
  readonly result: Result;
}

export type PaneJobKind = keyof PaneJobs;
export type PaneJob<K extends PaneJobKind = PaneJobKind> = K extends PaneJobKind ? { readonly kind: K } & PaneJobs[K]['request'] : never;
export type PaneResult<K extends PaneJobKind> = PaneJobs[K]['result'];

export interface SheetList {
  readonly names: readonly string[];
  readonly detected?: string;
}

export interface CheckSummary {
  readonly sheetName: string;
  readonly findings: readonly Finding[];
  /** What was read, when the sheet could be read as a candidate sheet. */
  readonly read?: { readonly headerRow: number; readonly candidates: number; readonly weeks: readonly IsoWeek[] };
}

export interface InvoiceSetup {
  readonly sheetName?: string;
  /** The candidate sheet's weeks in date order. */
  readonly weeks: readonly IsoWeek[];
  readonly defaultWeek?: IsoWeek;
  readonly ledger?: Ledger;
  readonly currency?: string;
}

export interface PreviewLine {
  readonly candidateId: string;
  readonly status: CellValue;
  readonly amount: Amount;
  readonly reason: Reason | null;
}

export interface CorrectionPreviewLine {
  readonly candidateId: string;
  readonly issued: Amount;
  readonly amount: Amount;
  readonly difference: Amount;
}

/** What building a week would write, or why nothing would be. `fingerprint` ties a build to the preview it follows. */
export type InvoicePreview =
  | {
      readonly kind: 'invoice';
      readonly sheetName: string;
      readonly fingerprint: string;
      readonly week: IsoWeek;
      readonly currency: string;
      readonly lines: readonly PreviewLine[];
      readonly paid: number;
      readonly total: Amount;
      readonly cumulativeBefore: Amount;
      readonly capRemainingBefore?: Amount;
    }
  | {
      readonly kind: 'correction';
      readonly sheetName: string;
      readonly fingerprint: string;
      readonly week: IsoWeek;
      readonly currency: string;
      readonly lines: readonly CorrectionPreviewLine[];
      readonly total: Amount;
    }
  | { readonly kind: 'unchanged'; readonly week: IsoWeek; readonly sheets: readonly string[] }
  | { readonly kind: 'refused'; readonly refusal: InvoiceJobRefusal };

export type InvestorResult =
  | {
      readonly figures: InvestorFigures;
      readonly dateSystem: DateSystem;
      /** The workbook's language, which its chart sheet is written in. */
      readonly language: Language;
    }
  | { readonly refusal: InvestorRefusal | { readonly refused: 'ledger-unreadable'; readonly cells: readonly string[] } };

export interface ExplainableLine {
  readonly candidateId: string;
  readonly address: string;
}

export interface ContractSetup {
  readonly contract: ContractTerms;
  readonly contractSheet?: SheetGrid;
  readonly dateSystem: DateSystem;
}

/** The e-invoice of an issued invoice or correction, without the issued document it was made from. */
export type EInvoiceOutcome =
  Exclude<EInvoiceJobResult, { readonly kind: 'einvoice' }> | Omit<Extract<EInvoiceJobResult, { readonly kind: 'einvoice' }>, 'document'>;

export type StatementOutcome =
  | {
      /** The received table's header cell. */
      readonly address: string;
      readonly currency: string;
      readonly comparison: StatementComparison;
    }
  | { readonly refusal: StatementRefusal };

/** What a job may use besides the workbook: reporting progress, and reading another .xlsx file. */
export interface JobContext {
  readonly progress: (done: number, total: number) => void;
  readonly openReceived: (bytes: Uint8Array) => WorkbookReader;
}

type Handlers = { readonly [K in PaneJobKind]: (workbook: WorkbookReader, job: PaneJob<K>, context: JobContext) => Promise<PaneResult<K>> };

const HANDLERS: Handlers = {
  sheets: async (workbook) => ({ names: await workbook.sheetNames(), detected: await findCandidateSheet(workbook) }),
  check: async (workbook, { choice }) => {
    const check = await runCheck(workbook, choice);
    const sheet = check.sheet;
    return {
      sheetName: check.sheetName,
      findings: check.findings,
      read: sheet && { headerRow: sheet.layout.headerRow, candidates: sheet.candidates.length, weeks: sheet.weeks },
    };
  },
  invoiceSetup: async (workbook, { choice }) => {
    const check = await runCheck(workbook, choice);
    const ledgerSheet = findLedgerSheet(await workbook.sheetNames());
    return {
      sheetName: check.sheet?.layout.sheet,
      weeks: [...(check.sheet?.weeks ?? [])].sort((a, b) => a.monday - b.monday),
      defaultWeek: await firstInvoiceWeek(workbook, choice),
      ledger: ledgerSheet === undefined ? undefined : readLedger(await workbook.readSheet(ledgerSheet)),
      currency: check.contract.terms?.currency,
    };
  },
  invoicePreview: async (workbook, { choice, week }) => previewOf(await settledWeek(workbook, choice, week)),
  investor: async (workbook, { choice }) => {
    const result = await runInvestor(workbook, choice, todayDay());
    if ('refusal' in result) return { refusal: result.refusal };
    return { figures: result.figures, dateSystem: workbook.dateSystem, language: result.check.contract.language };
  },
  explain: async (workbook, { address, formula, choice }) => runExplain(workbook, address, formula, choice),
  explainableLines: async (workbook, { sheet }) => {
    const name = await sheetNamed(workbook, sheet);
    return name === undefined ? [] : explainableLines(await workbook.readSheet(name));
  },
  contract: async (workbook) => {
    const sheet = findProductSheet(await workbook.sheetNames(), 'sheet.contract');
    return {
      contract: await readContractTerms(workbook),
      contractSheet: sheet === undefined ? undefined : await workbook.readSheet(sheet),
      dateSystem: workbook.dateSystem,
    };
  },
  statementWeeks: async (workbook, { choice }) =>
    [...((await runCheck(workbook, choice)).sheet?.weeks ?? [])].sort((a, b) => b.monday - a.monday),
  statement: async (workbook, { choice, week, received }, context) => {
    const result = await runStatement(received ? context.openReceived(received) : workbook, workbook, { ...choice, week });
    if ('refusal' in result) return { refusal: result.refusal };
    return { address: result.statement.address, currency: result.invoice.terms.currency, comparison: result.comparison };
  },
  cellValue: async (workbook, { address }) => {
    const reference = splitSheetReference(address);
    const cell = reference && parseRange(reference.range);
    const sheet = reference && (await sheetNamed(workbook, reference.sheet));
    if (!cell || sheet === undefined) return undefined;
    return (await workbook.readSheet(sheet)).rows[cell.top]?.[cell.left] ?? undefined;
  },
  einvoice: async (workbook, request) => {
    const result = await runEInvoice(workbook, request);
    if (result.kind === 'refused') return result;
    return { kind: 'einvoice', einvoice: result.einvoice, fileName: result.fileName };
  },
};

export function runPaneJob<K extends PaneJobKind>(workbook: WorkbookReader, job: PaneJob<K>, context: JobContext): Promise<PaneResult<K>> {
  const handler = HANDLERS[job.kind] as (workbook: WorkbookReader, job: PaneJob<K>, context: JobContext) => Promise<PaneResult<K>>;
  return handler(workbook, job, context);
}

/** What building the week will write, checked against the preview the user saw, if any. */
export interface BuildRequest {
  readonly choice: CheckRequest;
  readonly week: IsoWeek;
  readonly builtAt: Date;
  /** The preview shown before building: the build writes nothing if the data no longer gives it. */
  readonly expected?: { readonly sheetName: string; readonly fingerprint: string };
}

export type BuildPlan =
  | {
      readonly kind: 'ready';
      readonly preview: InvoicePreview & { readonly kind: 'invoice' | 'correction' };
      readonly changes: WorkbookChanges;
    }
  /** Nothing to write: the week is invoiced with this data already, or cannot be invoiced. */
  | { readonly kind: 'nothing'; readonly preview: InvoicePreview }
  /** The data changed since the preview: the new preview to show instead. */
  | { readonly kind: 'changed'; readonly preview: InvoicePreview };

export type BuildOutcome =
  /** Written: the sheet it added; its lines are what the preview showed, and need not cross back. */
  { readonly kind: 'built'; readonly sheetName: string } | Exclude<BuildPlan, { readonly kind: 'ready' }>;

/** The build's steps, for its progress bar: the check, settling the week, laying out the sheet, then the write. */
export const BUILD_STEPS = { checked: 1, settled: 2, laidOut: 3, written: 4, total: 5 } as const;

export async function planBuild(workbook: WorkbookReader, request: BuildRequest, context: JobContext): Promise<BuildPlan> {
  await runCheck(workbook, request.choice);
  context.progress(BUILD_STEPS.checked, BUILD_STEPS.total);
  const settled = await settledWeek(workbook, request.choice, request.week);
  context.progress(BUILD_STEPS.settled, BUILD_STEPS.total);
  const preview = previewOf(settled);
  const { expected } = request;
  if (expected && !(preview.kind === 'invoice' || preview.kind === 'correction')) return { kind: 'changed', preview };
  if (settled.kind !== 'invoice' && settled.kind !== 'correction') return { kind: 'nothing', preview };
  if (preview.kind !== 'invoice' && preview.kind !== 'correction') return { kind: 'nothing', preview };
  if (expected && (expected.fingerprint !== preview.fingerprint || expected.sheetName !== preview.sheetName))
    return { kind: 'changed', preview };
  const changes = settled.layout(request.builtAt);
  context.progress(BUILD_STEPS.laidOut, BUILD_STEPS.total);
  return { kind: 'ready', preview, changes };
}

/** A reader never changes, so the week settled for its preview is the one its build lays out. */
const settlements = new WeakMap<WorkbookReader, Map<string, Promise<SettledInvoice>>>();

function settledWeek(workbook: WorkbookReader, choice: CheckRequest, week: IsoWeek): Promise<SettledInvoice> {
  const kept = settlements.get(workbook) ?? new Map<string, Promise<SettledInvoice>>();
  settlements.set(workbook, kept);
  const key = JSON.stringify([choice.sheet?.toLowerCase(), choice.headerRow, week.monday]);
  let settled = kept.get(key);
  if (!settled) {
    settled = settleInvoice(workbook, { ...choice, week });
    kept.set(key, settled);
    settled.catch(() => kept.delete(key));
  }
  return settled;
}

/**
 * Settles the week the Invoice tab shows first before its preview is asked for, where the workbook stays
 * the same until then (the worker's own document), so that the preview and the build after it find the week
 * settled. A week that cannot be settled is reported by the preview that asks for it, not here.
 */
export async function settleAhead(workbook: WorkbookReader, choice: CheckRequest): Promise<void> {
  const week = await firstInvoiceWeek(workbook, choice).catch(() => undefined);
  if (week) await settledWeek(workbook, choice, week).catch(() => undefined);
}

async function firstInvoiceWeek(workbook: WorkbookReader, choice: CheckRequest): Promise<IsoWeek | undefined> {
  const { sheet } = await runCheck(workbook, choice);
  return sheet && defaultInvoiceWeek(sheet, todayDay());
}

function previewOf(settled: SettledInvoice): InvoicePreview {
  if (settled.kind === 'refused') return { kind: 'refused', refusal: settled.refusal };
  const { invoice } = settled;
  if (settled.kind === 'unchanged') return { kind: 'unchanged', week: invoice.week, sheets: settled.sheets };
  const common = { sheetName: settled.sheetName, fingerprint: invoice.fingerprint, week: invoice.week, currency: invoice.terms.currency };
  if (settled.kind === 'correction')
    return {
      kind: 'correction',
      ...common,
      lines: settled.lines.map((line) => ({
        candidateId: line.candidate.id,
        issued: line.previous?.amount ?? ZERO,
        amount: line.amount,
        difference: line.difference,
      })),
      total: correctionTotal(settled.lines),
    };
  return {
    kind: 'invoice',
    ...common,
    lines: invoice.lines.map((line) => ({ candidateId: line.candidate.id, status: line.status, amount: line.amount, reason: line.reason })),
    paid: invoice.lines.filter((line) => !line.amount.isZero()).length,
    total: invoice.total,
    cumulativeBefore: invoice.cumulativeBefore,
    capRemainingBefore: invoice.capRemainingBefore,
  };
}

async function sheetNamed(workbook: WorkbookReader, name: string): Promise<string | undefined> {
  return (await workbook.sheetNames()).find((each) => each.toLowerCase() === name.toLowerCase());
}
