import { FluentProvider } from '@fluentui/react-components';
import { App } from './App';
import { Host } from './host/host';
import { HostProvider } from './host/HostContext';
import { I18nProvider } from './i18n/I18nContext';
import { SheetChoiceProvider } from './state/SheetChoice';
import { useHostTheme } from './theme/useHostTheme';

/** The pane for a host: its theme, its language, the host itself for every component below. */
export function Root({ host }: { host: Host }) {
  const theme = useHostTheme(host);
  return (
    <FluentProvider theme={theme} lang={host.language}>
      <HostProvider host={host}>
        <I18nProvider language={host.language}>
          <SheetChoiceProvider>
            <App />
          </SheetChoiceProvider>
        </I18nProvider>
      </HostProvider>
    </FluentProvider>
  );
}
