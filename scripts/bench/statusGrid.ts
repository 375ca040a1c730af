import { seededRandom } from '../../src/demo/random';

/** A mixed status grid as a finance sheet holds it: mostly blank, then S, D, degree shares, the odd O. */
export function statusGrid(rows: number, columns: number, seed = 1): (string | number | null)[][] {
  const random = seededRandom(seed);
  const values: (string | number | null)[] = [null, null, null, 'S', 'S', 'D', 0.4, 0.5, 'O', 1, 's', 'Delvis'];
  return Array.from({ length: rows }, () => Array.from({ length: columns }, () => values[Math.floor(random() * values.length)]));
}

export function time<T>(run: () => T): { result: T; seconds: number } {
  const start = process.hrtime.bigint();
  const result = run();
  return { result, seconds: Number(process.hrtime.bigint() - start) / 1e9 };
}

export async function timeAsync<T>(run: () => Promise<T>): Promise<{ result: T; seconds: number }> {
  const start = process.hrtime.bigint();
  const result = await run();
  return { result, seconds: Number(process.hrtime.bigint() - start) / 1e9 };
}

export function report(name: string, seconds: number, detail = ''): void {
  process.stdout.write(`${name.padEnd(44)} ${seconds.toFixed(3).padStart(8)} s  ${detail}\n`);
}
