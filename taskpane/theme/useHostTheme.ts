import { Theme } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import { Host } from '../host/host';
import { pickTheme } from './pickTheme';

const FORCED_COLORS = '(forced-colors: active)';
const DARK = '(prefers-color-scheme: dark)';

function matches(query: string): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(query).matches;
}

/** The theme for the host, following the system's high contrast and colour scheme as they change. */
export function useHostTheme(host: Host): Theme {
  const [forcedColors, setForcedColors] = useState(() => matches(FORCED_COLORS));
  const [prefersDark, setPrefersDark] = useState(() => matches(DARK));
  useEffect(() => {
    if (typeof window.matchMedia !== 'function') return undefined;
    const queries = [
      [window.matchMedia(FORCED_COLORS), setForcedColors],
      [window.matchMedia(DARK), setPrefersDark],
    ] as const;
    const listeners = queries.map(([query, set]) => {
      const listener = (event: MediaQueryListEvent) => set(event.matches);
      query.addEventListener('change', listener);
      return () => query.removeEventListener('change', listener);
    });
    return () => listeners.forEach((remove) => remove());
  }, []);
  // Office hands out a new colours object on every call: the theme follows the two colours, not the object.
  const office = host.officeTheme();
  const background = office?.bodyBackgroundColor;
  const foreground = office?.bodyForegroundColor;
  return useMemo(
    () =>
      pickTheme({
        forcedColors,
        prefersDark,
        office:
          background === undefined || foreground === undefined
            ? undefined
            : { bodyBackgroundColor: background, bodyForegroundColor: foreground },
      }),
    [forcedColors, prefersDark, background, foreground],
  );
}
