import { Subtitle1, Tab, TabList, Text } from '@fluentui/react-components';
import { AppState, VIEWS, ViewName } from './App.types';
import { WorkbookBar } from './components/WorkbookBar/WorkbookBar';
import { StringKey } from './i18n/strings';
import { useAppStyles } from './useAppStyles.styles';
import { CheckView } from './views/check/CheckView';
import { ContractView } from './views/contract/ContractView';
import { ExplainView } from './views/explain/ExplainView';
import { InvestorView } from './views/investor/InvestorView';
import { InvoiceView } from './views/invoice/InvoiceView';
import { StatementView } from './views/statement/StatementView';

const VIEW_COMPONENTS: Readonly<Record<ViewName, () => JSX.Element>> = {
  contract: ContractView,
  check: CheckView,
  invoice: InvoiceView,
  statement: StatementView,
  explain: ExplainView,
  investor: InvestorView,
};

export function renderApp(state: AppState, styles: ReturnType<typeof useAppStyles>) {
  const { t } = state.strings;
  return (
    <main className={styles.root} {...state.file?.dropProps}>
      <Subtitle1 as="h1" className={styles.title}>
        {t('app.title')}
      </Subtitle1>
      {state.file && <WorkbookBar file={state.file} />}
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={state.view}
        onTabSelect={(_, data) => state.onViewChange(data.value as ViewName)}
        aria-label={t('app.views')}
      >
        {VIEWS.map((view) => (
          <Tab key={view} value={view} id={`tab-${view}`} aria-controls={`panel-${view}`}>
            {t(`view.${view}` as StringKey)}
          </Tab>
        ))}
      </TabList>
      {VIEWS.filter((view) => state.visited.has(view)).map((view) => {
        const View = VIEW_COMPONENTS[view];
        return (
          <div
            key={view}
            role="tabpanel"
            id={`panel-${view}`}
            aria-labelledby={`tab-${view}`}
            hidden={state.view !== view}
            className={styles.panel}
          >
            <View />
          </div>
        );
      })}
      {state.file?.dragging && (
        <div className={styles.drop} aria-hidden>
          <Text size={400} weight="semibold">
            {t('file.drop')}
          </Text>
        </div>
      )}
    </main>
  );
}
