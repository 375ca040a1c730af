import { execFile } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { promisify } from 'util';

const ROOT = path.join(__dirname, '../..');
const WAIT_MS = 300_000;

/** The server the test build's dist/manifest.xml is made for, as a municipality's IT would name theirs. */
export const SAMPLE_ADDIN_URL = 'https://settle.example.org/sib/';

/**
 * The production build (`ADDIN_URL=… webpack --mode production`) in a temporary folder, never dist/, so a running dev
 * server is not disturbed. Test files in different workers share one build per run: the first to ask makes
 * it (a lock folder says so), the others wait for it.
 */
export async function productionBuild(): Promise<string> {
  const run = process.env.SIB_TEST_RUN_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), 'sib-test-run-'));
  const dist = path.join(run, 'dist');
  const done = path.join(run, 'build-done');
  const failed = path.join(run, 'build-failed');
  try {
    fs.mkdirSync(path.join(run, 'build-lock'));
  } catch {
    return waitFor(dist, done, failed);
  }
  try {
    await promisify(execFile)(
      process.execPath,
      [require.resolve('webpack/bin/webpack.js'), '--mode', 'production', '--output-path', dist],
      { cwd: ROOT, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, ADDIN_URL: SAMPLE_ADDIN_URL, SUPPORT_URL: '' } },
    );
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    fs.writeFileSync(failed, `webpack failed:\n${stdout ?? ''}${stderr ?? ''}`);
    throw new Error(fs.readFileSync(failed, 'utf8'));
  }
  fs.writeFileSync(done, '');
  return dist;
}

async function waitFor(dist: string, done: string, failed: string): Promise<string> {
  const deadline = Date.now() + WAIT_MS;
  while (Date.now() < deadline) {
    if (fs.existsSync(done)) return dist;
    if (fs.existsSync(failed)) throw new Error(fs.readFileSync(failed, 'utf8'));
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The production build did not finish within ${WAIT_MS / 1000} s`);
}
