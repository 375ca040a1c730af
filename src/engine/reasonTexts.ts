import { Catalogue, Language } from './messages';
import { Reason } from './rules';

/** Why a line is not paid, in words: the task pane and the `sib` command say it alike; `--json` and the invoice sheet keep the code. */
export const reasonTexts: Catalogue<Reason> = {
  en: {
    'outside-enrolment': 'outside enrolment',
    'outside-contract': 'outside the contract period',
    'max-weeks': 'max weeks reached',
    cap: 'contract cap reached',
    'invalid-status': 'invalid status',
  },
  da: {
    'outside-enrolment': 'uden for forløbet',
    'outside-contract': 'uden for kontraktperioden',
    'max-weeks': 'maks. uger nået',
    cap: 'kontraktens loft nået',
    'invalid-status': 'ugyldig status',
  },
};

export function reasonText(reason: Reason | null, language: Language): string {
  return reason === null ? '' : reasonTexts[language][reason];
}
