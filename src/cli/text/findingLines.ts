import { ShownFinding } from '../../sheet/findings';
import { CliStrings } from './cliStrings';
import { cellList, groupFindings, LISTED_ONE_BY_ONE } from './findingGroups';

/** Cells a grouped line names before saying how many more there are. */
const CELLS_NAMED = 5;

/** Findings for people, a line each, repeated ones grouped unless asked for every one, and a note when any are. */
export function findingLines(findings: readonly ShownFinding[], strings: CliStrings, grouped = true): string[] {
  const { t } = strings;
  const width = Math.max(strings.severity('error').length, strings.severity('warning').length);
  const entries = grouped ? groupFindings(findings) : findings.map((finding) => ({ finding }));
  const lines = entries.map((entry) => {
    if ('finding' in entry) {
      const { finding } = entry;
      return `  ${strings.severity(finding.severity).padEnd(width)} ${finding.address}: ${finding.message} — ${finding.action}`;
    }
    const [first] = entry.group;
    const named = cellList(entry.group.slice(0, CELLS_NAMED).map((finding) => finding.address));
    const cells =
      entry.group.length > CELLS_NAMED
        ? t('findings.moreCells', { cells: named, count: strings.count(entry.group.length - CELLS_NAMED) })
        : named;
    const message = entry.group.every((finding) => finding.message === first.message)
      ? first.message
      : t('findings.first', { message: first.message });
    const head = t('findings.group', { code: first.code, count: strings.count(entry.group.length), cells });
    return `  ${strings.severity(first.severity).padEnd(width)} ${head} — ${message} — ${first.action}`;
  });
  return entries.some((entry) => 'group' in entry) ? [...lines, t('findings.grouped', { listed: LISTED_ONE_BY_ONE })] : lines;
}
