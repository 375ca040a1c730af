import { excelRun, ExcelRun, OfficeWorkbook } from '../../src/adapters/office';
import { languageFromLocale } from '../../src/engine/messages';
import { WorkbookChanges, WriteProgress } from '../../src/workbook/types';
import { Host, OfficeThemeColors } from './host';
import { HostStore } from './hostStore';
import { activeCellInExcel, formulaInExcel, setCellsInExcel } from './officeCells';
import { insertChartInExcel } from './officeChart';

/**
 * The pane inside Excel: every read opens the workbook afresh through the Office.js adapter (the user may
 * have edited it since), every write goes through the adapter's batched `apply`, and the few calls the
 * adapter does not offer yet (single cells, the active cell, a chart) go through `run` at this boundary.
 */
export function createOfficeHost(run: ExcelRun = excelRun): Host {
  const store = new HostStore();
  let navigator: Promise<OfficeWorkbook> | undefined;
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
      await setCellsInExcel(run, edits);
      store.changed();
    },
    select: async (address) => {
      // Selecting needs no snapshot of the workbook, so one opened workbook serves every later selection.
      navigator ??= OfficeWorkbook.open(run).catch((error: unknown) => {
        navigator = undefined;
        throw error;
      });
      await (await navigator).select(address);
    },
    selectedCell: () => activeCellInExcel(run),
    formulaOf: (address) => formulaInExcel(run, address),
    insertChart: (sheet, title) => insertChartInExcel(run, apply, sheet, title),
    officeTheme: officeThemeColors,
    subscribe: store.subscribe,
    state: store.state,
  };
}

function officeThemeColors(): OfficeThemeColors | undefined {
  const theme = Office.context.officeTheme;
  return theme?.bodyBackgroundColor && theme.bodyForegroundColor ? { bodyBackgroundColor: theme.bodyBackgroundColor, bodyForegroundColor: theme.bodyForegroundColor } : undefined;
}
