import { runCheck } from '../../jobs/checkJob';
import { Language } from '../../engine/messages';
import { showFinding, ShownFinding } from '../../sheet/findings';
import { openWorkbook } from '../files';

export interface CheckOptions {
  readonly book: string;
  readonly sheet?: string;
  readonly headerRow?: number;
  readonly language: Language;
}

export interface CheckReport {
  readonly sheet: string;
  readonly candidates: number;
  readonly weeks: number;
  readonly errors: number;
  readonly warnings: number;
  readonly findings: readonly ShownFinding[];
}

export async function check(options: CheckOptions): Promise<CheckReport> {
  const { workbook } = openWorkbook(options.book);
  const result = await runCheck(workbook, { sheet: options.sheet, headerRow: options.headerRow });
  const findings = result.findings.map((finding) => showFinding(finding, options.language));
  return {
    sheet: result.sheetName,
    candidates: result.sheet?.candidates.length ?? 0,
    weeks: result.sheet?.weeks.length ?? 0,
    errors: findings.filter((finding) => finding.severity === 'error').length,
    warnings: findings.filter((finding) => finding.severity === 'warning').length,
    findings,
  };
}
