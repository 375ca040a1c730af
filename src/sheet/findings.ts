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

export function showFinding(finding: Finding, language: Language = 'en'): ShownFinding {
  const params = finding.cause ? { ...finding.params, detail: errorMessage(finding.cause, language) } : finding.params;
  return { severity: finding.severity, address: finding.address, code: finding.code, ...findingText(finding.code, params, language) };
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((finding) => finding.severity === 'error');
}
