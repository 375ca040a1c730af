import { createXlsx, openXlsx, writeXlsx } from '../../src/adapters/xlsx';
import { setCellsXlsx } from '../../src/adapters/xlsx/cellEdit';
import { readCellFormula } from '../../src/adapters/xlsx/cellFormula';
import { demoWorkbook } from '../../src/demo/demoWorkbook';
import { isBlank } from '../../src/engine/cells';
import { BUILD_STEPS, BuildOutcome, JobContext, PaneJob, planBuild, runPaneJob, settleAhead } from '../../src/jobs/paneJobs';
import { toWire } from '../../src/jobs/wire';
import { SheetGrid, WorkbookChanges, WorkbookReader } from '../../src/workbook/types';
import { KeptSheets, sheetsChangedBy, sheetsEditedBy } from './keptSheets';
import { EngineFailure, EngineReply, EngineRequest, EngineRequestError, RemoteWorkbook, SheetAnswer, workbookFailure } from './protocol';

/** A workbook file as the worker holds it: its bytes, and one reader of them that keeps what it has read. */
interface WorkbookDocument {
  readonly bytes: Uint8Array;
  readonly reader: KeptSheets;
}

/** An .xlsx file is a zip package: its first bytes are a zip entry's (or an empty zip's) signature. */
const ZIP_SIGNATURES = [
  [0x50, 0x4b, 0x03, 0x04],
  [0x50, 0x4b, 0x05, 0x06],
];

/**
 * The engine's side of the protocol: it runs in the Web Worker (engine.worker.ts) and, in tests, on the
 * same thread. It holds the standalone pane's workbook, runs the pane's jobs on it or on a remote
 * workbook, and writes changes into new bytes; the old bytes stay until the new ones are complete.
 */
export class EngineService {
  private document?: WorkbookDocument;
  private readonly pendingReads = new Map<number, { resolve: (grid: SheetGrid) => void; reject: (error: Error) => void }>();
  private nextRead = 0;

  constructor(
    private readonly post: (reply: EngineReply, transfer?: Transferable[]) => void,
    initial?: Uint8Array,
  ) {
    if (initial) this.document = documentOf(initial);
  }

  async handle(request: EngineRequest): Promise<void> {
    if (request.type === 'sheet' || request.type === 'sheetFailed') return this.answered(request);
    const { id } = request;
    try {
      const value = await this.perform(request);
      if (value instanceof Uint8Array) this.post({ id, type: 'done', value }, [value.buffer]);
      else this.post({ id, type: 'done', value: toWire(value) });
    } catch (error) {
      this.post({ id, type: 'failed', failure: failureOf(error) });
    }
  }

  private async perform(request: Exclude<EngineRequest, SheetAnswer>): Promise<unknown> {
    const context = this.context(request.id);
    switch (request.type) {
      case 'open':
        this.document = openDocument(request.bytes, request.name);
        return undefined;
      case 'openDemo':
        this.document = documentOf(createXlsx(demoWorkbook()));
        return undefined;
      case 'run': {
        const reader = this.reader(request.id, request.remote);
        const result = await runPaneJob(reader, request.job, context);
        if (!request.remote) this.prepareNext(request.job);
        return result;
      }
      case 'build':
        return this.build(request, context);
      case 'apply':
        this.replace(await written(this.current().bytes, request.changes), sheetsChangedBy(request.changes));
        return undefined;
      case 'setCells':
        this.replace(documentOf(setCellsXlsx(this.current().bytes, request.edits)), sheetsEditedBy(request.edits));
        return undefined;
      case 'formulaOf':
        return readCellFormula(this.current().bytes, request.address);
      case 'bytes':
        return this.current().bytes.slice();
    }
  }

  /**
   * Builds the week on the worker's own document; for a remote workbook, returns the plan for the pane's
   * thread to write through Office.js.
   */
  private async build(request: Extract<EngineRequest, { type: 'build' }>, context: JobContext) {
    const plan = await planBuild(this.reader(request.id, request.remote), request.request, context);
    if (request.remote || plan.kind !== 'ready') return plan;
    const output = await written(this.current().bytes, plan.changes, () => context.progress(BUILD_STEPS.written, BUILD_STEPS.total));
    this.replace(output, sheetsChangedBy(plan.changes));
    context.progress(BUILD_STEPS.total, BUILD_STEPS.total);
    return { kind: 'built', sheetName: plan.preview.sheetName } satisfies BuildOutcome;
  }

