import { WorkbookBusy, describeHolder } from "./workbook-lock";
import { Highlighted, NothingRecognised } from "../app/types";

/** Failures as the user should read them: what went wrong and what to do next. */
export interface Problem {
  readonly title: string;
  readonly action: string;
  /** Nothing failed, the user only has to wait (another operation holds the workbook): shown as a warning. */
  readonly intent?: "warning";
}

export function explain(error: unknown, doing: string): Problem {
  if (error instanceof WorkbookBusy) {
    return { title: `Не удалось ${doing}: с книгой уже работает «Методист».`, action: describeHolder(error.holder), intent: "warning" };
  }
  if (error instanceof NothingRecognised) {
    return {
      title: `Не удалось ${doing}: ни один лист книги не распознан как стандартная форма.`,
      action: "Листы отчёта и история показателей не изменены. Проверьте, что в листах школ есть строка заголовков (ФИО, ОО, …), — вкладка «Проверка» покажет, что видно в каждом листе.",
    };
  }
  const text = error instanceof Error ? error.message : String(error);
  // Office.js errors carry a code (OfficeExtension.Error); its message is English and varies by host.
  const code = typeof error === "object" && error !== null && typeof (error as { code?: unknown }).code === "string" ? (error as { code: string }).code : "";
  if (code === "InvalidOperationInCellEditMode" || /EditMode|режим редактирования|cell.?edit/i.test(text)) {
    return { title: `Не удалось ${doing}: Excel занят редактированием ячейки.`, action: "Нажмите Enter или Esc, чтобы закончить ввод, и повторите." };
  }
  if (code === "ItemNotFound") {
    return { title: `Не удалось ${doing}: лист или ячейка не найдены.`, action: "Возможно, лист переименован или удалён после проверки: проверьте книгу снова." };
  }
  if (/RequestPayloadSizeLimitExceeded|payload/i.test(text)) {
    return { title: `Не удалось ${doing}: книга слишком большая для одного запроса Excel.`, action: "Разделите данные на несколько книг или воспользуйтесь командой npx metodist на компьютере." };
  }
  if (code === "AccessDenied" || /protected|защищ/i.test(text)) {
    return { title: `Не удалось ${doing}: книга или лист защищены от изменений.`, action: "Снимите защиту (Рецензирование › Снять защиту листа) и повторите." };
  }
  return { title: `Не удалось ${doing}.`, action: `Повторите попытку; если ошибка повторится, сохраните книгу и откройте её заново. Подробности: ${text}` };
}

/**
 * «Подсветить ошибки» done: how many cells were marked and, when there were more than Excel should carry
 * notes for, that the rest have their fill only and where their messages are (`where`: the pane's list
 * or, from the ribbon, the pane itself). The list shows the first 200 of each sheet; «Проверка данных»
 * lists them all.
 */
export function highlightNote({ cells, unnoted }: Highlighted, where = "в списке ниже, а все до одного — на листе «Проверка данных» после расчёта"): string {
  const done = `Подсвечено ячеек: ${cells.toLocaleString("ru-RU")}.`;
  if (unnoted === 0) return done;
  return `${done} Примечания с текстом замечания — у первых из них, сначала у ошибок; у остальных ${unnoted.toLocaleString("ru-RU")} только заливка, чтобы не замедлять Excel: их замечания — ${where}.`;
}
