import { MessageParams } from '../../engine/messages';
import { Finding } from '../../sheet/findings';
import { CliTextKey } from '../text/cliTexts';

/**
 * A command gave no result because the check found errors that make amounts uncertain: what was not done
 * and the errors, as data, for the text layer to word in the reader's language.
 */
export class Blocked extends Error {
  constructor(
    readonly heading: Extract<CliTextKey, `${string}.blocked`>,
    readonly findings: readonly Finding[],
    readonly params: MessageParams = {},
  ) {
    super(heading);
    this.name = 'Blocked';
  }
}
