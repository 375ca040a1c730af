import { BuildOutcome, BuildPlan, BuildRequest, PaneJob, PaneJobKind, PaneResult } from '../../src/jobs/paneJobs';
import { fromWire } from '../../src/jobs/wire';
import { CellEdit, WorkbookChanges, WorkbookReader, WriteProgress } from '../../src/workbook/types';
import { EnginePort, EngineReply, EngineRequest, EngineRequestError, RemoteWorkbook, workbookFailure } from './protocol';

/** The pane's handle on the engine's worker: each call is one request, answered once. */
export interface EngineClient {
  /** Opens an .xlsx file's bytes (handed over, not copied); the open workbook stays if they cannot be read. */
  open(name: string, bytes: Uint8Array): Promise<void>;
  openDemo(): Promise<void>;
  run<K extends PaneJobKind>(job: PaneJob<K>, remote?: RemoteSource): Promise<PaneResult<K>>;
  /** On a remote workbook, the plan to write there; on the worker's own, the outcome of writing it. */
  build(request: BuildRequest, progress?: WriteProgress, remote?: RemoteSource): Promise<BuildPlan | BuildOutcome>;
  apply(changes: WorkbookChanges): Promise<void>;
  setCells(edits: readonly CellEdit[]): Promise<void>;
  formulaOf(address: string): Promise<string | undefined>;
  /** A copy of the workbook's bytes as they are now. */
  bytes(): Promise<Uint8Array>;
}

/** A workbook the worker cannot hold (Excel's): read afresh on this thread for every job. */
export interface RemoteSource {
  open(): Promise<WorkbookReader>;
}

type Request = EngineRequest extends infer R ? (R extends { readonly type: 'sheet' | 'sheetFailed' } ? never : Omit<R, 'id'>) : never;

interface Call {
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: Error) => void;
  readonly progress?: WriteProgress;
  readonly reader?: WorkbookReader;
}

export function connectEngine(port: EnginePort<EngineRequest, EngineReply>): EngineClient {
  let nextId = 1;
  const calls = new Map<number, Call>();
  port.listen((reply) => {
    const call = calls.get(reply.id);
    if (!call) return;
    if (reply.type === 'progress') call.progress?.(reply.done, reply.total);
    else if (reply.type === 'readSheet') answerRead(reply, call.reader);
    else {
      calls.delete(reply.id);
      if (reply.type === 'done') call.resolve(fromWire(reply.value));
      else call.reject(new EngineRequestError(reply.failure));
    }
  });

  port.onStop?.((message) => {
    for (const call of calls.values()) call.reject(new Error(`The settlement engine stopped: ${message}`));
    calls.clear();
  });

  const answerRead = ({ id, read, name }: Extract<EngineReply, { type: 'readSheet' }>, reader: WorkbookReader | undefined) => {
    if (!reader) return port.post({ id, type: 'sheetFailed', read, failure: { message: 'The workbook is not open' } });
    reader.readSheet(name).then(
      (grid) => port.post({ id, type: 'sheet', read, grid }),
      (error: unknown) => port.post({ id, type: 'sheetFailed', read, failure: workbookFailure(error) }),
    );
  };

  const send = <T>(request: Request, options: { progress?: WriteProgress; reader?: WorkbookReader; transfer?: Transferable[] } = {}) =>
    new Promise<T>((resolve, reject) => {
      const id = nextId++;
      calls.set(id, { resolve: resolve as (value: unknown) => void, reject, progress: options.progress, reader: options.reader });
      port.post({ ...request, id } as EngineRequest, options.transfer);
    });

  const withRemote = async <T>(
    remote: RemoteSource | undefined,
    request: (workbook?: RemoteWorkbook, reader?: WorkbookReader) => Promise<T>,
  ) => {
    if (!remote) return request();
    const reader = await remote.open();
    const [sheetNames, definedNames, tables] = await Promise.all([reader.sheetNames(), reader.definedNames(), reader.tables()]);
    return request({ dateSystem: reader.dateSystem, sheetNames, definedNames, tables }, reader);
  };

  return {
    open: (name, bytes) => send({ type: 'open', name, bytes }, { transfer: [bytes.buffer] }),
    openDemo: () => send({ type: 'openDemo' }),
    run: (job, remote) => withRemote(remote, (workbook, reader) => send({ type: 'run', job, remote: workbook }, { reader })),
    build: (request, progress, remote) =>
      withRemote(remote, (workbook, reader) => send({ type: 'build', request, remote: workbook }, { reader, progress })),
    apply: (changes) => send({ type: 'apply', changes }),
    setCells: (edits) => send({ type: 'setCells', edits }),
    formulaOf: (address) => send({ type: 'formulaOf', address }),
    bytes: () => send({ type: 'bytes' }),
  };
}
