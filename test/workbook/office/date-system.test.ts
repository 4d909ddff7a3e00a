import { counts1904, ProbedCells } from "../../../src/workbook/office/date-system";
import { FakeExcel } from "./fake-excel";
import { adapter } from "../../support/office-adapter";

// 01.03.2024 is 45352 counted from 1900 and 43890 counted from 1904; 43890 from 1900 is 29.02.2020.
const cell = (value: unknown, format: string, text: string): ProbedCells => ({ values: [[value]], numberFormat: [[format]], text: [[text]] });

describe("counts1904: the date system, told from a date's shown text", () => {
  test.each<[string, ProbedCells[], boolean | null]>([
    ["a 1900 book's date", [cell(45352, "dd.mm.yyyy", "01.03.2024")], false],
    ["a 1904 book's date", [cell(43890, "dd.mm.yyyy", "01.03.2024")], true],
    ["a long Russian format", [cell(43890, "[$-419]d mmmm yyyy", "1 марта 2024 г.")], true],
    ["the system's long date", [cell(45352, "[$-F800]dddd, mmmm dd, yyyy", "пятница, 1 марта 2024 г.")], false],
    ["a two-digit year", [cell(43890, "dd.mm.yy", "01.03.24")], true],
    // «20.03.24»: the 1900 reading (2020) and the 1904 one (2024) are both in the text.
    ["a two-digit year both readings show", [cell(43909, "dd.mm.yy", "20.03.24")], null],
    ["a format without the year (a day could pass for one)", [cell(43890, "d mmm", "24 мар")], null],
    ["a number that is not a date", [cell(2024, "0", "2024")], null],
    ["a column too narrow to show it", [cell(43890, "dd.mm.yyyy", "########")], null],
    ["text, not a number", [cell("01.03.2024", "@", "01.03.2024")], null],
    ["nothing", [], null],
    ["the first cell that tells decides", [cell(43909, "dd.mm.yy", "20.03.24"), cell(45352, "dd.mm.yyyy", "01.03.2024"), cell(43890, "dd.mm.yyyy", "01.03.2024")], false],
  ])("%s", (_, areas, expected) => expect(counts1904(areas)).toBe(expected));
});

describe("a workbook counting dates from 1904 in the pane", () => {

  function book(date1904: boolean): FakeExcel {
    const excel = new FakeExcel({ date1904 });
    const s = excel.addSheet("Сверка", [["ФИО", "Дата рождения"], ["Иванова Анна Петровна", date1904 ? 43890 : 45352]]);
    s.rows[1][1]!.format = "dd.mm.yyyy";
    return excel;
  }

  test.each([false, true])("1904: %p — reads the date Excel shows, writes a date Excel shows as the same day", async (date1904) => {
    const excel = book(date1904);
    const wb = adapter(excel);
    const [sheet] = await wb.readSheets();
    expect(sheet.cells[1][1]).toEqual(new Date(Date.UTC(2024, 2, 1)));
    await wb.applyPlans([{ name: "Итоги", rows: [[{ v: { date: "2024-03-01" } }]] }]);
    expect(excel.cell("Итоги", "A1")!.value).toBe(date1904 ? 43890 : 45352);
  });

  it("costs no request of its own: the probe rides in the used ranges' request", async () => {
    const plain = book(false);
    await adapter(plain).readSheets();
    const mac = book(true);
    await adapter(mac).readSheets();
    expect(mac.syncs).toBe(plain.syncs);
    expect(mac.syncs).toBe(3);
  });
});
