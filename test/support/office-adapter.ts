import { OfficeWorkbook } from "../../src/workbook/office";
import { FakeExcel } from "../workbook/office/fake-excel";

/** The Office adapter over the fake Excel, with the ExcelApi versions the fake was made with. */
export function adapter(excel: FakeExcel): OfficeWorkbook {
  return new OfficeWorkbook({ run: excel.run as never, isSetSupported: excel.isSetSupported });
}
