import { storageNews } from "../../src/taskpane/command-news";
import { workbookKey } from "../../src/taskpane/workbook-lock";
import { SharedOrigin } from "./shared-origin";

const KEY = workbookKey("command", "https://imc.example/Мониторинг.xlsx");

describe("a ribbon command tells the open pane what it did", () => {
  it("the pane hears each line at once, the same line twice too, until it stops listening", () => {
    const origin = new SharedOrigin();
    const ribbon = origin.page();
    const pane = origin.page();
    let now = 1;
    const tell = storageNews(ribbon.storage, KEY, ribbon.events, () => now++);
    const heard: string[] = [];
    const stop = storageNews(pane.storage, KEY, pane.events).listen((m) => heard.push(m));
    tell.tell("Проверка (2023/2024): листов 2, ошибок 2, предупреждений 1.");
    tell.tell("Проверка (2023/2024): листов 2, ошибок 2, предупреждений 1.");
    expect(heard).toEqual(["Проверка (2023/2024): листов 2, ошибок 2, предупреждений 1.", "Проверка (2023/2024): листов 2, ошибок 2, предупреждений 1."]);
    stop();
    tell.tell("Расчёт (LK, 2023/2024): показателей 5, достигнуто 2; листы: Показатели.");
    expect(heard).toHaveLength(2);
  });

  it("another workbook's lines and entries that are not lines are not heard", () => {
    const origin = new SharedOrigin();
    const ribbon = origin.page();
    const pane = origin.page();
    const heard: string[] = [];
    storageNews(pane.storage, KEY, pane.events).listen((m) => heard.push(m));
    storageNews(ribbon.storage, workbookKey("command", "https://imc.example/Другая.xlsx"), ribbon.events).tell("Расчёт другой книги.");
    ribbon.storage.setItem(KEY, "{не JSON");
    ribbon.storage.setItem(KEY, JSON.stringify({ at: 5 }));
    ribbon.storage.removeItem(KEY);
    expect(heard).toEqual([]);
  });

  it("storage the page may not use: telling does not fail the command, listening hears nothing", () => {
    const refusing = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException("denied", "SecurityError");
      },
      removeItem: () => {},
    };
    expect(() => storageNews(refusing, KEY, null).tell("Проверка: листов 1.")).not.toThrow();
    expect(() => storageNews(null, KEY, null).listen(() => {})()).not.toThrow();
  });
});
