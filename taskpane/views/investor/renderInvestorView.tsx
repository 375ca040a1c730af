import { TaskProgress } from '../../components/TaskProgress';
import { Badge, Button, Caption1, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { ArrowClockwiseRegular, ChartMultipleRegular } from '@fluentui/react-icons';
import { qualifiedAddress } from '../../../src/engine/cells';
import { errorMessage, isEngineError } from '../../../src/engine/errors';
import { weekLabel } from '../../../src/engine/weeks';
import { InvestorFigures } from '../../../src/sheet/investor';
import { CellLink } from '../../components/CellLink';
import { Figures } from '../../components/Figures';
import { FindingList } from '../../components/FindingList/FindingList';
import { Strings } from '../../i18n/I18nContext';
import { useViewStyles } from '../useViewStyles.styles';
import { InvestorViewState } from './InvestorView.types';
import { RepaymentChart } from './RepaymentChart';
import { useInvestorViewStyles } from './useInvestorViewStyles.styles';

export function renderInvestorView(
  state: InvestorViewState,
  styles: ReturnType<typeof useInvestorViewStyles>,
  view: ReturnType<typeof useViewStyles>,
) {
  const { t } = state.strings;
  const { figures, chart } = state;
  return (
    <div className={view.root}>
      <div className={view.actions}>
        <Button icon={<ArrowClockwiseRegular />} onClick={state.onRefresh} disabledFocusable={figures.status === 'running'}>
          {t('investor.refresh')}
        </Button>
        {state.canInsertChart && (
          <Button icon={<ChartMultipleRegular />} onClick={state.onInsertChart} disabled={chart.status === 'running'}>
            {t('investor.insertChart')}
          </Button>
        )}
      </div>
      <div aria-live="polite" className={view.section}>
        {chart.status === 'failed' && (
          <MessageBar intent="error">
            <MessageBarBody>{chart.error}</MessageBarBody>
          </MessageBar>
        )}
        {chart.status === 'done' && (
          <MessageBar intent="success">
            <MessageBarBody>
              <CellLink address={qualifiedAddress(chart.result, 0, 0)}>{t('investor.chartInserted', { sheet: chart.result })}</CellLink>
            </MessageBarBody>
          </MessageBar>
        )}
        <TaskProgress task={figures} running={t('investor.loading')} />
        {figures.status === 'done' && 'refusal' in figures.result && (
          <>
            <MessageBar intent="error">
              <MessageBarBody>
                <MessageBarTitle>{t('investor.refused')}</MessageBarTitle>
                {figures.result.refusal.refused === 'blocking-findings'
                  ? t('invoice.refusedFindings')
                  : t('invoice.refusedLedger', { cells: figures.result.refusal.cells.join(', ') })}
              </MessageBarBody>
            </MessageBar>
            {figures.result.refusal.refused === 'blocking-findings' && <FindingList findings={figures.result.refusal.findings} />}
          </>
        )}
        {figures.status === 'done' && 'figures' in figures.result && renderFigures(figures.result.figures, state.strings, styles, view)}
      </div>
    </div>
  );
}

function renderFigures(
  figures: InvestorFigures,
  strings: Strings,
  styles: ReturnType<typeof useInvestorViewStyles>,
  view: ReturnType<typeof useViewStyles>,
) {
  const { t } = strings;
  const money = (value: Parameters<Strings['money']>[0]) => strings.money(value, figures.currency);
  const { success } = figures;
  const through = figures.throughWeek ? weekLabel(figures.throughWeek) : '–';
  return (
    <>
      <Caption1 className={view.muted}>
        {figures.source === 'ledger' ? t('investor.fromLedger', { week: through }) : t('investor.fromSheet', { week: through })}
      </Caption1>
      {!figures.invested && (
        <MessageBar intent="warning">
          <MessageBarBody>{t('investor.noInvested')}</MessageBarBody>
        </MessageBar>
      )}
      <Figures
        items={[
          figures.invested && {
            label: t('investor.invested', { date: strings.date(figures.invested.day) }),
            value: money(figures.invested.amount),
          },
          { label: t('investor.repaid'), value: money(figures.repaid) },
          figures.netReturn && { label: t('investor.netReturn'), value: money(figures.netReturn) },
          figures.multiple && {
            label: t('investor.multiple'),
            value: isEngineError(figures.multiple)
              ? errorMessage(figures.multiple, strings.language)
              : `${strings.number(figures.multiple.toNumber(), 4)}×`,
          },
          figures.irr !== undefined && {
            label: t('investor.irr'),
            value: isEngineError(figures.irr) ? errorMessage(figures.irr, strings.language) : strings.percent(figures.irr, 2),
          },
          {
            label: t('investor.successRate'),
            value: (
              <span className={styles.target}>
                {isEngineError(success.rate)
                  ? errorMessage(success.rate, strings.language)
                  : t('investor.successValue', {
                      rate: strings.percent(success.rate),
                      succeeded: success.succeeded,
                      candidates: success.candidates,
                    })}
                {!isEngineError(success.rate) && (
                  <Badge appearance="tint" color={success.rate >= success.target ? 'success' : 'warning'}>
                    {t(success.rate >= success.target ? 'investor.targetMet' : 'investor.targetMissed', {
                      target: strings.percent(success.target, 0),
                    })}
                  </Badge>
                )}
              </span>
            ),
          },
        ]}
      />
      <div className={styles.chart}>
        <RepaymentChart figures={figures} strings={strings} />
      </div>
    </>
  );
}
