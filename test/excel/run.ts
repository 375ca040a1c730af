/**
 * `npm run test:excel`: the add-in's tests inside real Excel, in the pattern of Microsoft's add-in templates.
 * office-addin-test-server waits for results on https://localhost:4201; office-addin-debugging starts the dev
 * server (test/excel/webpack.config.js) and sideloads a test manifest into Excel desktop; Excel loads the
 * add-in's shared runtime, whose test page (inExcel.ts) runs the scenarios and posts the results back.
 *
 * Excel desktop exists only on Windows and macOS: anywhere else, or in CI, this says so and exits 0.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { excelAbsent } from './excelPresence';
import { ScenarioResult } from './scenarios';
import { SyncSize } from './syncRecorder';
import { TEST_SERVER_PORT } from './testServerPort';

const ROOT = path.join(__dirname, '../..');
const DEV_SERVER_PORT = 3000;
/** Its own add-in id, so that the tests never replace the development add-in a developer has sideloaded. */
const TEST_ADDIN_ID = '5d0f1a43-9c2e-4b7a-a0f6-3e8b2c71d9e4';
const RESULTS_WAIT_MS = 10 * 60_000;
/** Excel on the web refuses a request or response above 5 MB; the adapter must stay below it everywhere. */
const PAYLOAD_LIMIT = 5_000_000;
const ARTIFACTS = path.join(ROOT, 'test-artifacts', 'excel');

interface Report {
  readonly userAgent: string;
  readonly results: readonly ScenarioResult[];
  readonly syncs: readonly SyncSize[];
}

/** The development manifest under the test add-in's own id and name. */
function testManifest(): string {
  const manifest = fs
    .readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8')
    .replace(/<Id>[^<]*<\/Id>/, `<Id>${TEST_ADDIN_ID}</Id>`)
    .replace('<DisplayName DefaultValue="Outcome settlement">', '<DisplayName DefaultValue="Outcome settlement (tests)">');
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sib-excel-tests-')), 'manifest.xml');
  fs.writeFileSync(file, manifest);
  return file;
}

function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`${what} did not come within ${ms / 1000} s`)), ms).unref()),
  ]);
}

function print(report: Report): number {
  console.log(`Excel: ${report.userAgent}`);
  for (const result of report.results) console.log(`${result.passed ? 'ok  ' : 'FAIL'} ${result.name}\n     ${result.detail}`);
  const measured = report.syncs.filter((sync) => sync.requestBytes !== null);
  const largest = Math.max(0, ...measured.flatMap((sync) => [sync.requestBytes ?? 0, sync.responseBytes ?? 0]));
  console.log(
    measured.length
      ? `${report.syncs.length} syncs; the largest request or response was ${largest} bytes (limit ${PAYLOAD_LIMIT}); each is in ${path.relative(ROOT, ARTIFACTS)}/syncs.json`
      : `${report.syncs.length} syncs; their sizes are unknown (this office.js does not expose its request executor)`,
  );
  const passed = report.results.filter((result) => result.passed).length;
  const failed = report.results.length - passed + (largest > PAYLOAD_LIMIT ? 1 : 0);
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 && report.results.length > 0 ? 0 : 1;
}

async function main(): Promise<number> {
  const absent = excelAbsent();
  if (absent) {
    console.log(
      `Skipped: npm run test:excel needs Excel desktop. ${absent}\nThe adapter's scenarios still run against the fake in npm test (test/excel/scenarios.test.ts).`,
    );
    return 0;
  }
  // Loaded only where Excel is: they pull in the whole sideloading toolchain.
  const { AppType, startDebugging, stopDebugging } = await import('office-addin-debugging');
  const { OfficeApp } = await import('office-addin-manifest');
  const { TestServer } = await import('office-addin-test-server');
  const manifest = testManifest();
  const server = new TestServer(TEST_SERVER_PORT);
  await server.startTestServer(true);
  try {
    await startDebugging(manifest, {
      appType: AppType.Desktop,
      app: OfficeApp.Excel,
      devServerCommandLine: `npx webpack serve --mode development --config ${path.join('test', 'excel', 'webpack.config.js')}`,
      devServerPort: DEV_SERVER_PORT,
      enableDebugging: false,
    });
    const report = (await within(server.getTestResults(), RESULTS_WAIT_MS, 'The results from Excel')) as unknown as Report;
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    fs.writeFileSync(path.join(ARTIFACTS, 'results.json'), JSON.stringify(report.results, null, 2));
    fs.writeFileSync(path.join(ARTIFACTS, 'syncs.json'), JSON.stringify(report.syncs, null, 2));
    return print(report);
  } finally {
    await server.stopTestServer();
    await stopDebugging(manifest);
  }
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`npm run test:excel could not run: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
