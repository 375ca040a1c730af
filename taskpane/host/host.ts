import { Language } from '../../src/engine/messages';
import { BuildOutcome, BuildRequest, PaneJob, PaneJobKind, PaneResult } from '../../src/jobs/paneJobs';
import { SheetSpec, WorkbookCellWriter, WorkbookChanges, WorkbookNavigator, WriteProgress } from '../../src/workbook/types';

/**
 * What the task pane needs of the place it runs in. Inside Excel it is the open workbook through the
 * Office.js adapter; in a browser it is an .xlsx file held in memory. Either way the engine's work runs in
 * a Web Worker (taskpane/engine), so the pane stays responsive. Components get a Host through HostContext
 * and never touch Office or files themselves.
 */
export interface Host extends WorkbookNavigator, WorkbookCellWriter {
  readonly kind: 'excel' | 'browser';
  readonly language: Language;
  /** Runs one of the engine's jobs on the workbook as it is now. */
  run<K extends PaneJobKind>(job: PaneJob<K>): Promise<PaneResult<K>>;
  /** Builds a week's invoice or correction; nothing is written when the data no longer gives the preview shown. */
  build(request: BuildRequest, progress?: WriteProgress): Promise<BuildOutcome>;
  apply(changes: WorkbookChanges): Promise<void>;
  /** The cell (`Sheet!A1`) the user selected in Excel, or last went to through the pane in a browser. */
  selectedCell(): Promise<string | undefined>;
  /** A cell's formula with its leading `=`; undefined for a cell without one. */
  formulaOf(address: string): Promise<string | undefined>;
  /** Inside Excel only: adds the sheet, then a native line chart of its data. */
  readonly insertChart?: (sheet: SheetSpec, title: string) => Promise<void>;
  /** In a browser only: the file the pane works on. */
  readonly file?: WorkbookFile;
  /** Office's theme colours, when Office says them. */
  officeTheme(): OfficeThemeColors | undefined;
  subscribe(listener: () => void): () => void;
  /** Changes whenever the workbook or the pane's selection changes; the same object until then. */
  state(): HostState;
}

export interface HostState {
  /** Counts the changes made to the workbook through the host, and files opened. */
  readonly revision: number;
  /** In a browser: the cell the pane last went to. */
  readonly selected?: string;
  /** In a browser: whether the workbook has changes that were not downloaded since. */
  readonly unsaved: boolean;
}

export interface WorkbookFile {
  readonly name: string;
  /** Replaces the workbook with the .xlsx file's; rejects, keeping the current one, when it cannot be read. */
  open(file: File): Promise<void>;
  /** The workbook with every change made, and the name to save it under; it counts as downloaded from now. */
  download(): Promise<{ readonly bytes: Uint8Array; readonly name: string }>;
}

export interface OfficeThemeColors {
  readonly bodyBackgroundColor: string;
  readonly bodyForegroundColor: string;
}
