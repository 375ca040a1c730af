import { useViewStyles } from '../useViewStyles.styles';
import { renderContractView } from './renderContractView';
import { useContractView } from './useContractView';
import { useContractViewStyles } from './useContractViewStyles.styles';

/** docs/rules.md §6: the contract terms (SIB_ defined names) to read and edit; saving writes only the cells that changed. */
export function ContractView() {
  return renderContractView(useContractView(), useContractViewStyles(), useViewStyles());
}
