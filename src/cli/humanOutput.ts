import { CheckReport } from './commands/check';
import { DemoReport } from './commands/demo';
import { InvoiceReport } from './commands/invoice';
import { ShownFinding } from '../sheet/findings';

/** Plain text for people; `--json` prints the reports themselves. */
export function checkText(report: CheckReport): string {
  const head = `${report.sheet}: ${report.candidates} candidates × ${report.weeks} weeks — ${report.errors} error(s), ${report.warnings} warning(s)`;
  if (report.findings.length === 0) return `${head}\nThe sheet is clean.`;
  return [head, ...report.findings.map(findingLine)].join('\n');
}

export function invoiceText(report: InvoiceReport): string {
  const paid = report.lines.filter((line) => line.reason === null).length;
  const width = Math.max(12, ...report.lines.map((line) => line.candidateId.length));
  const rows = report.lines.map(
    (line) => `  ${line.candidateId.padEnd(width)} ${line.status.padEnd(8)} ${line.amount.padStart(14)}${line.reason ? `  (${line.reason})` : ''}`,
  );
  return [
    `Invoice ${report.week} from ${report.sheet}: ${report.lines.length} line(s), ${paid} paid`,
    ...rows,
    `  ${'Total'.padEnd(width)} ${''.padEnd(8)} ${report.total.padStart(14)} ${report.currency}`,
    `Invoiced before this week: ${report.invoicedBefore} ${report.currency}${report.capRemainingBefore === null ? '' : `; cap remaining before it: ${report.capRemainingBefore}`}`,
    `Fingerprint ${report.fingerprint}`,
    ...(report.findings.length ? [`${report.findings.length} finding(s) did not stop the invoice:`, ...report.findings.map(findingLine)] : []),
    `Written to ${report.output}, sheet '${report.invoiceSheet}'`,
  ].join('\n');
}

export function demoText(report: DemoReport): string {
  return `Demo workbook written to ${report.output} (sheets: ${report.sheets.join(', ')})`;
}

function findingLine(finding: ShownFinding): string {
  return `  ${finding.severity.padEnd(7)} ${finding.address}: ${finding.message} — ${finding.action}`;
}
