import { MessageParams } from '../../engine/messages';
import { Finding, showFinding } from '../../sheet/findings';
import { CliStrings } from './cliStrings';
import { CliTextKey } from './cliTexts';
import { findingLines } from './findingLines';

/** Why a command gives no result: the errors that make amounts uncertain, under a heading that says what was not done. */
export function blockedText(heading: CliTextKey, findings: readonly Finding[], strings: CliStrings, params: MessageParams = {}): string {
  const shown = findings.map((finding) => showFinding(finding, strings.language));
  return [strings.t(heading, { ...params, count: strings.count(shown.length) }), ...findingLines(shown, strings)].join('\n');
}
