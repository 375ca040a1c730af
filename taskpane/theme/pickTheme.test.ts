import { teamsHighContrastTheme, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { pickTheme } from './pickTheme';

describe('the theme', () => {
  test('high contrast wins, inside Office and out', () => {
    expect(
      pickTheme({ forcedColors: true, prefersDark: true, office: { bodyBackgroundColor: '#FFFFFF', bodyForegroundColor: '#000000' } }),
    ).toBe(teamsHighContrastTheme);
  });

  test('inside Office: dark or light by Office’s background, with Office’s own colours', () => {
    const dark = pickTheme({
      forcedColors: false,
      prefersDark: false,
      office: { bodyBackgroundColor: '#262626', bodyForegroundColor: '#FFFFFF' },
    });
    expect(dark.colorNeutralForeground2).toBe(webDarkTheme.colorNeutralForeground2);
    expect([dark.colorNeutralBackground1, dark.colorNeutralForeground1]).toEqual(['#262626', '#FFFFFF']);
    const light = pickTheme({
      forcedColors: false,
      prefersDark: true,
      office: { bodyBackgroundColor: '#E6E6E6', bodyForegroundColor: '#262626' },
    });
    expect(light.colorNeutralForeground2).toBe(webLightTheme.colorNeutralForeground2);
    expect(light.colorNeutralBackground1).toBe('#E6E6E6');
  });

  test('in a browser, or when Office gives no usable colours: the system’s colour scheme', () => {
    expect(pickTheme({ forcedColors: false, prefersDark: true })).toBe(webDarkTheme);
    expect(pickTheme({ forcedColors: false, prefersDark: false })).toBe(webLightTheme);
    expect(pickTheme({ forcedColors: false, prefersDark: true, office: { bodyBackgroundColor: 'white', bodyForegroundColor: '' } })).toBe(
      webDarkTheme,
    );
  });
});
