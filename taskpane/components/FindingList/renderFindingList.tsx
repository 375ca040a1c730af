import { Button, Caption1, CounterBadge, MessageBar, MessageBarBody, Subtitle2, Text } from '@fluentui/react-components';
import { ErrorCircleRegular, WarningRegular } from '@fluentui/react-icons';
import { FindingListState } from './FindingList.types';
import { useFindingListStyles } from './useFindingListStyles.styles';

export function renderFindingList(state: FindingListState, styles: ReturnType<typeof useFindingListStyles>) {
  const { t } = state.strings;
  return (
    <div className={styles.root}>
      {state.navigation.status === 'failed' && (
        <MessageBar intent="error">
          <MessageBarBody>{state.navigation.error}</MessageBarBody>
        </MessageBar>
      )}
      {state.groups.map((group) => {
        const headingId = `findings-${group.severity}`;
        const Icon = group.severity === 'error' ? ErrorCircleRegular : WarningRegular;
        return (
          <section key={group.severity} aria-labelledby={headingId}>
            <Subtitle2 as="h3" id={headingId} className={styles.heading}>
              <Icon aria-hidden className={group.severity === 'error' ? styles.error : styles.warning} />
              {t(group.severity === 'error' ? 'findings.errors' : 'findings.warnings')}
              <CounterBadge
                count={group.total}
                overflowCount={99999}
                color={group.severity === 'error' ? 'danger' : 'informative'}
                aria-hidden
              />
            </Subtitle2>
            <ul className={styles.list} {...state.listAttributes}>
              {group.items.map((item) => (
                <li key={item.key}>
                  <Button
                    appearance="subtle"
                    className={styles.item}
                    onClick={() => state.onSelect(item.address)}
                    title={t('findings.goTo', { address: item.address })}
                  >
                    <Text className={styles.address}>{item.address}</Text>
                    <Text>{item.message}</Text>
                    <Caption1 className={styles.action}>{item.action}</Caption1>
                  </Button>
                </li>
              ))}
            </ul>
            {group.hidden > 0 && (
              <Button appearance="secondary" onClick={() => state.onShowAll(group.severity)}>
                {t('findings.showAll', { count: group.total })}
              </Button>
            )}
          </section>
        );
      })}
    </div>
  );
}
