import { quoteSheetName } from '../../engine/cells';
import { MessageParams } from '../../engine/messages';
import { WorkbookChanges, WriteProgress } from '../../workbook/types';
import { ExcelRun, officeErrorCode } from './excelRun';
import { excelFailure, OfficeError } from './officeError';
import { PAYLOAD_BUDGET } from './payloadSize';
import { appendedRange, ExistingNames, planChanges, WriteStep } from './writePlan';

/**
 * Adds `changes` to the workbook. One sync reads the names already there and the cells rows are to be
 * appended to, and refuses, writing nothing, if a new sheet, table or name exists or an appended row would
 * cover a cell that holds something. The planned steps are then queued and synced whenever the next step
 * would take the request past the budget. If a write fails, the sheets and names this call added are
 * deleted again (a fresh batch), so no half-written invoice is left behind.
 *
 * Only sheets created here are written to — every range comes from a worksheet returned by `worksheets.add` —
 * besides the empty rows below a sheet the product created before (the ledger), named in `appendRows`.
 */
export async function applyChanges(run: ExcelRun, changes: WorkbookChanges, progress?: WriteProgress): Promise<void> {
  const added = new Additions();
  let writing = false;
  try {
    await run(async (context) => {
      const existing = await existingNames(context, changes);
      const steps = planChanges(changes, existing, PAYLOAD_BUDGET);
      writing = true;
      await writeSteps(context, steps, added, progress);
    });
  } catch (error) {
    if (!writing) throw excelFailure(error, { code: 'excel.writeNotStarted', params: { written: writtenText(changes) } });
    throw await removeAdded(run, changes, added, error);
  }
}

/** Existing sheets, tables and workbook-scoped names. Sheet-scoped names are not read: a new workbook-scoped name may share one's name. */
async function existingNames(context: Excel.RequestContext, changes: WorkbookChanges): Promise<ExistingNames> {
  const { workbook } = context;
  const sheets = workbook.worksheets.load('items/name');
  const tables = workbook.tables.load('items/name');
  const names = workbook.names.load('items/name');
  await context.sync();
  const existing = {
    sheets: sheets.items.map((item) => item.name),
    tables: tables.items.map((item) => item.name),
    names: names.items.map((item) => item.name),
  };
  await checkAppendTargets(context, changes, existing.sheets);
  return existing;
}

/** Rows are appended only into empty cells of a sheet that exists; one more sync, only when there are rows to append. */
async function checkAppendTargets(context: Excel.RequestContext, changes: WorkbookChanges, sheets: readonly string[]): Promise<void> {
  const appends = changes.appendRows ?? [];
  if (appends.length === 0) return;
  const missing = appends.find((append) => !sheets.some((name) => name.toUpperCase() === append.sheet.toUpperCase()));
  if (missing) throw new OfficeError('append.noSheet', { sheet: missing.sheet });
  const targets = appends.map((append) => ({
    append,
    range: context.workbook.worksheets.getItem(append.sheet).getRange(appendedRange(append)).load('values'),
  }));
  await context.sync();
  for (const { append, range } of targets) {
    if (range.values.some((row) => row.some((value) => value !== '' && value !== null)))
      throw new OfficeError('append.cellsNotEmpty', { sheet: append.sheet, range: appendedRange(append) });
  }
}

/**
 * The sheets and names a write has added: those a finished sync added for certain, and those queued in the
 * sync under way, which Excel may or may not have added when that sync fails.
 */
class Additions {
  readonly done: Addition[] = [];
  queued: Addition[] = [];

  synced(): void {
    this.done.push(...this.queued);
    this.queued = [];
  }
}

interface Addition {
  readonly kind: 'sheet' | 'name';
  readonly name: string;
}

async function writeSteps(
  context: Excel.RequestContext,
  steps: readonly WriteStep[],
  added: Additions,
  progress?: WriteProgress,
): Promise<void> {
  const total = steps.reduce((sum, step) => sum + (step.kind === 'cells' ? step.cells : 0), 0);
  const sheets = new Map<string, Excel.Worksheet>();
  let queuedBytes = 0;
  let queuedCells = 0;
  let done = 0;
  const sync = async () => {
    await context.sync();
    added.synced();
    done += queuedCells;
    queuedBytes = 0;
    queuedCells = 0;
    progress?.(done, total);
  };
  for (const step of steps) {
    if (queuedBytes > 0 && queuedBytes + step.bytes > PAYLOAD_BUDGET) await sync();
    queueStep(context, sheets, step);
    if (step.kind === 'addSheet') added.queued.push({ kind: 'sheet', name: step.sheet });
    if (step.kind === 'name') added.queued.push({ kind: 'name', name: step.name });
    queuedBytes += step.bytes;
    if (step.kind === 'cells') queuedCells += step.cells;
  }
  if (queuedBytes > 0) await sync();
}

