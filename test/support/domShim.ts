/**
 * Task pane tests run in jsdom, which lacks browser features the pane relies on: the encoders and the
 * SHA-256 of the invoice fingerprint, File.arrayBuffer, matchMedia for the theme, ResizeObserver for Fluent's
 * message bars (nothing is laid out in jsdom, so it never fires). Node's own stand in where it has them.
 */
if (typeof window !== 'undefined') {
  // The pane's engine runs real jobs on real .xlsx files in these tests; on a busy machine one takes longer
  // than Testing Library's default second to show its result.
  (require('@testing-library/dom') as typeof import('@testing-library/dom')).configure({ asyncUtilTimeout: 10_000 });
  const util = require('util') as typeof import('util');
  const nodeCrypto = require('crypto') as typeof import('crypto');
  Object.assign(globalThis, { TextEncoder: util.TextEncoder, TextDecoder: util.TextDecoder });
  if (!globalThis.crypto?.subtle) Object.defineProperty(globalThis.crypto, 'subtle', { value: nodeCrypto.webcrypto.subtle });
  if (!Blob.prototype.arrayBuffer) {
    Blob.prototype.arrayBuffer = function arrayBuffer(this: Blob) {
      return new Promise<ArrayBuffer>((resolve, reject) => {
        const reader = new FileReader();
        reader.onload = () => resolve(reader.result as ArrayBuffer);
        reader.onerror = () => reject(reader.error);
        reader.readAsArrayBuffer(this);
      });
    };
  }
  window.ResizeObserver ??= class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
  window.matchMedia ??= (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      addListener: () => undefined,
      removeListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList;
}
