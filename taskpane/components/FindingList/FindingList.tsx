import { FindingListProps } from './FindingList.types';
import { renderFindingList } from './renderFindingList';
import { useFindingList } from './useFindingList';
import { useFindingListStyles } from './useFindingListStyles.styles';

/** Findings grouped by severity, each a button that selects its cell. */
export function FindingList(props: FindingListProps) {
  const state = useFindingList(props);
  const styles = useFindingListStyles();
  return renderFindingList(state, styles);
}
