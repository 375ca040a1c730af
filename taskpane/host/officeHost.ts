import { excelRun, ExcelRun, insertLineChart, OfficeWorkbook } from '../../src/adapters/office';
import { columnLetters } from '../../src/engine/cells';
import { languageFromLocale } from '../../src/engine/messages';
import { SheetSpec, WorkbookChanges, WriteProgress } from '../../src/workbook/types';
import { Host, OfficeThemeColors } from './host';
import { HostStore } from './hostStore';

/**
 * The pane inside Excel, through the Office.js adapter only: every read opens the workbook afresh (the user
 * may have edited it since), and every write goes through the adapter's batched calls.
 */
export function createOfficeHost(run: ExcelRun = excelRun): Host {
  const store = new HostStore();
  // Single cells, the active cell and selecting need no snapshot of the workbook, so one opened workbook serves them all.
  let live: Promise<OfficeWorkbook> | undefined;
  const opened = () =>
    (live ??= OfficeWorkbook.open(run).catch((error: unknown) => {
      live = undefined;
      throw error;
    }));
  const apply = async (changes: WorkbookChanges, progress?: WriteProgress) => {
    await (await OfficeWorkbook.open(run)).apply(changes, progress);
    store.changed();
  };
  return {
    kind: 'excel',
    language: languageFromLocale(Office.context.displayLanguage),
    workbook: () => OfficeWorkbook.open(run),
    apply,
    setCells: async (edits) => {
      await (await opened()).setCells(edits);
      store.changed();
    },
    select: async (address) => (await opened()).select(address),
    selectedCell: async () => (await opened()).activeCell(),
    formulaOf: async (address) => (await opened()).formulaOf(address),
    insertChart: async (sheet, title) => {
      await apply({ addSheets: [sheet] });
      await insertLineChart(run, { sheet: sheet.name, range: dataRange(sheet), title });
    },
    officeTheme: officeThemeColors,
    subscribe: store.subscribe,
    state: store.state,
  };
}

/** The investor chart's data: every row of its sheet, from A1 to the widest row's last column. */
function dataRange(sheet: SheetSpec): string {
  const columns = Math.max(...sheet.rows.map((row) => row?.length ?? 0));
  return `A1:${columnLetters(columns - 1)}${sheet.rows.length}`;
}

function officeThemeColors(): OfficeThemeColors | undefined {
  const theme = Office.context.officeTheme;
  return theme?.bodyBackgroundColor && theme.bodyForegroundColor
    ? { bodyBackgroundColor: theme.bodyBackgroundColor, bodyForegroundColor: theme.bodyForegroundColor }
    : undefined;
}
