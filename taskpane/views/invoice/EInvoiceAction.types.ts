import { EInvoiceFormatName } from '../../../src/einvoice/formats';
import { EInvoice } from '../../../src/einvoice/ublDocument';
import { Strings } from '../../i18n/I18nContext';
import { TaskState } from '../../state/useTask';

export type EInvoiceOutcome =
  | { readonly kind: 'written'; readonly fileName: string; readonly einvoice: EInvoice }
  | { readonly kind: 'refused'; readonly reasons: readonly string[] };

export interface EInvoiceActionState {
  readonly strings: Strings;
  /** The week's issued documents: its invoice, then its corrections. */
  readonly documents: readonly { readonly value: string; readonly label: string }[];
  readonly chosen: string;
  /** The format to write: Peppol BIS Billing 3.0 unless the buyer takes OIOUBL 2.1 only. */
  readonly format: EInvoiceFormatName;
  readonly task: TaskState<EInvoiceOutcome>;
  readonly copied: boolean;
  readonly onChoose: (value: string) => void;
  readonly onFormat: (format: EInvoiceFormatName) => void;
  readonly onExport: () => void;
  readonly onCopy: () => void;
}
