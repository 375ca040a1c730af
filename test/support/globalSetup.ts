import fs from 'fs';
import os from 'os';
import path from 'path';

/** One folder per test run for what tests share: the production build (productionBuild.ts) is made there once. */
export default function globalSetup(): void {
  process.env.SIB_TEST_RUN_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'sib-test-run-'));
}
