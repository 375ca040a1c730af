import { formatMessage, Language, MessageKey, MessageParams } from './messages';

/** The Excel error a failure shows as in a cell. */
export type ErrorCode = '#VALUE!' | '#NUM!' | '#DIV/0!' | '#N/A';

/** A failure is a value, never an exception: callers decide how to show it (cell error, finding, CLI text). */
export interface EngineError {
  readonly kind: 'engine-error';
  readonly code: ErrorCode;
  readonly key: MessageKey;
  readonly params: MessageParams;
}

export function engineError(code: ErrorCode, key: MessageKey, params: MessageParams = {}): EngineError {
  return { kind: 'engine-error', code, key, params };
}

export function isEngineError(value: unknown): value is EngineError {
  return typeof value === 'object' && value !== null && (value as EngineError).kind === 'engine-error';
}

export function errorMessage(error: EngineError, language: Language = 'en'): string {
  return formatMessage(error.key, error.params, language);
}
