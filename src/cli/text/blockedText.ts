import { showFinding } from '../../sheet/findings';
import { Blocked } from '../commands/blocked';
import { CliStrings } from './cliStrings';
import { findingLines } from './findingLines';

/**
 * Why a command gave no result: what was not done, then the errors — repeated ones grouped for people,
 * every one listed when the message goes into `--json`'s document.
 */
export function blockedText(blocked: Blocked, strings: CliStrings, grouped: boolean): string {
  const shown = blocked.findings.map((finding) => showFinding(finding, strings.language));
  return [
    strings.t(blocked.heading, { ...blocked.params, count: strings.count(shown.length) }),
    ...findingLines(shown, strings, grouped),
  ].join('\n');
}
