import { pingTestServer, sendTestResults } from 'office-addin-test-helpers';
import { excelRun } from '../../src/adapters/office';
import { runScenarios } from './scenarios';
import { recordingRun, SyncSize } from './syncRecorder';
import { TEST_SERVER_PORT } from './testServerPort';

/**
 * The test page's script, loaded in the add-in's shared runtime beside functions.js when Excel starts the
 * test add-in: it runs the scenarios on the blank workbook Excel opened, posts the results and every sync's
 * size to the test server that `npm run test:excel` started, then closes the workbook without saving.
 */
function say(text: string): void {
  const status = document.getElementById('status');
  if (status) status.textContent = text;
}

Office.onReady(async () => {
  try {
    await pingTestServer(TEST_SERVER_PORT);
  } catch {
    say(`No test server on port ${TEST_SERVER_PORT}: start the tests with npm run test:excel.`);
    return;
  }
  say('Running…');
  const syncs: SyncSize[] = [];
  const results = await runScenarios({ run: recordingRun(excelRun, syncs) });
  await sendTestResults({ userAgent: navigator.userAgent, results, syncs }, TEST_SERVER_PORT);
  say('Done.');
  await Excel.run(async (context) => {
    context.workbook.close(Excel.CloseBehavior.skipSave);
    await context.sync();
  });
});
