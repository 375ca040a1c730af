import { Language } from '../../engine/messages';
import { formatAmount } from '../../engine/money';
import { formatDay, weekLabel } from '../../engine/weeks';
import { EINVOICE_FORMATS, EInvoiceFormatName } from '../../einvoice/formats';
import { refusalText } from '../../einvoice/refusal';
import { runEInvoice } from '../../jobs/einvoiceJob';
import { CliError, EXIT_FINDINGS } from '../cliError';
import { openWorkbook, writeOutput } from '../files';
import { cliStrings } from '../text/cliStrings';
import { parseWeekOption } from './invoice';

export interface EInvoiceOptions {
  readonly book: string;
  readonly week: string;
  readonly correction?: string;
  readonly format?: string;
  readonly out: string;
  readonly overwrite: boolean;
  readonly language: Language;
  readonly progress: (message: string) => void;
}

export interface EInvoiceReport {
  readonly week: string;
  /** The issued document exported: the week's invoice, or its nth correction. */
  readonly kind: 'invoice' | 'correction';
  readonly correction: number | null;
  readonly sheet: string;
  readonly format: EInvoiceFormatName;
  /** `Invoice`, or `CreditNote` for a correction that credits more than it charges. */
  readonly type: 'Invoice' | 'CreditNote';
  readonly number: string;
  readonly issueDate: string;
  readonly lines: number;
  /** What the buyer pays, or for a CreditNote is credited, as a decimal string such as "4320.99". */
  readonly amount: string;
  readonly currency: string;
  readonly fingerprint: string;
  readonly output: string;
}

/** `sib einvoice`: an issued invoice or correction as a Peppol BIS Billing 3.0 or OIOUBL 2.1 XML file. */
export async function einvoice(options: EInvoiceOptions): Promise<EInvoiceReport> {
  const { t } = cliStrings(options.language);
  const week = parseWeekOption(options.week, '--week', options.language);
  const correction = correctionOption(options.correction, options.language);
  const format = options.format ?? 'peppol';
  if (!isFormatName(format)) throw new CliError(t('einvoice.format', { value: format }));
  options.progress(t('progress.reading', { file: options.book }));
  const { workbook } = openWorkbook(options.book);
  const result = await runEInvoice(workbook, { week, correction, format });
  if (result.kind === 'refused') {
    const reasons = result.refusals.map((refused) => `  ${refusalText(refused, options.language)}`);
    throw new CliError([t('einvoice.refused'), ...reasons].join('\n'), EXIT_FINDINGS);
  }
  options.progress(t('progress.writing', { file: options.out }));
  writeOutput(options.out, new TextEncoder().encode(result.einvoice.xml), { input: options.book, overwrite: options.overwrite });
  const { document, einvoice: written } = result;
  return {
    week: weekLabel(document.week),
    kind: document.kind,
    correction: correction ?? null,
    sheet: document.sheet,
    format,
    type: written.type,
    number: written.number,
    issueDate: formatDay(document.issued),
    lines: written.lines,
    amount: formatAmount(written.payable),
    currency: written.currency,
    fingerprint: document.fingerprint,
    output: options.out,
  };
}

function isFormatName(text: string): text is EInvoiceFormatName {
  return (EINVOICE_FORMATS as readonly string[]).includes(text);
}

function correctionOption(text: string | undefined, language: Language): number | undefined {
  if (text === undefined) return undefined;
  if (!/^[1-9]\d*$/.test(text)) throw new CliError(cliStrings(language).t('einvoice.correctionNumber', { value: text }));
  return Number(text);
}