  private context(id: number): JobContext {
    return {
      progress: (done, total) => this.post({ id, type: 'progress', done, total }),
      openReceived: (bytes) => openDocument(bytes).reader,
    };
  }

  private reader(id: number, remote: RemoteWorkbook | undefined): WorkbookReader {
    if (!remote) return this.current().reader;
    return {
      dateSystem: remote.dateSystem,
      sheetNames: async () => remote.sheetNames,
      definedNames: async () => remote.definedNames,
      tables: async () => remote.tables,
      // The remote workbook is Excel's open one, and Excel computes every formula it holds.
      uncomputedFormula: async () => undefined,
      readSheet: (name) =>
        new Promise<SheetGrid>((resolve, reject) => {
          const read = this.nextRead++;
          this.pendingReads.set(read, { resolve, reject });
          this.post({ id, type: 'readSheet', read, name });
        }),
    };
  }

  private answered(answer: SheetAnswer): void {
    const pending = this.pendingReads.get(answer.read);
    this.pendingReads.delete(answer.read);
    if (answer.type === 'sheet') pending?.resolve(answer.grid);
    else pending?.reject(new EngineRequestError(answer.failure));
  }

  private current(): WorkbookDocument {
    if (!this.document) throw new Error('No workbook is open');
    return this.document;
  }

  /**
   * Work the pane will most likely ask for next, done on the worker's own document while the worker waits:
   * once the sheet is checked, the week the Invoice tab shows first is settled, so its preview (and build)
   * need not wait. Nothing is done for a document that has been replaced in the meantime.
   */
  private prepareNext(job: PaneJob): void {
    if (job.kind !== 'check' && job.kind !== 'invoiceSetup') return;
    const { reader } = this.current();
    setTimeout(() => {
      if (this.document?.reader === reader) void settleAhead(reader, job.choice);
    }, PAGE_DRAWS_MS);
  }

  /** The workbook after a change to `touched` sheets (all of them, when unknown): the others are not read again. */
  private replace(changed: WorkbookDocument, touched: readonly string[] | undefined): void {
    const { reader } = this.current();
    this.document = touched ? { bytes: changed.bytes, reader: reader.changedTo(changed.reader, touched) } : changed;
  }
}

/**
 * How long the page takes to show a large result (10,000 findings) after it arrives: work done ahead waits
 * that long, so that on a busy machine it does not take a core from the page while the page draws.
 */
const PAGE_DRAWS_MS = 300;

function documentOf(bytes: Uint8Array): WorkbookDocument {
  return { bytes, reader: new KeptSheets(openXlsx(bytes)) };
}

/** Opens a file the user chose, refusing (and keeping the open workbook) when it cannot be read. */
function openDocument(bytes: Uint8Array, name = ''): WorkbookDocument {
  if (!ZIP_SIGNATURES.some((signature) => signature.every((byte, index) => bytes[index] === byte)))
    throw new NotXlsxError(`'${name}' is not an Excel workbook (.xlsx)`);
  return documentOf(bytes);
}

class NotXlsxError extends Error {}

function failureOf(error: unknown): EngineFailure {
  if (error instanceof NotXlsxError) return { code: 'not-xlsx', message: error.message };
  if (error instanceof EngineRequestError) return error.failure;
  return workbookFailure(error);
}

/**
 * The workbook with `changes` written. The rows appended to the ledger are read back, so a writer that drops
 * them fails here instead of losing a ledger entry.
 */
async function written(bytes: Uint8Array, changes: WorkbookChanges, wrote?: () => void): Promise<WorkbookDocument> {
  const output = writeXlsx(bytes, changes);
  wrote?.();
  const document = documentOf(output);
  for (const append of changes.appendRows ?? []) {
    const rows = (await document.reader.readSheet(append.sheet)).rows;
    if (append.rows.some((_, offset) => (rows[append.firstRow + offset] ?? []).every(isBlank)))
      throw new Error(`The .xlsx writer did not add the rows to '${append.sheet}', so nothing was changed`);
  }
  return document;
}
