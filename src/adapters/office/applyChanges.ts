import { WorkbookChanges, WriteProgress } from '../../workbook/types';
import { errorText, ExcelRun } from './excelRun';
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
  let writing = false;
  try {
    await run(async (context) => {
      const existing = await existingNames(context, changes);
      const steps = planChanges(changes, existing, PAYLOAD_BUDGET);
      writing = true;
      await writeSteps(context, steps, progress);
    });
  } catch (error) {
    if (!writing) throw error;
    throw await removeAdded(run, changes, error);
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
  if (missing) throw new Error(`Cannot add rows to '${missing.sheet}': the workbook has no such sheet`);
  const targets = appends.map((append) => ({
    append,
    range: context.workbook.worksheets.getItem(append.sheet).getRange(appendedRange(append)).load('values'),
  }));
  await context.sync();
  for (const { append, range } of targets) {
    if (range.values.some((row) => row.some((value) => value !== '' && value !== null))) {
      throw new Error(
        `Cannot add rows to '${append.sheet}' at ${appendedRange(append)}: those cells are not empty, and nothing is ever overwritten`,
      );
    }
  }
}

async function writeSteps(context: Excel.RequestContext, steps: readonly WriteStep[], progress?: WriteProgress): Promise<void> {
  const total = steps.reduce((sum, step) => sum + (step.kind === 'cells' ? step.cells : 0), 0);
  const sheets = new Map<string, Excel.Worksheet>();
  let queuedBytes = 0;
  let queuedCells = 0;
  let done = 0;
  const sync = async () => {
    await context.sync();
    done += queuedCells;
    queuedBytes = 0;
    queuedCells = 0;
    progress?.(done, total);
  };
  for (const step of steps) {
    if (queuedBytes > 0 && queuedBytes + step.bytes > PAYLOAD_BUDGET) await sync();
    queueStep(context, sheets, step);
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

/** Deletes what `changes` would have added: none of it existed when the write began. Returns the error to throw. */
async function removeAdded(run: ExcelRun, changes: WorkbookChanges, failure: unknown): Promise<Error> {
  const sheets = changes.addSheets.map((sheet) => sheet.name);
  try {
    await run(async (context) => {
      const { workbook } = context;
      const items = [
        ...(changes.addNames ?? []).map((name) => workbook.names.getItemOrNullObject(name.name).load('name')),
        ...sheets.map((name) => workbook.worksheets.getItemOrNullObject(name).load('name')),
      ];
      await context.sync();
      for (const item of items) if (!item.isNullObject) item.delete();
      for (const append of changes.appendRows ?? []) workbook.worksheets.getItem(append.sheet).getRange(appendedRange(append)).clear();
      await context.sync();
    });
  } catch (cleanup) {
    return new Error(
      `Writing to the workbook failed (${errorText(failure)}), and removing what was written failed too (${errorText(cleanup)}). Delete these sheets by hand: ${sheets.join(', ')}`,
      { cause: failure },
    );
  }
  return new Error(`Writing to the workbook failed: ${errorText(failure)}. What had been written was removed again.`, { cause: failure });
}
