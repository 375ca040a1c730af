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
 * else; a finding gives its advice on a line of its own, so its message keeps only what is wrong.
 */
const ENGINE_ADVICE = / — .*$/s;

export function showFinding(finding: Finding, language: Language = 'en'): ShownFinding {
  const params = finding.cause
    ? { ...finding.params, detail: errorMessage(finding.cause, language).replace(ENGINE_ADVICE, '') }
    : finding.params;
  return { severity: finding.severity, address: finding.address, code: finding.code, ...findingText(finding.code, params, language) };
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((finding) => finding.severity === 'error');
}
