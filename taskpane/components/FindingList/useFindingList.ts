import { useArrowNavigationGroup } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { showFinding, Severity } from '../../../src/sheet/findings';
import { useHost } from '../../host/HostContext';
import { useStrings } from '../../i18n/I18nContext';
import { useTask } from '../../state/useTask';
import { FindingListProps, FindingListState, ShownGroup } from './FindingList.types';

const SEVERITIES: readonly Severity[] = ['error', 'warning'];

export function useFindingList({ findings, limit = 100 }: FindingListProps): FindingListState {
  const host = useHost();
  const strings = useStrings();
  const { language } = strings;
  const listAttributes = useArrowNavigationGroup({ axis: 'vertical', memorizeCurrent: true });
  const [expanded, setExpanded] = useState<ReadonlySet<Severity>>(new Set());
  const [navigation, select] = useTask((address: string) => host.select(address));
  const groups = useMemo(
    () =>
      SEVERITIES.map((severity): ShownGroup => {
        const all = findings.filter((finding) => finding.severity === severity);
        const shown = expanded.has(severity) ? all : all.slice(0, limit);
        return {
          severity,
          total: all.length,
          hidden: all.length - shown.length,
          items: shown.map((finding, index) => ({ key: `${finding.address}/${finding.code}/${index}`, ...showFinding(finding, language) })),
        };
      }).filter((group) => group.total > 0),
    [findings, limit, expanded, language],
  );
  return {
    strings,
    listAttributes,
    groups,
    onShowAll: (severity) => setExpanded((previous) => new Set([...previous, severity])),
    onSelect: (address) => void select(address),
    navigation,
  };
}
