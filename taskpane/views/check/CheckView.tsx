import { useViewStyles } from '../useViewStyles.styles';
import { renderCheckView } from './renderCheckView';
import { useCheckView } from './useCheckView';
import { useCheckViewStyles } from './useCheckViewStyles.styles';

/** docs/rules.md §6: checks the candidate sheet (auto-detected or chosen, with an optional header row) and lists what it finds. */
export function CheckView() {
  return renderCheckView(useCheckView(), useCheckViewStyles(), useViewStyles());
}
