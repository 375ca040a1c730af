import { CliError } from './cliError';

export interface ParsedArguments {
  readonly positionals: readonly string[];
  readonly options: Readonly<Record<string, string | true>>;
}

/** `--name value`, `--name=value` and bare `--flag`; which names take a value is the command's to say. */
export function parseArguments(argv: readonly string[], valued: ReadonlySet<string>, flags: ReadonlySet<string>): ParsedArguments {
  const positionals: string[] = [];
  const options: Record<string, string | true> = {};
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index];
    if (!argument.startsWith('--') || argument === '--') {
      positionals.push(argument);
      continue;
    }
    const [name, inline] = argument.slice(2).split(/=(.*)/s, 2);
    if (valued.has(name)) {
      const value = inline ?? argv[++index];
      if (value === undefined || value.startsWith('--')) throw new CliError(`--${name} needs a value`);
      options[name] = value;
    } else if (flags.has(name) && inline === undefined) options[name] = true;
    else throw new CliError(`Unknown option --${name}`);
  }
  return { positionals, options };
}
