import { explain } from "../../src/taskpane/messages";
import { NothingRecognised } from "../../src/app/types";
import { parsePeriod } from "../../src/domain/period";

/** An Office.js error as hosts raise it: an English message that varies by host, and a code. */
function officeError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

// Regression (QA, 24.11): the codes were ignored, so Excel's English text and wrong advice reached the user.
describe("explain: failures in the user's words", () => {
  test.each([
    ["cell editing, by its code", officeError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB…"), /Excel занят редактированием ячейки/, /Нажмите Enter или Esc/],
    ["a sheet gone since the check", officeError("ItemNotFound", "The requested resource doesn't exist."), /лист или ячейка не найдены/, /переименован или удалён/],
    ["a protected sheet, by its code", officeError("AccessDenied", "You cannot perform the requested operation."), /защищены от изменений/, /Снять защиту листа/],
    ["a protected sheet, by its words", officeError("InvalidOperation", "The cell or chart you're trying to change is on a protected sheet."), /защищены от изменений/, /Снять защиту/],
    ["another invalid operation is not called protection", officeError("InvalidOperation", "This operation is not permitted for the current object."), /^Не удалось рассчитать\.$/, /Подробности: This operation/],
    ["a request too large", officeError("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit."), /слишком большая/, /metodist/],
  ])("%s", (_what, error, title, action) => {
    const p = explain(error, "рассчитать");
    expect(p.title).toMatch(title);
    expect(p.action).toMatch(action);
  });

  test("nothing recognised: the report sheets and history were left alone, and where to look", () => {
    const p = explain(new NothingRecognised({ period: parsePeriod("2023/2024")!, sheets: [], unrecognised: [], issues: [], dataset: { roster: [], schools: [], courses: [], activities: [], diagnostics: [], mentoring: [], manual: [], persons: [] } }), "рассчитать");
    expect(p.title).toBe("Не удалось рассчитать: ни один лист книги не распознан как стандартная форма.");
    expect(p.action).toMatch(/^Листы отчёта и история показателей не изменены\./);
  });
});
