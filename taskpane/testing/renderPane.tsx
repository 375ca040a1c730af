import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, RenderResult } from '@testing-library/react';
import { ReactElement } from 'react';
import { createXlsx } from '../../src/adapters/xlsx';
import { demoWorkbook } from '../../src/demo/demoWorkbook';
import { Language } from '../../src/engine/messages';
import { WorkbookChanges } from '../../src/workbook/types';
import { createBrowserHost } from '../host/browserHost';
import { Host } from '../host/host';
import { HostProvider } from '../host/HostContext';
import { I18nProvider } from '../i18n/I18nContext';
import { SheetChoiceProvider } from '../state/SheetChoice';

/**
 * Component tests run the pane on a real .xlsx workbook in memory (the browser host), so every view does
 * what it does for a user; `select` is recorded instead of shown.
 */
export interface TestHost extends Host {
  readonly selected: string[];
}

export function testHost(workbook: WorkbookChanges = demoWorkbook(), language: Language = 'en'): TestHost {
  const host = createBrowserHost({ name: 'test.xlsx', bytes: createXlsx(workbook) }, language);
  const selected: string[] = [];
  return {
    ...host,
    selected,
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
