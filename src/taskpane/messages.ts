import { WorkbookBusy, describeHolder } from "./workbook-lock";

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
  const text = error instanceof Error ? error.message : String(error);
  if (/RequestPayloadSizeLimitExceeded|payload/i.test(text)) {
    return { title: `Не удалось ${doing}: книга слишком большая для одного запроса Excel.`, action: "Разделите данные на несколько книг или воспользуйтесь командой npx metodist на компьютере." };
  }
  if (/InvalidOperation|protected|защищ/i.test(text)) {
    return { title: `Не удалось ${doing}: книга или лист защищены от изменений.`, action: "Снимите защиту (Рецензирование › Снять защиту листа) и повторите." };
  }
  if (/EditMode|режим редактирования|cell edit/i.test(text)) {
    return { title: `Не удалось ${doing}: Excel занят редактированием ячейки.`, action: "Нажмите Enter или Esc, чтобы закончить ввод, и повторите." };
  }
  return { title: `Не удалось ${doing}.`, action: `Повторите попытку; если ошибка повторится, сохраните книгу и откройте её заново. Подробности: ${text}` };
}
