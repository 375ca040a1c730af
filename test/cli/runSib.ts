import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const SIB = join(__dirname, '..', '..', 'bin', 'sib.js');

export type Run = { status: number; stdout: string; stderr: string; json: any };

/** The locale variables `sib` chooses its language from; a run sets exactly the ones it is given. */
export type Locale = Partial<Record<'LANG' | 'LC_ALL' | 'LC_MESSAGES', string>>;

/** Enough for every finding of a large sheet as JSON (Node's default is 1 MiB). */
const OUTPUT_LIMIT = 256 * 1024 * 1024;

const LOCALE_VARIABLES = ['LANG', 'LC_ALL', 'LC_MESSAGES'];

/** Runs the real command, as `npx sib` does: the built CLI in its own Node process, in an English locale. */
export function sib(...args: string[]): Run {
  return sibIn({ LANG: 'en_US.UTF-8' }, ...args);
}

/** Runs the real command in the given locale, whatever the locale of the tests. */
export function sibIn(locale: Locale, ...args: string[]): Run {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !LOCALE_VARIABLES.includes(name)));
  const run = spawnSync(process.execPath, [SIB, ...args], { encoding: 'utf8', env: { ...env, ...locale }, maxBuffer: OUTPUT_LIMIT });
  let json: unknown;
  try {
    json = JSON.parse(run.stdout);
  } catch {
    json = undefined;
  }
  return { status: run.status ?? -1, stdout: run.stdout, stderr: run.stderr, json };
}
