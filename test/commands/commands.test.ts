import { checkCommand, computeCommand, LAST_RESULT_KEY, runCommand } from "../../src/commands/commands";
import { KEYS } from "../../src/taskpane/settings";
import { ComputeOptions, CheckOptions } from "../../src/app/types";
import { FakeHost } from "../taskpane/fake-host";

describe("ribbon commands", () => {
  it("«Рассчитать показатели» uses the last-used presets, period and mappings, and opens the first inserted sheet", async () => {
    const host = new FakeHost();
    host.store.set(KEYS.presets, ["DZ", "KL"]);
    host.store.set(KEYS.period, "2022/2023");
    host.store.set(KEYS.overrides, { "Книга|КПК": { form: "courses", columns: { fullName: 2 } } });
    const event = { completed: jest.fn() };
    await runCommand(host, computeCommand, event);
    const opts = host.named("compute")[0].args[0] as ComputeOptions;
    expect(opts.presets).toEqual(["DZ", "KL"]);
    expect(opts.period).toEqual({ label: "2022/2023", start: "2022-09-01", end: "2023-08-31" });
    expect(opts.overrides).toEqual({ "Книга|КПК": { form: "courses", columns: { fullName: 2 } } });
    expect(host.named("select")).toEqual([{ name: "select", args: ["Показатели (2)", "A1"] }]);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(host.store.get(LAST_RESULT_KEY)).toBe("Расчёт (DZ, KL, 2023/2024): показателей 5, достигнуто 2; листы: Показатели (2), Динамика.");
  });

  it("uses what the pane saved since the ribbon's runtime loaded its copy of the settings", async () => {
    const host = new FakeHost();
    host.store.set(KEYS.presets, ["LK"]);
    // The workbook as the pane left it: another preset and period chosen after the last click.
    const saved = new Map<string, unknown>([
      [KEYS.presets, ["AL"]],
      [KEYS.period, "2022/2023"],
    ]);
    const settings = { ...host.settings, refresh: async () => saved.forEach((v, k) => host.store.set(k, v)) };
    await runCommand({ ...host, settings }, computeCommand, { completed: () => {} });
    const opts = host.named("compute")[0].args[0] as ComputeOptions;
    expect(opts.presets).toEqual(["AL"]);
    expect(opts.period?.label).toBe("2022/2023");
  });

  it("falls back to LK and the default period when nothing was saved", async () => {
    const host = new FakeHost();
    await computeCommand(host);
    const opts = host.named("compute")[0].args[0] as ComputeOptions;
    expect(opts.presets).toEqual(["LK"]);
    expect(opts.period).toBeUndefined();
  });

  it("«Проверить» highlights every issue and selects the first one", async () => {
    const host = new FakeHost();
    const message = await checkCommand(host);
    expect((host.named("check")[0].args[0] as CheckOptions).today).toBe("2024-10-15");
    expect(host.named("highlight")[0].args[0]).toHaveLength(3);
    expect(host.named("select")).toEqual([{ name: "select", args: ["Сверка", "D14"] }]);
    expect(message).toBe("Проверка (2023/2024): листов 2, ошибок 2, предупреждений 1.");
  });

  it("«Проверить» says so when highlighted cells were left without notes, and where their messages are", async () => {
    const host = new FakeHost();
    host.unnoted = 1;
    expect(await checkCommand(host)).toBe(
      "Проверка (2023/2024): листов 2, ошибок 2, предупреждений 1. Подсвечено ячеек: 3. Примечания с текстом замечания — у первых из них, сначала у ошибок; " +
        "у остальных 1 только заливка, чтобы не замедлять Excel: их замечания — в панели «Методиста» (вкладка «Проверка»), а все до одного — на листе «Проверка данных» после расчёта.",
    );
  });

  it("completes the event and keeps a Russian message when the work fails", async () => {
    const host = new FakeHost();
    host.checkAnswer = () => Promise.reject(new Error("книга закрыта"));
    const event = { completed: jest.fn() };
    await runCommand(host, checkCommand, event);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(host.store.get(LAST_RESULT_KEY)).toMatch(/^Не удалось выполнить команду\. .*Подробности: книга закрыта$/);
  });
});
