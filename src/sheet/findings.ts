import { EngineError, errorMessage } from '../engine/errors';
import { Language, MessageParams } from '../engine/messages';
import { FindingCode, findingText } from './findingTexts';

export type Severity = 'error' | 'warning';

/** One problem the check found: where (`Sheet!A1`), how bad, what it is and what to do. */
export interface Finding {
  readonly severity: Severity;
  readonly address: string;
  readonly code: FindingCode;
  readonly params: MessageParams;
  /** The engine's own error behind the finding; its message is the finding's `detail`, in the reader's language. */
  readonly cause?: EngineError;
}

export interface ShownFinding {
  readonly severity: Severity;
  readonly address: string;
  readonly code: FindingCode;
  readonly message: string;
  readonly action: string;
}

/**
 * An engine error's message ends with its own advice after a dash, for a formula's user who sees nothing
 * else. A finding states what is wrong and, on a line of its own, what to do: the engine's advice when it
 * gives one (it is the more precise), so no finding says its advice twice.
 */
const ENGINE_ADVICE = / — (.*)$/s;

export function showFinding(finding: Finding, language: Language = 'en'): ShownFinding {
  const shown = { severity: finding.severity, address: finding.address, code: finding.code };
  if (!finding.cause) return { ...shown, ...findingText(finding.code, finding.params, language) };
  const detail = errorMessage(finding.cause, language);
  const advice = ENGINE_ADVICE.exec(detail)?.[1];
  const texts = findingText(finding.code, { ...finding.params, detail: detail.replace(ENGINE_ADVICE, '') }, language);
  return { ...shown, message: texts.message, action: advice ? advice.charAt(0).toUpperCase() + advice.slice(1) : texts.action };
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((finding) => finding.severity === 'error');
}
