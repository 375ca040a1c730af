import outputs from '../../build/outputs.json';
import { connectEngine, EngineClient } from './engineClient';
import { EngineReply } from './protocol';

/** The engine in its own Web Worker, a script beside the page's own (webpack.config.js builds it). */
export function createWorkerEngine(): EngineClient {
  const worker = new Worker(new URL(outputs.engineWorkerScript, document.baseURI));
  return connectEngine({
    post: (message, transfer) => worker.postMessage(message, transfer ?? []),
    listen: (listener) => worker.addEventListener('message', (event: MessageEvent<EngineReply>) => listener(event.data)),
    onStop: (stopped) => worker.addEventListener('error', (event) => stopped(event.message || 'the worker failed')),
  });
}
