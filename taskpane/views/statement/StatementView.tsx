import { useViewStyles } from '../useViewStyles.styles';
import { renderStatementView } from './renderStatementView';
import { useStatementView } from './useStatementView';
import { useStatementViewStyles } from './useStatementViewStyles.styles';

/** docs/rules.md §8: the fund checks a received invoice table against its own candidate sheet; every difference links to its cell. */
export function StatementView() {
  return renderStatementView(useStatementView(), useStatementViewStyles(), useViewStyles());
}
