import { DemoReport } from '../commands/demo';
import { CliStrings } from './cliStrings';

export function demoText(report: DemoReport, strings: CliStrings): string {
  return strings.t('demo.written', { file: report.output, sheets: report.sheets.join(', ') });
}
