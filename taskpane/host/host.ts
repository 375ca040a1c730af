import { Language } from '../../src/engine/messages';
import { SheetSpec, WorkbookCellWriter, WorkbookChanges, WorkbookNavigator, WorkbookReader, WriteProgress } from '../../src/workbook/types';

/**
 * What the task pane needs of the place it runs in. Inside Excel it is the open workbook through the
 * Office.js adapter; in a browser it is an .xlsx file held in memory. Components get a Host through
 * HostContext and never touch Office or files themselves.
 */
export interface Host extends WorkbookNavigator, WorkbookCellWriter {
  readonly kind: 'excel' | 'browser';
  readonly language: Language;
  /** The workbook as it is now; ask again after every change, a reader may be a snapshot. */
  workbook(): Promise<WorkbookReader>;
  apply(changes: WorkbookChanges, progress?: WriteProgress): Promise<void>;
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
}

export interface WorkbookFile {
  readonly name: string;
  /** Replaces the workbook with the .xlsx file's; rejects, keeping the current one, when it cannot be read. */
  open(file: File): Promise<void>;
  /** The workbook as it is now, with every change made, as .xlsx bytes. */
  bytes(): Uint8Array;
}

export interface OfficeThemeColors {
  readonly bodyBackgroundColor: string;
  readonly bodyForegroundColor: string;
}
