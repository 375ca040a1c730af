import { serialize } from 'v8';
import { connectEngine, EngineClient } from '../engine/engineClient';
import { EngineService } from '../engine/engineService';
import { EngineReply } from '../engine/protocol';

/**
 * The engine of the pane's component tests: the same service and protocol as the Web Worker (jsdom has
 * none), on the same thread. Every message must pass Node's structured clone, as postMessage requires, so
 * a result that could not cross to a worker fails here too; it arrives a task later, as from a worker.
 * (The message itself is passed on, not its clone: a clone would belong to Node's realm, not the test's.)
 */
export function createInlineEngine(bytes?: Uint8Array): EngineClient {
  let toPane: (reply: EngineReply) => void = () => undefined;
  const service = new EngineService((reply) => {
    cloneable(reply);
    setTimeout(() => toPane(reply));
  }, bytes);
  return connectEngine({
    post: (message) => {
      cloneable(message);
      setTimeout(() => void service.handle(message));
    },
    listen: (listener) => {
      toPane = listener;
    },
  });
}

function cloneable(message: unknown): void {
  serialize(message);
}
