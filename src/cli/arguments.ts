import { parseArgs } from 'node:util';
import { Language } from '../engine/messages';
import { CliError } from './cliError';
import { cliStrings, CliStrings } from './text/cliStrings';

export interface ParsedArguments {
  readonly positionals: readonly string[];
  readonly options: Readonly<Record<string, string | true>>;
}

/** `--name value`, `--name=value` and bare `--flag`, by Node's own parser; which names take a value is the command's to say. */
export function parseArguments(
  argv: readonly string[],
  valued: ReadonlySet<string>,
  flags: ReadonlySet<string>,
  language: Language = 'en',
): ParsedArguments {
  const strings = cliStrings(language);
  const options = Object.fromEntries([
    ...[...valued].map((name) => [name, { type: 'string' as const }]),
    ...[...flags].map((name) => [name, { type: 'boolean' as const }]),
  ]);
  try {
    const parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
    const values = parsed.values as Record<string, string | true>;
    for (const name of valued) {
      const value = values[name];
      if (typeof value === 'string' && value.startsWith('--')) throw new CliError(strings.t('usage.needsValue', { option: `--${name}` }));
    }
    return { positionals: parsed.positionals, options: values };
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(usageMessage(error as Error & { code?: string }, strings));
  }
}

function usageMessage(error: Error & { code?: string }, strings: CliStrings): string {
  const option = /'(-{1,2}[^' ]+)/.exec(error.message)?.[1];
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return strings.t('usage.unknownOption', { option: option ?? '' }).trim();
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) {
    const name = `--${option.replace(/^-+/, '')}`;
    return strings.t(/does not take an argument/.test(error.message) ? 'usage.takesNoValue' : 'usage.needsValue', { option: name });
  }
  return error.message;
}