function queueStep(context: Excel.RequestContext, sheets: Map<string, Excel.Worksheet>, step: WriteStep): void {
  if (step.kind === 'addSheet') {
    sheets.set(step.sheet, context.workbook.worksheets.add(step.sheet));
    return;
  }
  if (step.kind === 'name') {
    context.workbook.names.add(step.name, step.formula);
    return;
  }
  const sheet = sheets.get(step.sheet) ?? context.workbook.worksheets.getItem(step.sheet);
  switch (step.kind) {
    case 'cells': {
      const range = sheet.getRange(step.address);
      range.formulas = step.formulas;
      if (step.numberFormats) range.numberFormat = step.numberFormats;
      for (const address of step.bold) sheet.getRange(address).format.font.bold = true;
      return;
    }
    case 'columnWidth':
      sheet.getRange(step.columns).format.columnWidth = step.points;
      return;
    case 'table': {
      const table = sheet.tables.add(step.address, true);
      table.name = step.name;
      if (step.showTotals) table.showTotals = true;
      return;
    }
  }
}

/**
 * Deletes what the write added (none of it existed when the write began) and clears the rows it appended,
 * in a fresh batch; returns the error to throw. When Excel says an item of the same name exists, one of
 * the items of the failed sync was created meanwhile by someone else: those are left, and named.
 */
async function removeAdded(run: ExcelRun, changes: WorkbookChanges, added: Additions, failure: unknown): Promise<unknown> {
  const excelCode = officeErrorCode(failure);
  const conflict = excelCode === 'ItemAlreadyExists';
  const remove = conflict ? added.done : [...added.done, ...added.queued];
  const written = writtenText(changes);
  const code: MessageParams = excelCode === undefined ? {} : { excelCode };
  let uncertain: Addition[] = [];
  try {
    uncertain = await run(async (context) => {
      const { workbook } = context;
      const find = (item: Addition) =>
        (item.kind === 'name' ? workbook.names : workbook.worksheets).getItemOrNullObject(item.name).load('name');
      const removed = remove.map(find);
      const kept = (conflict ? added.queued : []).map((item) => ({ item, found: find(item) }));
      await context.sync();
      for (const item of removed) if (!item.isNullObject) item.delete();
      for (const append of changes.appendRows ?? []) workbook.worksheets.getItem(append.sheet).getRange(appendedRange(append)).clear();
      await context.sync();
      return kept.filter(({ found }) => !found.isNullObject).map(({ item }) => item);
    });
  } catch (cleanup) {
    const leftovers = [
      ...[...remove, ...(conflict ? added.queued : [])].map(itemText),
      ...(changes.appendRows ?? []).map((append) => `${quoteSheetName(append.sheet)}!${appendedRange(append)}`),
    ];
    const cleanupCode = officeErrorCode(cleanup) ?? (cleanup instanceof Error ? cleanup.name : 'unknown');
    return new OfficeError('excel.cleanupFailed', { written, leftovers: leftovers.join(', '), cleanupCode, ...code }, { cause: failure });
  }
  if (uncertain.length > 0)
    return new OfficeError('excel.writeConflict', { written, uncertain: uncertain.map(itemText).join(', '), ...code }, { cause: failure });
  return excelFailure(failure, { code: 'excel.writeFailed', params: { written } });
}

/** What a write adds, as the user finds it: the sheets (and those rows are appended to), then the names. */
function writtenText(changes: WorkbookChanges): string {
  const sheets = new Set([...changes.addSheets.map((sheet) => sheet.name), ...(changes.appendRows ?? []).map((append) => append.sheet)]);
  return [...[...sheets].map((sheet) => `'${sheet}'`), ...(changes.addNames ?? []).map((name) => name.name)].join(', ');
}

function itemText(item: Addition): string {
  return item.kind === 'sheet' ? `'${item.name}'` : item.name;
}
