import { createRoot } from 'react-dom/client';
import { Language, languageFromLocale } from '../src/engine/messages';
import { Host } from './host/host';
import { Root } from './Root';

/**
 * Inside Office (office.js loaded and a host reported) the pane works on the open workbook; anywhere else
 * it opens the demo workbook in memory. Each host's code is a chunk of its own, loaded only where it runs:
 * the browser never loads the Office adapter, Excel never loads the .xlsx writer or the demo.
 */
async function createHost(): Promise<Host> {
  if (typeof Office !== 'undefined' && (await Office.onReady()).host) {
    const { createOfficeHost } = await import(/* webpackChunkName: "host-excel" */ './host/officeHost');
    return createOfficeHost();
  }
  const { createBrowserHost, demoFile } = await import(/* webpackChunkName: "host-browser" */ './host/browserHost');
  return createBrowserHost(demoFile(), browserLanguage());
}

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
