import { Caption1, Text } from '@fluentui/react-components';
import { qualifiedAddress } from '../../../src/engine/cells';
import { weekLabel } from '../../../src/engine/weeks';
import { Ledger } from '../../../src/sheet/ledger';
import { CellLink } from '../../components/CellLink';
import { Strings } from '../../i18n/I18nContext';
import { useViewStyles } from '../useViewStyles.styles';
import { InvoiceLines } from './InvoiceLines';

/** The settlement ledger's entries, each sheet a link to it; unreadable rows are listed by their cells. */
export function LedgerTable({ ledger, strings, currency }: { ledger: Ledger | undefined; strings: Strings; currency?: string }) {
  const view = useViewStyles();
  const { t } = strings;
  if (!ledger || (ledger.entries.length === 0 && ledger.unreadable.length === 0))
    return <Text className={view.muted}>{t('ledger.empty')}</Text>;
  return (
    <>
      <InvoiceLines
        caption={t('ledger.title')}
        columns={[t('ledger.week'), t('ledger.sheet'), t('ledger.total')]}
        numeric={[2]}
        rows={ledger.entries}
        rowKey={(entry) => String(entry.row)}
        cells={(entry) => [
          <span key="week" className={view.nowrap}>
            {weekLabel(entry.week)}
          </span>,
          entry.kind === 'opening' ? t('ledger.opening') : <CellLink address={qualifiedAddress(entry.sheet, 0, 0)}>{entry.sheet}</CellLink>,
          strings.money(entry.total, currency),
        ]}
      />
      {ledger.unreadable.length > 0 && (
        <Caption1>
          {t('ledger.unreadable')}{' '}
          {ledger.unreadable.map((cell) => (
            <CellLink key={cell} address={cell} />
          ))}
        </Caption1>
      )}
    </>
  );
}
