import { Language, languageFromLocale } from '../engine/messages';

/** The `--lang` values and the locales that mean them: `da`, `da-DK`, `da_DK.UTF-8`, `en`, `en-GB`. */
const LANGUAGE_OPTION = /^(en|da)(?:[-_.@].*)?$/i;

export interface LanguageChoice {
  readonly language: Language;
  /** A `--lang` value that is neither English nor Danish; `language` is then the environment's. */
  readonly refused?: string;
}

/**
 * The language `sib` speaks: `--lang` (found before the arguments are parsed, so usage errors and help
 * speak it too), else the locale the environment names for messages — LC_ALL over LC_MESSAGES over LANG,
 * as POSIX orders them, Danish for `da*` — else English.
 */
export function chooseLanguage(argv: readonly string[], env: NodeJS.ProcessEnv): LanguageChoice {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '');
  const fromLocale = languageFromLocale(locale);
  const option = langOption(argv);
  if (option === undefined) return { language: fromLocale };
  const match = LANGUAGE_OPTION.exec(option);
  return match ? { language: match[1].toLowerCase() as Language } : { language: fromLocale, refused: option };
}

/** The last `--lang` given, as Node's argument parser keeps the last value too. */
function langOption(argv: readonly string[]): string | undefined {
  let value: string | undefined;
  for (const [index, arg] of argv.entries()) {
    if (arg === '--') break;
    if (arg.startsWith('--lang=')) value = arg.slice('--lang='.length);
    else if (arg === '--lang' && index + 1 < argv.length && !argv[index + 1].startsWith('--')) value = argv[index + 1];
  }
  return value;
}
