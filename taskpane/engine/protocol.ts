import { BuildRequest, PaneJob } from '../../src/jobs/paneJobs';
import { Language } from '../../src/engine/messages';
import { DateSystem } from '../../src/engine/weeks';
import { CellEdit, DefinedName, SheetGrid, TableInfo, WorkbookChanges } from '../../src/workbook/types';
import { isWorkbookError } from '../../src/workbook/workbookError';

/**
 * The messages between the pane's thread and the engine's Web Worker. Every request carries an id; the
 * worker answers it once, `done` or `failed`, and may send `progress` before. Results are encoded with
 * src/jobs/wire (amounts as text). A file's bytes are transferred, not copied.
 *
 * The workbook is either the worker's own document (an .xlsx file in memory: the standalone pane) or,
 * inside Excel, a remote one: the pane's thread reads it through Office.js, sends what every job needs
 * with the request (`remote`), and answers the worker's `readSheet` for each sheet a job reads.
 */
export type EngineRequest =
  | { readonly id: number; readonly type: 'open'; readonly name: string; readonly bytes: Uint8Array }
  | { readonly id: number; readonly type: 'openDemo' }
  | { readonly id: number; readonly type: 'run'; readonly job: PaneJob; readonly remote?: RemoteWorkbook }
  | { readonly id: number; readonly type: 'build'; readonly request: BuildRequest; readonly remote?: RemoteWorkbook }
  | { readonly id: number; readonly type: 'apply'; readonly changes: WorkbookChanges }
  | { readonly id: number; readonly type: 'setCells'; readonly edits: readonly CellEdit[] }
  | { readonly id: number; readonly type: 'formulaOf'; readonly address: string }
  | { readonly id: number; readonly type: 'bytes' }
  | SheetAnswer;

/** The pane's answer to a `readSheet`: the grid, or why it could not be read. */
export type SheetAnswer =
  | { readonly id: number; readonly type: 'sheet'; readonly read: number; readonly grid: SheetGrid }
  | { readonly id: number; readonly type: 'sheetFailed'; readonly read: number; readonly failure: EngineFailure };

export type EngineReply =
  | { readonly id: number; readonly type: 'done'; readonly value: unknown }
  | { readonly id: number; readonly type: 'failed'; readonly failure: EngineFailure }
  | { readonly id: number; readonly type: 'progress'; readonly done: number; readonly total: number }
  | { readonly id: number; readonly type: 'readSheet'; readonly read: number; readonly name: string };

/** What a job needs of a remote workbook besides its sheets' values. */
export interface RemoteWorkbook {
  readonly dateSystem: DateSystem;
  readonly sheetNames: readonly string[];
  readonly definedNames: readonly DefinedName[];
  readonly tables: readonly TableInfo[];
}

/**
 * Why a request failed. `not-xlsx`: the file opened is not an .xlsx package at all. `texts`: an adapter's
 * own words for a workbook it refuses, in each of the pane's languages.
 */
export interface EngineFailure {
  readonly code?: 'not-xlsx';
  readonly message: string;
  readonly texts?: Readonly<Record<Language, string>>;
}

/** How the two ends talk: a Worker and its global scope, or the same thread in tests. */
export interface EnginePort<Out, In> {
  post(message: Out, transfer?: Transferable[]): void;
  listen(listener: (message: In) => void): void;
  /** Calls `stopped` if the other end stops for good (a worker that crashed or ran out of memory). */
  onStop?(stopped: (message: string) => void): void;
}

/**
 * A request that failed at the other end, as its failure came; `code` says why when the pane has words of
 * its own for it. The pane's side gets it for a job the engine refused, the engine's for a sheet the pane
 * could not read.
 */
export class EngineRequestError extends Error {
  constructor(readonly failure: EngineFailure) {
    super(failure.message);
    this.name = 'EngineRequestError';
  }

  get code(): EngineFailure['code'] {
    return this.failure.code;
  }

  get texts(): EngineFailure['texts'] {
    return this.failure.texts;
  }
}

/** An error as a failure the other end can show: a workbook's refusal (an adapter's or a job's) keeps its words in each language. */
export function workbookFailure(error: unknown): EngineFailure {
  if (isWorkbookError(error)) return { message: error.message, texts: { en: error.text('en'), da: error.text('da') } };
  return { message: error instanceof Error ? error.message : String(error) };
}
