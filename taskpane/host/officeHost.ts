import { excelRun, ExcelRun, insertLineChart, OfficeWorkbook } from '../../src/adapters/office';
import { columnLetters } from '../../src/engine/cells';
import { languageFromLocale } from '../../src/engine/messages';
import { BUILD_STEPS } from '../../src/jobs/paneJobs';
import { SheetSpec, WorkbookChanges } from '../../src/workbook/types';
import { EngineClient, RemoteSource } from '../engine/engineClient';
import { Host, OfficeThemeColors } from './host';
import { HostStore } from './hostStore';

/**
 * The pane inside Excel, through the Office.js adapter only: every job reads the workbook afresh (the user
 * may have edited it since), and every write goes through the adapter's batched calls. Office.js must be
 * called from the pane's own thread, so only the Excel calls stay there: the engine's work runs in its
 * worker, which asks for each sheet it reads.
 */
export function createOfficeHost(engine: EngineClient, run: ExcelRun = excelRun): Host {
  const store = new HostStore();
  // Single cells, the active cell and selecting need no snapshot of the workbook, so one opened workbook serves them all.
  let live: Promise<OfficeWorkbook> | undefined;
  const opened = () =>
    (live ??= OfficeWorkbook.open(run).catch((error: unknown) => {
      live = undefined;
      throw error;
    }));
  const remote: RemoteSource = { open: () => OfficeWorkbook.open(run) };
  const apply = async (changes: WorkbookChanges, progress?: (share: number) => void) => {
    await (await OfficeWorkbook.open(run)).apply(changes, (done, total) => progress?.(total > 0 ? done / total : 1));
    store.changed();
  };
  return {
    kind: 'excel',
    language: languageFromLocale(Office.context.displayLanguage),
    run: (job) => engine.run(job, remote),
    build: async (request, progress) => {
      const plan = await engine.build(request, progress, remote);
      if (plan.kind !== 'ready') return plan;
      const writing = BUILD_STEPS.total - BUILD_STEPS.laidOut;
      await apply(plan.changes, (share) => progress?.(BUILD_STEPS.laidOut + share * writing, BUILD_STEPS.total));
      return { kind: 'built', sheetName: plan.preview.sheetName };
    },
    apply: (changes) => apply(changes),
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
