import { Button, Caption1, CounterBadge, MessageBar, MessageBarBody, Subtitle2, Text } from '@fluentui/react-components';
import { ErrorCircleRegular, WarningRegular } from '@fluentui/react-icons';
import { useVirtualRows } from '../VirtualRows/useVirtualRows';
import { FindingGroup, FindingListState } from './FindingList.types';
import { useFindingListStyles } from './useFindingListStyles.styles';

/** A finding's height at the widest pane, before it is measured. */
const FINDING_ESTIMATE = 64;

export function renderFindingList(state: FindingListState, styles: ReturnType<typeof useFindingListStyles>) {
  return (
    <div className={styles.root}>
      {state.navigation.status === 'failed' && (
        <MessageBar intent="error">
          <MessageBarBody>{state.navigation.error}</MessageBarBody>
        </MessageBar>
      )}
      {state.groups.map((group) => (
        <FindingGroupList key={group.severity} group={group} state={state} styles={styles} />
      ))}
    </div>
  );
}

/** One severity's findings, in a box that scrolls and renders only the findings in view. */
function FindingGroupList({
  group,
  state,
  styles,
}: {
  group: FindingGroup;
  state: FindingListState;
  styles: ReturnType<typeof useFindingListStyles>;
}) {
  const { t } = state.strings;
  const { setBox, start, end, before, after, measure } = useVirtualRows(group.findings.length, FINDING_ESTIMATE);
  const headingId = `findings-${group.severity}`;
  const Icon = group.severity === 'error' ? ErrorCircleRegular : WarningRegular;
  return (
    <section aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId} className={styles.heading}>
        <Icon aria-hidden className={group.severity === 'error' ? styles.error : styles.warning} />
        {t(group.severity === 'error' ? 'findings.errors' : 'findings.warnings')}
        <CounterBadge
          count={group.findings.length}
          overflowCount={999999}
          color={group.severity === 'error' ? 'danger' : 'informative'}
          aria-hidden
        />
      </Subtitle2>
      <div className={styles.scroll} ref={setBox}>
        <ul className={styles.list} {...state.listAttributes} style={{ paddingTop: before, paddingBottom: after }}>
          {group.findings.slice(start, end).map((finding, offset) => {
            const index = start + offset;
            const item = state.show(finding);
            return (
              <li key={index} ref={measure(index)} aria-setsize={group.findings.length} aria-posinset={index + 1}>
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
            );
          })}
        </ul>
      </div>
    </section>
  );
}
