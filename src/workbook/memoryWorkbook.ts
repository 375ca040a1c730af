import { CellValue } from '../engine/cells';
import { DateSystem } from '../engine/weeks';
import { DefinedName, SheetGrid, TableInfo, WorkbookChanges, WorkbookReader } from './types';

/** A workbook held as plain grids: for tests, and for callers that already have the values. */
export class MemoryWorkbook implements WorkbookReader {
  constructor(
    private readonly sheets: Readonly<Record<string, readonly (readonly CellValue[] | undefined)[]>>,
    private readonly names: readonly DefinedName[] = [],
    private readonly tableList: readonly TableInfo[] = [],
    readonly dateSystem: DateSystem = '1900',
  ) {}

  /** The values a set of new sheets would hold once written (formulas by their cached results). */
  static fromChanges(changes: WorkbookChanges, dateSystem: DateSystem = '1900'): MemoryWorkbook {
    const sheets: Record<string, CellValue[][]> = {};
    for (const sheet of changes.addSheets) sheets[sheet.name] = sheet.rows.map((row) => (row ?? []).map((cell) => cell?.value ?? null));
    return new MemoryWorkbook(
      sheets,
      (changes.addNames ?? []).map(({ name, formula }) => ({ name, formula })),
      [],
      dateSystem,
    );
  }

  async sheetNames(): Promise<readonly string[]> {
    return Object.keys(this.sheets);
  }

  async readSheet(name: string): Promise<SheetGrid> {
    const rows = this.sheets[name];
    if (!rows) throw new Error(`No sheet named '${name}'`);
    return { name, rows };
  }

  async definedNames(): Promise<readonly DefinedName[]> {
    return this.names;
  }

  async tables(): Promise<readonly TableInfo[]> {
    return this.tableList;
  }

  /** Plain values hold no formulas. */
  async uncomputedFormula(): Promise<string | undefined> {
    return undefined;
  }
}
