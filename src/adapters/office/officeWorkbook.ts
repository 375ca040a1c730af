import { DateSystem } from '../../engine/weeks';
import { splitSheetReference } from '../../workbook/ranges';
import {
  CellEdit,
  DefinedName,
  SheetGrid,
  TableInfo,
  WorkbookCellWriter,
  WorkbookChanges,
  WorkbookNavigator,
  WorkbookReader,
  WorkbookWriter,
  WriteProgress,
} from '../../workbook/types';
import { applyChanges } from './applyChanges';
import { readActiveCell, readFormula, setCellValues } from './cells';
import { ExcelRun } from './excelRun';
import { syncNamingMissingSheet } from './missingSheet';
import { OfficeError, runBatch } from './officeError';
import { PAYLOAD_BUDGET } from './payloadSize';
import { officeSupports, requireFeature, SetSupported } from './requirements';
import { OfficeSheetInfo, readGrids, readSnapshot, WorkbookSnapshot } from './workbookSnapshot';

export interface OfficeWorkbookOptions {
  /** Sheets whose values are read while opening, in the same syncs as the names and tables. */
  readonly sheets?: readonly string[];
  /** Whether Excel supports a requirement set; Office's own check unless a test says otherwise. */
  readonly supports?: SetSupported;
}

/**
 * The open workbook inside Excel, behind the same interface as the .xlsx adapter. It reads the workbook as
 * it was when opened (two syncs; see readSnapshot): open a new one after `apply` or `setCells`, or when the
 * user may have edited it. Sheets not read while opening are read on first use, usually in one sync, and
 * kept. Single cells, the active cell and selecting go to Excel as it is now, not to that snapshot.
 */
export class OfficeWorkbook implements WorkbookReader, WorkbookWriter, WorkbookCellWriter, WorkbookNavigator {
  readonly dateSystem: DateSystem;
  /** Every sheet in workbook order, hidden ones included. */
  readonly sheets: readonly OfficeSheetInfo[];
  /** Read or being read, by upper-cased name, so that two jobs asking at once share one read. */
  private readonly grids: Map<string, Promise<SheetGrid>>;

  static async open(run: ExcelRun, options: OfficeWorkbookOptions = {}): Promise<OfficeWorkbook> {
    const supports = options.supports ?? officeSupports;
    requireFeature('read', supports);
    const snapshot = await runBatch(run, { code: 'excel.readFailed' }, (context) =>
      readSnapshot(context, options.sheets ?? [], PAYLOAD_BUDGET),
    );
    return new OfficeWorkbook(run, snapshot, supports);
  }

  private constructor(
    private readonly run: ExcelRun,
    private readonly snapshot: WorkbookSnapshot,
    private readonly supports: SetSupported,
  ) {
    this.dateSystem = snapshot.dateSystem;
    this.sheets = snapshot.sheets;
    this.grids = new Map([...snapshot.grids].map(([key, grid]) => [key, Promise.resolve(grid)]));
  }

  async sheetNames(): Promise<readonly string[]> {
    return this.sheets.map((sheet) => sheet.name);
  }

  async readSheet(name: string): Promise<SheetGrid> {
    const key = name.toUpperCase();
    const sheet = this.sheets.find((each) => each.name.toUpperCase() === key);
    if (!sheet) throw new OfficeError('sheet.notFound', { sheet: name, sheets: this.sheets.map((each) => each.name).join(', ') });
    const known = this.grids.get(key);
    if (known) return known;
    const extent = this.snapshot.extents.get(key);
    const grid = extent
      ? runBatch(this.run, { code: 'excel.readSheetFailed', params: { sheet: sheet.name } }, (context) =>
          readGrids(context, [extent], PAYLOAD_BUDGET),
        ).then(([read]) => read)
      : Promise.resolve({ name: sheet.name, rows: [] });
    this.grids.set(key, grid);
    grid.catch(() => this.grids.delete(key));
    return grid;
  }

  /** Workbook-scoped names first, then sheet-scoped ones, without Excel's built-in `_xlnm.` names. */
  async definedNames(): Promise<readonly DefinedName[]> {
    return this.snapshot.names;
  }

  async tables(): Promise<readonly TableInfo[]> {
    return this.snapshot.tables;
  }

  /** Excel computes every formula it holds, so none is without its value. */
  async uncomputedFormula(): Promise<string | undefined> {
    return undefined;
  }

  /** Adds new sheets, tables and names; see applyChanges. */
  async apply(changes: WorkbookChanges, progress?: WriteProgress): Promise<void> {
    requireFeature('write', this.supports);
    await applyChanges(this.run, changes, progress);
  }

  /** Sets single cells' values; see setCellValues. */
  async setCells(edits: readonly CellEdit[]): Promise<void> {
    requireFeature('write', this.supports);
    await setCellValues(this.run, edits);
  }

  /** The active cell, sheet-qualified: `'Invoice 2019-W30'!G17`. */
  async activeCell(): Promise<string> {
    requireFeature('activeCell', this.supports);
    return readActiveCell(this.run);
  }

  /** The formula of a cell (`Sheet!A1`) with its leading `=`; undefined for a cell without one. */
  async formulaOf(address: string): Promise<string | undefined> {
    return readFormula(this.run, address);
  }

  /** Activates the sheet and selects the cell or range: `'My sheet'!B4`, or `B4` on the active sheet. */
  async select(address: string): Promise<void> {
    requireFeature('navigate', this.supports);
    const reference = splitSheetReference(address);
    await runBatch(this.run, { code: 'excel.selectFailed', params: { address } }, async (context) => {
      const { worksheets } = context.workbook;
      const sheet = reference ? worksheets.getItem(reference.sheet) : worksheets.getActiveWorksheet();
      sheet.activate();
      sheet.getRange(reference ? reference.range : address.trim()).select();
      await syncNamingMissingSheet(context, reference ? [reference.sheet] : []);
    });
  }
}
