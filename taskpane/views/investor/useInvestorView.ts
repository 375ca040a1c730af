import { investorChartSheet, investorChartSheetName } from '../../../src/sheet/investorChartSheet';
import { workbookText } from '../../../src/sheet/workbookTexts';
import { useHost } from '../../host/HostContext';
import { useStrings } from '../../i18n/I18nContext';
import { useSheetChoice } from '../../state/SheetChoice';
import { useTask } from '../../state/useTask';
import { useWorkbookTask } from '../../state/useWorkbookTask';
import { InvestorViewState } from './InvestorView.types';

export function useInvestorView(): InvestorViewState {
  const host = useHost();
  const strings = useStrings();
  const [choice] = useSheetChoice();
  const [figures, refresh] = useWorkbookTask((each) => each.run({ kind: 'investor', choice }), [choice.sheet, choice.headerRow]);
  const [chart, insertChart] = useTask(async () => {
    if (!host.insertChart || figures.status !== 'done' || !('figures' in figures.result)) throw new Error(strings.t('investor.noChart'));
    const { language } = figures.result;
    const name = investorChartSheetName((await host.run({ kind: 'sheets' })).names, language);
    await host.insertChart(
      investorChartSheet(figures.result.figures, name, figures.result.dateSystem, language),
      workbookText(language, 'chart.title'),
    );
    return name;
  });
  return {
    strings,
    figures,
    canInsertChart:
      host.insertChart !== undefined && figures.status === 'done' && 'figures' in figures.result && figures.result.figures.curve.length > 0,
    chart,
    onInsertChart: () => void insertChart(),
    onRefresh: refresh,
  };
}
