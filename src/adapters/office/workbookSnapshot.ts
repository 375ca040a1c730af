import { DateSystem } from '../../engine/weeks';
import { DefinedName, SheetGrid, TableInfo } from '../../workbook/types';
import { queueDateSystem } from './dateSystem';
import { officeErrorCode } from './excelRun';
import { EXTENT_PROPERTIES, extentOf, GridLoader, syncBlocks, UsedExtent } from './sheetValues';

export type SheetVisibility = 'visible' | 'hidden' | 'veryHidden';

export interface OfficeSheetInfo {
  readonly name: string;
  readonly visibility: SheetVisibility;
}

/** What the engine's jobs read from a workbook, as it was when read. Maps are keyed by upper-cased sheet name. */
export interface WorkbookSnapshot {
  readonly dateSystem: DateSystem;
  readonly sheets: readonly OfficeSheetInfo[];
  readonly names: readonly DefinedName[];
  readonly tables: readonly TableInfo[];
  /** Every sheet's used range; undefined for an empty sheet. */
  readonly extents: ReadonlyMap<string, UsedExtent | undefined>;
  readonly grids: ReadonlyMap<string, SheetGrid>;
}

const VISIBILITY: Readonly<Record<string, SheetVisibility>> = { Visible: 'visible', Hidden: 'hidden', VeryHidden: 'veryHidden' };

/**
 * Reads a workbook in as few syncs as Office.js allows. Sync 1: the sheets, workbook-scoped names, tables,
 * the date system, and the used ranges' extents of the sheets in `wanted`. Sync 2 needs the items of the
 * first: tables' ranges, sheet-scoped names and the other sheets' extents, read together with the values
 * of `wanted`. Further syncs only when those values pass the response budget.
 */
export async function readSnapshot(context: Excel.RequestContext, wanted: readonly string[], budget: number): Promise<WorkbookSnapshot> {
  const lists = await readLists(context, wanted);
  const extents = new Map<string, UsedExtent | undefined>(lists.wanted.map((extent) => [extent.name.toUpperCase(), extent.extent]));
  const loader = new GridLoader(
    lists.wanted.flatMap((extent) => (extent.extent ? [extent.extent] : [])),
    budget,
  );
  const scopedNames: DefinedName[] = [];
  const tables: TableInfo[] = [];
  await syncBlocks(context, loader, () => {
    const ranges = lists.tables.map((table) => ({ table, range: table.getRange().load('address'), sheet: table.worksheet.load('name') }));
    const scoped = lists.worksheets.map((sheet) => ({ sheet: sheet.name, names: sheet.names.load('items/name,items/formula') }));
    const used = lists.worksheets
      .filter((sheet) => !extents.has(sheet.name.toUpperCase()))
      .map((sheet) => ({ sheet: sheet.name, range: sheet.getUsedRangeOrNullObject(true).load(EXTENT_PROPERTIES) }));
    return () => {
      tables.push(...ranges.map(({ table, range, sheet }) => tableInfo(table, sheet.name, range.address)));
      scopedNames.push(
        ...scoped.flatMap(({ sheet, names }) =>
          names.items.map((name) => ({ name: name.name, sheetScope: sheet, formula: String(name.formula) })),
        ),
      );
      for (const { sheet, range } of used) extents.set(sheet.toUpperCase(), extentOf(sheet, range));
    };
  });
  return {
    dateSystem: lists.dateSystem,
    sheets: lists.worksheets.map((sheet) => ({ name: sheet.name, visibility: VISIBILITY[sheet.visibility] ?? 'visible' })),
    names: [...lists.names, ...scopedNames].filter((name) => !name.name.startsWith('_xlnm.')),
    tables,
    extents,
    grids: new Map(loader.grids().map((grid) => [grid.name.toUpperCase(), grid])),
  };
}

/** Reads sheets' values on their own, once their extents are known. */
export async function readGrids(context: Excel.RequestContext, extents: readonly UsedExtent[], budget: number): Promise<SheetGrid[]> {
  const loader = new GridLoader(extents, budget);
  await syncBlocks(context, loader);
  return loader.grids();
}

interface Lists {
  readonly worksheets: readonly Excel.Worksheet[];
  readonly names: readonly DefinedName[];
  readonly tables: readonly Excel.Table[];
  readonly dateSystem: DateSystem;
  readonly wanted: readonly { readonly name: string; readonly extent: UsedExtent | undefined }[];
}

async function readLists(context: Excel.RequestContext, wanted: readonly string[]): Promise<Lists> {
  const { workbook } = context;
  const worksheets = workbook.worksheets.load('items/name,items/visibility');
  const names = workbook.names.load('items/name,items/formula');
  const tables = workbook.tables.load('items/name,items/showHeaders,items/showTotals');
  const dateSystem = queueDateSystem(workbook);
  const wantedNames = [...new Set(wanted.map((name) => name.toUpperCase()))];
  const used = wantedNames.map((name) => workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true).load(EXTENT_PROPERTIES));
  try {
    await context.sync();
  } catch (error) {
    // A sheet asked for that does not exist fails the whole sync; read without it, and readSheet says so if asked.
    if (used.length > 0 && officeErrorCode(error) === 'ItemNotFound') return readLists(context, []);
    throw error;
  }
  return {
    worksheets: worksheets.items,
    names: names.items.map((name) => ({ name: name.name, formula: String(name.formula) })),
    tables: tables.items,
    dateSystem: dateSystem(),
    wanted: wantedNames.map((upper, i) => {
      const name = worksheets.items.find((sheet) => sheet.name.toUpperCase() === upper)?.name ?? upper;
      return { name, extent: extentOf(name, used[i]) };
    }),
  };
}

function tableInfo(table: Excel.Table, sheet: string, address: string): TableInfo {
  // A sheet name may hold '!', a range address never does.
  const range = address.slice(address.lastIndexOf('!') + 1).replace(/\$/g, '');
  return { name: table.name, sheet, range, headerRowCount: table.showHeaders ? 1 : 0, totalsRowCount: table.showTotals ? 1 : 0 };
}
