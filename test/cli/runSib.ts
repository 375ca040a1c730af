import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const SIB = join(__dirname, '..', '..', 'bin', 'sib.js');

/** Runs the real command, as `npx sib` does: the built CLI in its own Node process. */
export function sib(...args: string[]): { status: number; stdout: string; stderr: string; json: any } {
  const run = spawnSync(process.execPath, [SIB, ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'en_US.UTF-8' } });
  let json: unknown;
  try {
    json = JSON.parse(run.stdout);
  } catch {
    json = undefined;
  }
  return { status: run.status ?? -1, stdout: run.stdout, stderr: run.stderr, json };
}
