import { DateSystem } from '../../engine/weeks';
import { DefinedName, SheetGrid, TableInfo, WorkbookReader } from '../../workbook/types';
import { uncomputedFormulaIn } from './cellFormula';
import { DEFAULT_READ_LIMITS, ReadLimits } from './readLimits';
import { readSharedStrings } from './sharedStrings';
import { readSheetPart } from './sheetScanner';
import { SheetState } from './workbookPart';
import { WorkbookPackage } from './workbookPackage';
import { XlsxError } from './xlsxError';
import { ZipPackage } from './zipPackage';

export interface XlsxSheetInfo {
  readonly name: string;
  readonly state: SheetState;
}

/**
 * Opens an .xlsx file for reading. Only the zip directory and the workbook part are read now; sheets on
 * demand. Everything is read within `limits` (tests pass small ones); what is refused throws an XlsxError.
 */
export function openXlsx(bytes: Uint8Array, limits: Partial<ReadLimits> = {}): XlsxWorkbook {
  return new XlsxWorkbook(new WorkbookPackage(new ZipPackage(bytes, { ...DEFAULT_READ_LIMITS, ...limits })));
}

export class XlsxWorkbook implements WorkbookReader {
  readonly dateSystem: DateSystem;
  /** Every sheet in workbook order, hidden ones included. */
  readonly sheets: readonly XlsxSheetInfo[];
  private sharedStrings?: readonly string[];
  /** The bytes never change, so a sheet read once (finding the candidate sheet, then checking it) is kept. */
  private readonly grids = new Map<string, SheetGrid>();

  constructor(private readonly workbook: WorkbookPackage) {
    this.dateSystem = workbook.info.dateSystem;
    this.sheets = workbook.sheets.map(({ name, state }) => ({ name, state }));
  }

  async sheetNames(): Promise<readonly string[]> {
    return this.sheets.map((sheet) => sheet.name);
  }

  async readSheet(name: string): Promise<SheetGrid> {
    const sheet = this.workbook.sheet(name);
    if (sheet?.path !== undefined && !this.grids.has(sheet.name)) await this.workbook.zip.prepare(sheet.path);
    return this.grid(name);
  }

  /** readSheet's work, for the adapter's own synchronous callers (single-cell edits check the sheet first). */
  grid(name: string): SheetGrid {
    const sheet = this.workbook.sheet(name);
    if (!sheet) throw new XlsxError('sheet.notFound', { sheet: name, sheets: this.sheets.map((s) => s.name).join(', ') });
    let grid = this.grids.get(sheet.name);
    if (grid === undefined) {
      const part = sheet.path === undefined ? undefined : this.workbook.zip.read(sheet.path);
      if (sheet.path === undefined || part === undefined)
        throw new XlsxError('package.missingSheetPart', { sheet: sheet.name, part: sheet.path ?? sheet.relationshipId });
      grid = { name: sheet.name, rows: readSheetPart(part, this.strings(), this.dateSystem, { part: sheet.path, sheet: sheet.name }) };
      this.grids.set(sheet.name, grid);
    }
    return grid;
  }

  /** Defined names, without Excel's built-in `_xlnm.` names (print areas, filter ranges). */
  async definedNames(): Promise<readonly DefinedName[]> {
    const sheets = this.workbook.info.sheets;
    return this.workbook.info.definedNames
      .filter((name) => !name.name.startsWith('_xlnm.'))
      .map(({ name, localSheetId, formula }) => {
        const scope = localSheetId === undefined ? undefined : sheets[localSheetId]?.name;
        return scope === undefined ? { name, formula } : { name, sheetScope: scope, formula };
      });
  }

  async tables(): Promise<readonly TableInfo[]> {
    return this.workbook.tables().map(({ displayName, sheet, ref, headerRowCount, totalsRowCount }) => ({
      name: displayName,
      sheet,
      range: ref,
      headerRowCount,
      totalsRowCount,
    }));
  }

  async uncomputedFormula(address: string): Promise<string | undefined> {
    return uncomputedFormulaIn(this.workbook, address);
  }

  private strings(): readonly string[] {
    if (!this.sharedStrings) {
      const path = this.workbook.partOf('sharedStrings');
      const xml = path === undefined ? undefined : this.workbook.zip.text(path);
      this.sharedStrings = path === undefined || xml === undefined ? [] : readSharedStrings(xml, path);
    }
    return this.sharedStrings;
  }
}
