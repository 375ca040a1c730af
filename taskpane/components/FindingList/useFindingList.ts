import { useArrowNavigationGroup } from '@fluentui/react-components';
import { useMemo } from 'react';
import { Severity, showFinding } from '../../../src/sheet/findings';
import { useHost } from '../../host/HostContext';
import { useStrings } from '../../i18n/I18nContext';
import { useTask } from '../../state/useTask';
import { FindingGroup, FindingListProps, FindingListState } from './FindingList.types';

const SEVERITIES: readonly Severity[] = ['error', 'warning'];

export function useFindingList({ findings }: FindingListProps): FindingListState {
  const host = useHost();
  const strings = useStrings();
  const { language } = strings;
  const listAttributes = useArrowNavigationGroup({ axis: 'vertical', memorizeCurrent: true });
  const [navigation, select] = useTask((address: string) => host.select(address));
  const groups = useMemo(
    () =>
      SEVERITIES.map((severity): FindingGroup => ({
        severity,
        findings: findings.filter((finding) => finding.severity === severity),
      })).filter((group) => group.findings.length > 0),
    [findings],
  );
  return {
    strings,
    listAttributes,
    groups,
    show: (finding) => showFinding(finding, language),
    onSelect: (address) => void select(address),
    navigation,
  };
}
