import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

/** Why Excel desktop cannot run here, or undefined when it can. */
export function excelAbsent(platform: string = process.platform, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.CI) return 'CI is set, and CI machines have no Excel to sideload into.';
  if (platform === 'darwin')
    return fs.existsSync('/Applications/Microsoft Excel.app') ? undefined : 'Microsoft Excel is not in /Applications.';
  if (platform === 'win32') {
    const query = spawnSync('reg', ['query', 'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\App Paths\\excel.exe'], {
      stdio: 'ignore',
    });
    return query.status === 0 ? undefined : 'Excel is not installed (no App Paths entry for excel.exe).';
  }
  return `Excel desktop runs on Windows and macOS only, and this is ${platform}.`;
}
