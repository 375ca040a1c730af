import { Theme, teamsHighContrastTheme, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { OfficeThemeColors } from '../host/host';

export interface ThemeSignals {
  /** The system's high-contrast mode (CSS `forced-colors: active`). */
  readonly forcedColors: boolean;
  readonly prefersDark: boolean;
  /** Office's own theme, inside Office. */
  readonly office?: OfficeThemeColors;
}

/**
 * High contrast wins, as the system asks; inside Office the pane follows Office's theme (light or dark by its
 * background, with Office's own background and text colours so it sits flush in the pane); in a browser it
 * follows the system's colour scheme.
 */
export function pickTheme(signals: ThemeSignals): Theme {
  if (signals.forcedColors) return teamsHighContrastTheme;
  if (signals.office) {
    const background = parseHex(signals.office.bodyBackgroundColor);
    const foreground = parseHex(signals.office.bodyForegroundColor);
    if (background && foreground) {
      const base = luminance(background) < 0.5 ? webDarkTheme : webLightTheme;
      return {
        ...base,
        colorNeutralBackground1: signals.office.bodyBackgroundColor,
        colorNeutralForeground1: signals.office.bodyForegroundColor,
      };
    }
  }
  return signals.prefersDark ? webDarkTheme : webLightTheme;
}

function parseHex(color: string): [number, number, number] | undefined {
  const match = /^#?([0-9a-f]{6})$/i.exec(color.trim());
  if (!match) return undefined;
  const value = parseInt(match[1], 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

/** Relative luminance, 0 (black) to 1 (white), as WCAG defines it. */
function luminance([r, g, b]: [number, number, number]): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}
