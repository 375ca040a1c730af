import { DateSystem } from '../../engine/weeks';

/**
 * Queues the question "which date system?" on a batch; the answer is there once the batch has synced.
 * DATE(1904,1,1) is day 0 in the 1904 date system and 1462 in the 1900 one; no released Office.js API says which.
 */
export function queueDateSystem(workbook: Excel.Workbook): () => DateSystem {
  const epoch = workbook.functions.date(1904, 1, 1).load('value');
  return () => (epoch.value === 0 ? '1904' : '1900');
}

/** The workbook's date system, in a sync of its own. */
export async function readDateSystem(context: Excel.RequestContext): Promise<DateSystem> {
  const dateSystem = queueDateSystem(context.workbook);
  await context.sync();
  return dateSystem();
}
