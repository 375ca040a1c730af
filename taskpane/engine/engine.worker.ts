import { EngineService } from './engineService';
import { EngineRequest } from './protocol';

/** The engine's Web Worker: every request from the pane goes to one EngineService, which holds the workbook. */
interface WorkerScope {
  postMessage(message: unknown, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<EngineRequest>) => void) | null;
}

const scope = self as unknown as WorkerScope;
const service = new EngineService((reply, transfer) => scope.postMessage(reply, transfer ?? []));
scope.onmessage = (event) => void service.handle(event.data);
