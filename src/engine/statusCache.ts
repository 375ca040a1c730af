import { CellValue } from './cells';
import { EngineError } from './errors';
import { parseStatus, StatusReading } from './status';

/**
 * Parses status cells, remembering each distinct value: a sheet of 10,000 × 156 cells holds only a
 * handful of distinct statuses, so this turns 1.5 million parses into a few map look-ups each.
 * A long-lived cache (the custom functions keep one) is bounded by `limit` distinct values.
 */
export class StatusCache {
  private readonly byText = new Map<string, StatusReading | EngineError>();
  private readonly byNumber = new Map<number, StatusReading | EngineError>();

  constructor(private readonly limit = Number.POSITIVE_INFINITY) {}

  read(value: CellValue | undefined): StatusReading | EngineError {
    if (typeof value === 'string') return this.remember(this.byText, value, value);
    if (typeof value === 'number') return this.remember(this.byNumber, value, value);
    return parseStatus(value);
  }

  private remember<K extends string | number>(
    cache: Map<K, StatusReading | EngineError>,
    key: K,
    value: CellValue,
  ): StatusReading | EngineError {
    let reading = cache.get(key);
    if (reading === undefined) {
      if (cache.size >= this.limit) cache.clear();
      reading = parseStatus(value);
      cache.set(key, reading);
    }
    return reading;
  }
}
