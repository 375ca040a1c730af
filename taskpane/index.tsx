import { createRoot } from 'react-dom/client';
import { Language, languageFromLocale } from '../src/engine/messages';
import { createWorkerEngine } from './engine/workerEngine';
import { Host } from './host/host';
import { Root } from './Root';

/**
 * Inside Office (office.js loaded and a host reported) the pane works on the open workbook; anywhere else
 * it opens the demo workbook in memory. The engine (the .xlsx adapter, the demo, the rules) runs in its own
 * worker; each host's code is a chunk of its own, loaded only where it runs.
 */
async function createHost(): Promise<Host> {
  const engine = createWorkerEngine();
  if (typeof Office !== 'undefined' && (await Office.onReady()).host) {
    const { createOfficeHost } = await import(/* webpackChunkName: "host-excel" */ './host/officeHost');
    return createOfficeHost(engine);
  }
  const { createBrowserHost } = await import(/* webpackChunkName: "host-browser" */ './host/browserHost');
  return createBrowserHost(engine, DEMO_FILE, browserLanguage(), engine.openDemo());
}

const DEMO_FILE = 'demo.xlsx';

/** The browser's language; `?lang=da` or `?lang=en` overrides it. */
function browserLanguage(): Language {
  return languageFromLocale(new URLSearchParams(window.location.search).get('lang') ?? window.navigator.language);
}

function container(): HTMLElement {
  const element = document.getElementById('root');
  if (!element) throw new Error('The page has no #root element');
  return element;
}

createHost().then(
  (host) => {
    document.documentElement.lang = host.language;
    createRoot(container()).render(<Root host={host} />);
  },
  (error: unknown) => {
    container().textContent = `The settlement pane could not start: ${error instanceof Error ? error.message : String(error)}`;
  },
);
