import { CheckReport } from '../commands/check';
import { CliStrings } from './cliStrings';
import { findingLines } from './findingLines';

export function checkText(report: CheckReport, strings: CliStrings): string {
  const head = strings.t('check.head', {
    sheet: report.sheet,
    candidates: strings.count(report.candidates),
    weeks: strings.count(report.weeks),
    errors: strings.count(report.errors),
    warnings: strings.count(report.warnings),
  });
  if (report.findings.length === 0) return `${head}\n${strings.t('check.clean')}`;
  return [head, ...findingLines(report.findings, strings)].join('\n');
}
