import { ExcelRun } from '../../src/adapters/office/excelRun';

/** One sync as it went over the wire: its request and response bodies in UTF-8 bytes, when office.js let us see them. */
export interface SyncSize {
  readonly requestBytes: number | null;
  readonly responseBytes: number | null;
  readonly milliseconds: number;
}

interface RequestMessage {
  readonly Body?: unknown;
}

interface RequestExecutor {
  executeAsync(customData: unknown, flags: number, message: RequestMessage): Promise<RequestMessage | undefined>;
}

const WRAPPED = Symbol('recorded');

/**
 * Runs batches with Excel's runner and records every sync's payload. Office.js has no API for this: each
 * sync goes through the request context's `_requestExecutor.executeAsync(customData, flags, { Body })`, an
 * internal of office.js, which this wraps wherever office.js sets it. If a later office.js works otherwise,
 * nothing is recorded, and the test run says the sizes are unknown instead of failing.
 */
export function recordingRun(run: ExcelRun, syncs: SyncSize[]): ExcelRun {
  return (batch) =>
    run((context) => {
      watch(context as unknown as Record<string, unknown>, syncs);
      return batch(context);
    });
}

function watch(context: Record<string, unknown>, syncs: SyncSize[]): void {
  let executor = context._requestExecutor as RequestExecutor | undefined;
  if (executor) executor = recorded(executor, syncs);
  Object.defineProperty(context, '_requestExecutor', {
    configurable: true,
    get: () => executor,
    set: (value: RequestExecutor | undefined) => {
      executor = value && recorded(value, syncs);
    },
  });
}

function recorded(executor: RequestExecutor, syncs: SyncSize[]): RequestExecutor {
  if ((executor as unknown as Record<symbol, boolean>)[WRAPPED]) return executor;
  const wrapper = Object.create(executor) as RequestExecutor & Record<symbol, boolean>;
  wrapper[WRAPPED] = true;
  wrapper.executeAsync = async (customData, flags, message) => {
    const started = performance.now();
    const response = await executor.executeAsync.call(executor, customData, flags, message);
    syncs.push({
      requestBytes: bodyBytes(message.Body),
      responseBytes: bodyBytes(response?.Body),
      milliseconds: Math.round(performance.now() - started),
    });
    return response;
  };
  return wrapper;
}

function bodyBytes(body: unknown): number | null {
  if (body === undefined || body === null) return null;
  return new TextEncoder().encode(typeof body === 'string' ? body : JSON.stringify(body)).length;
}
