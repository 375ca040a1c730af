import { useViewStyles } from '../useViewStyles.styles';
import { renderInvestorView } from './renderInvestorView';
import { useInvestorView } from './useInvestorView';
import { useInvestorViewStyles } from './useInvestorViewStyles.styles';

/** docs/rules.md §4.6 for the investor: return, multiple, IRR, success against target, and repayments against the investment. */
export function InvestorView() {
  return renderInvestorView(useInvestorView(), useInvestorViewStyles(), useViewStyles());
}
