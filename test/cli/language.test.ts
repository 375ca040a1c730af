import { chooseLanguage } from '../../src/cli/language';

describe('chooseLanguage', () => {
  test('--lang first, in either form, the last one winning; a locale form of en or da is accepted', () => {
    expect(chooseLanguage(['check', 'a.xlsx', '--lang', 'da'], { LANG: 'en_US.UTF-8' })).toEqual({ language: 'da' });
    expect(chooseLanguage(['--lang=da_DK.UTF-8', 'check'], {})).toEqual({ language: 'da' });
    expect(chooseLanguage(['check', '--lang', 'da', '--lang', 'EN-gb'], { LANG: 'da_DK.UTF-8' })).toEqual({ language: 'en' });
  });

  test('else the locale: LC_ALL over LC_MESSAGES over LANG, Danish for da*, English for anything else', () => {
    expect(chooseLanguage(['check'], { LANG: 'da_DK.UTF-8' })).toEqual({ language: 'da' });
    expect(chooseLanguage(['check'], { LANG: 'en_US.UTF-8', LC_MESSAGES: 'da_DK.UTF-8' })).toEqual({ language: 'da' });
    expect(chooseLanguage(['check'], { LANG: 'da_DK.UTF-8', LC_MESSAGES: 'C', LC_ALL: '' })).toEqual({ language: 'en' });
    expect(chooseLanguage(['check'], { LC_ALL: 'da_DK', LC_MESSAGES: 'en_GB' })).toEqual({ language: 'da' });
    expect(chooseLanguage(['check'], { LANG: 'de_DE.UTF-8' })).toEqual({ language: 'en' });
    expect(chooseLanguage(['check'], {})).toEqual({ language: 'en' });
  });

  test('a --lang that is neither is refused, to be said in the locale’s language; a value after -- is not an option', () => {
    expect(chooseLanguage(['check', '--lang', 'fr'], { LANG: 'da_DK.UTF-8' })).toEqual({ language: 'da', refused: 'fr' });
    expect(chooseLanguage(['check', '--lang=dansk'], {})).toEqual({ language: 'en', refused: 'dansk' });
    expect(chooseLanguage(['check', '--', '--lang', 'da'], {})).toEqual({ language: 'en' });
  });
});
