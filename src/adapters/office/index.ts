/** The Office.js adapter: the workbook open in Excel, behind the same interface as the .xlsx adapter. */
export { insertLineChart } from './chart';
export type { LineChartSpec } from './chart';
export { excelRun } from './excelRun';
export type { ExcelRun } from './excelRun';
export { OfficeWorkbook } from './officeWorkbook';
export type { OfficeWorkbookOptions } from './officeWorkbook';
export { missingRequirements } from './requirements';
export type { OfficeFeature, Requirement, SetSupported } from './requirements';
export type { OfficeSheetInfo, SheetVisibility } from './workbookSnapshot';
