import { fileTexts } from '../../src/cli/fileError';
import { cliTexts } from '../../src/cli/text/cliTexts';
import { jobTexts } from '../../src/jobs/jobError';
import { reportTexts } from '../../src/jobs/reportTexts';
import { placeholders } from '../support/placeholders';

describe('the sib command’s texts', () => {
  test('every English text has a Danish one with the same placeholders', () => {
    const mismatched = Object.entries(cliTexts.en).filter(
      ([key, text]) => placeholders(text).join() !== placeholders(cliTexts.da[key as keyof typeof cliTexts.da]).join(),
    );
    expect(mismatched).toEqual([]);
    expect(Object.keys(cliTexts.da)).toEqual(Object.keys(cliTexts.en));
  });

  test('no text is left untranslated by mistake', () => {
    const same = Object.keys(cliTexts.en).filter(
      (key) => cliTexts.en[key as keyof typeof cliTexts.en] === cliTexts.da[key as keyof typeof cliTexts.da],
    );
    expect(same.sort()).toEqual(['findings.group', 'investor.breakEven', 'invoice.status', 'usage.week']);
  });

  test('the help in both languages shows the same commands and options', () => {
    const syntax = (text: string) => [...text.matchAll(/(?:^|\s)(sib \w+|--[a-z-]+)/g)].map((match) => match[1]).sort();
    for (const key of Object.keys(cliTexts.en).filter((each) => each.startsWith('help.')) as (keyof typeof cliTexts.en)[])
      expect([key, syntax(cliTexts.da[key])]).toEqual([key, syntax(cliTexts.en[key])]);
  });

  test.each([
    ['fileTexts', fileTexts],
    ['jobTexts', jobTexts],
    ['reportTexts', reportTexts],
  ] as const)('%s, which it shares or shows beside its own: every text in both languages, with the same placeholders', (_, catalogue) => {
    const texts: Record<string, Record<string, string>> = catalogue;
    expect(Object.keys(texts.da)).toEqual(Object.keys(texts.en));
    for (const key of Object.keys(texts.en)) expect([key, placeholders(texts.da[key])]).toEqual([key, placeholders(texts.en[key])]);
  });
});
