export { OfficeWorkbook } from "./office-workbook";
export type { OfficeHost, ExcelRun, IsSetSupported } from "./host";
export type { Capabilities } from "./capabilities";
export { META_SHEET } from "./meta";
