import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, RenderResult } from '@testing-library/react';
import { ReactElement } from 'react';
import { createXlsx, openXlsx, XlsxWorkbook } from '../../src/adapters/xlsx';
import { demoWorkbook } from '../../src/demo/demoWorkbook';
import { Language } from '../../src/engine/messages';
import { WorkbookChanges } from '../../src/workbook/types';
import { createBrowserHost } from '../host/browserHost';
import { Host } from '../host/host';
import { HostProvider } from '../host/HostContext';
import { I18nProvider } from '../i18n/I18nContext';
import { SheetChoiceProvider } from '../state/SheetChoice';
import { createInlineEngine } from './inlineEngine';

/**
 * Component tests run the pane on a real .xlsx workbook in memory (the browser host, with the engine's
 * service on the same thread), so every view does what it does for a user; `select` is recorded instead
 * of shown, and `workbook` reads the workbook as it is now, for a test to look into.
 */
export interface TestHost extends Host {
  readonly selected: string[];
  bytes(): Promise<Uint8Array>;
  workbook(): Promise<XlsxWorkbook>;
}

export function testHost(workbook: WorkbookChanges = demoWorkbook(), language: Language = 'en'): TestHost {
  const engine = createInlineEngine(createXlsx(workbook));
  const host = createBrowserHost(engine, 'test.xlsx', language);
  const selected: string[] = [];
  return {
    ...host,
    selected,
    bytes: () => engine.bytes(),
    workbook: async () => openXlsx(await engine.bytes()),
    select: async (address) => {
      selected.push(address);
      await host.select(address);
    },
  };
}

export function renderWithHost(ui: ReactElement, host: Host = testHost()): RenderResult & { host: Host } {
  return {
    host,
    ...render(
      <FluentProvider theme={webLightTheme}>
        <HostProvider host={host}>
          <I18nProvider language={host.language}>
            <SheetChoiceProvider>{ui}</SheetChoiceProvider>
          </I18nProvider>
        </HostProvider>
      </FluentProvider>,
    ),
  };
}
