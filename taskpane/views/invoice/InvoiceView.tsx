import { useViewStyles } from '../useViewStyles.styles';
import { renderInvoiceView } from './renderInvoiceView';
import { useInvoiceView } from './useInvoiceView';
import { useInvoiceViewStyles } from './useInvoiceViewStyles.styles';

/** docs/rules.md §7: a week's invoice — previewed before anything is written, then built with a progress bar — and the ledger. */
export function InvoiceView() {
  return renderInvoiceView(useInvoiceView(), useInvoiceViewStyles(), useViewStyles());
}
