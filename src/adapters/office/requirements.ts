import { OfficeError } from './officeError';

/**
 * The Office.js requirement sets this adapter uses, checked before a call instead of assuming a host.
 * Requirement sets are cumulative, so each feature names the newest set it needs, and why.
 *
 * | feature    | set          | for                                                                     |
 * |------------|--------------|-------------------------------------------------------------------------|
 * | read       | ExcelApi 1.7 | defined names' formulas (1.7), used ranges and sheet-scoped names (1.4), |
 * |            |              | tables' header and totals rows (1.3), the date system via DATE (1.2)     |
 * | write      | ExcelApi 1.4 | adding names, removing a half-written sheet (1.4), totals rows (1.3),   |
 * |            |              | column widths (1.2), single cells' values and number formats (1.1)      |
 * | navigate   | ExcelApi 1.1 | activating a sheet and selecting a range                                |
 * | activeCell | ExcelApi 1.7 | the active cell (`Workbook.getActiveCell`)                              |
 * | chart      | ExcelApi 1.1 | a chart with its title, legend and position                             |
 */

export type OfficeFeature = 'read' | 'write' | 'navigate' | 'activeCell' | 'chart';

export interface Requirement {
  readonly set: 'ExcelApi';
  readonly version: string;
  readonly feature: OfficeFeature;
}

/** Whether the host supports a requirement set: `Office.context.requirements.isSetSupported` in Excel. */
export type SetSupported = (set: string, version: string) => boolean;

const REQUIREMENTS: readonly Requirement[] = [
  { set: 'ExcelApi', version: '1.7', feature: 'read' },
  { set: 'ExcelApi', version: '1.4', feature: 'write' },
  { set: 'ExcelApi', version: '1.1', feature: 'navigate' },
  { set: 'ExcelApi', version: '1.7', feature: 'activeCell' },
  { set: 'ExcelApi', version: '1.1', feature: 'chart' },
];

/** Office's own check; `Office` is looked up only when asked, and outside an Office host nothing is supported. */
export const officeSupports: SetSupported = (set, version) =>
  typeof Office !== 'undefined' && Office.context?.requirements?.isSetSupported(set, version) === true;

/** The requirement sets this Excel lacks, for the task pane to say which features it cannot offer. */
export function missingRequirements(supports: SetSupported = officeSupports): readonly Requirement[] {
  return REQUIREMENTS.filter((requirement) => !supports(requirement.set, requirement.version));
}

/** Throws, naming the missing set, when this Excel cannot do `feature`. */
export function requireFeature(feature: OfficeFeature, supports: SetSupported): void {
  const missing = REQUIREMENTS.find((requirement) => requirement.feature === feature && !supports(requirement.set, requirement.version));
  if (missing) throw new OfficeError(`requirement.${feature}`, { set: missing.set, version: missing.version });
}
